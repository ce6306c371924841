import AssayCore

/// One time column's values as microseconds since 1970-01-01T00:00:00, a slot per row, for
/// resampling and calendar axes: dates are their midnight; null rows hold `TimeValues.null`.
public struct TimeValues: Sendable {
  /// The column's name.
  public let name: String
  /// A time per row; `TimeValues.null` where the row is null.
  public let micros: [Int64]

  /// The slot of a null row (no time is this early).
  public static let null = Int64.min

  /// The column's times, or nil when the column does not hold times.
  public init?(_ column: Column) {
    guard column.type == .date else { return nil }
    var out = [Int64]()
    out.reserveCapacity(column.count)
    for chunk in column.chunks {
      guard case .date(let days) = chunk.values else { return nil }
      for (row, day) in days.enumerated() {
        out.append(chunk.isNull(row) ? Self.null : Int64(day) * CalendarPeriod.microsecondsPerDay)
      }
    }
    name = column.name
    micros = out
  }
}
