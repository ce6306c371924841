import AssayCore

/// One time column's values as microseconds since 1970-01-01T00:00:00 of their wall time, a slot
/// per row, for resampling and calendar parts: dates are their midnight, timestamps the time they
/// are shown at; null rows hold `TimeValues.null`.
public struct TimeValues: Sendable {
  /// The column's name.
  public let name: String
  /// A time per row; `TimeValues.null` where the row is null.
  public let micros: [Int64]

  /// The slot of a null row (no time is this early).
  public static let null = Int64.min

  /// The column's times (a timestamp column's wall time as it is shown), or nil when the column
  /// holds no dates or timestamps.
  public init?(_ column: Column) {
    guard column.type.isTime else { return nil }
    var out = [Int64]()
    out.reserveCapacity(column.count)
    for chunk in column.chunks {
      switch chunk.values {
      case .date(let days):
        for (row, day) in days.enumerated() {
          out.append(chunk.isNull(row) ? Self.null : Int64(day) * CalendarPeriod.microsecondsPerDay)
        }
      case .timestamp(let micros, let zone):
        let shift = zone.seconds * 1_000_000
        for (row, time) in micros.enumerated() { out.append(chunk.isNull(row) ? Self.null : time &+ shift) }
      default: return nil
      }
    }
    name = column.name
    micros = out
  }
}
