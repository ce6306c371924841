import AssayCore

/// A span of the calendar that a time series is resampled to: `1h`, `6h`, `1d`, `1w` (weeks start
/// on Monday), `1M`, `1Q`, `1Y`. Times are microseconds since 1970-01-01T00:00:00 (UTC, or the
/// wall time of one fixed offset), in the proleptic Gregorian calendar.
public struct CalendarPeriod: Sendable, Equatable {
  /// The calendar unit a period counts.
  public enum Unit: String, Sendable, CaseIterable {
    /// Seconds.
    case second
    /// Minutes.
    case minute
    /// Hours.
    case hour
    /// Days, from midnight.
    case day
    /// Weeks, from Monday.
    case week
    /// Calendar months, from their first day.
    case month
    /// Quarters, from January, April, July and October.
    case quarter
    /// Calendar years, from January 1.
    case year

    /// The unit's letter in a period's text (`s`, `min`, `h`, `d`, `w`, `M`, `Q`, `Y`).
    public var symbol: String {
      switch self {
      case .second: return "s"
      case .minute: return "min"
      case .hour: return "h"
      case .day: return "d"
      case .week: return "w"
      case .month: return "M"
      case .quarter: return "Q"
      case .year: return "Y"
      }
    }

    /// Microseconds in one unit, for the units of fixed length (up to a week).
    var fixedMicroseconds: Int64? {
      switch self {
      case .second: return 1_000_000
      case .minute: return 60_000_000
      case .hour: return 3_600_000_000
      case .day: return CalendarPeriod.microsecondsPerDay
      case .week: return 7 * CalendarPeriod.microsecondsPerDay
      case .month, .quarter, .year: return nil
      }
    }

    /// Months in one unit, for the units of varying length.
    var months: Int? {
      switch self {
      case .month: return 1
      case .quarter: return 3
      case .year: return 12
      default: return nil
      }
    }
  }

  /// Microseconds in a day.
  public static let microsecondsPerDay: Int64 = 86_400_000_000

  /// How many units one period spans (at least 1).
  public let count: Int
  /// The unit counted.
  public let unit: Unit

  /// A period of `count` units.
  public init(count: Int = 1, _ unit: Unit) {
    self.count = max(1, count)
    self.unit = unit
  }

  /// Reads `1h`, `6h`, `15min`, `30s`, `1d`, `2w`, `1M`, `1Q`, `1Y` (a missing count is 1); nil
  /// for anything else.
  public init?(_ text: String) {
    let digits = text.prefix { $0.isASCII && $0.isNumber }
    let symbol = text.dropFirst(digits.count)
    guard let unit = Unit.allCases.first(where: { $0.symbol == symbol }) ?? Self.alias(String(symbol)),
      let count = digits.isEmpty ? 1 : Int(digits), count > 0, count <= 10_000
    else { return nil }
    self.init(count: count, unit)
  }

  /// Spellings people also use: `D`, `W`, `y`, `q`, `H`, `m` for minutes.
  private static func alias(_ symbol: String) -> Unit? {
    ["D": .day, "W": .week, "y": .year, "q": .quarter, "H": .hour, "m": .minute, "S": .second][symbol]
  }

  /// The period as its text: `1h`, `1M`.
  public var text: String { "\(count)\(unit.symbol)" }

  /// The start of the first period of a series whose earliest time is `time`: the day's midnight
  /// for periods of days or less (periods of several hours count from there), the Monday of its
  /// week, the first day of its month, quarter or year.
  public func firstStart(containing time: Int64) -> Int64 {
    let day = floorDivide(time, Self.microsecondsPerDay)
    switch unit {
    case .second, .minute, .hour, .day:
      let midnight = day * Self.microsecondsPerDay
      let step = unit.fixedMicroseconds! * Int64(count)
      return midnight + floorDivide(time - midnight, step) * step
    case .week:
      // 1970-01-01 was a Thursday: day 4 of a Monday-start week (Monday is 0).
      let monday = day - floorModulo(day + 3, 7)
      return monday * Self.microsecondsPerDay
    case .month, .quarter, .year:
      let date = CivilDate(daysSinceEpoch: Int32(day))
      let months = unit.months!
      let month = (date.month - 1) / months * months + 1
      return Self.start(year: date.year, month: month)
    }
  }

  /// The start of the period after the one starting at `start`.
  public func next(after start: Int64) -> Int64 {
    if let fixed = unit.fixedMicroseconds { return start + fixed * Int64(count) }
    let date = CivilDate(daysSinceEpoch: Int32(floorDivide(start, Self.microsecondsPerDay)))
    let months = date.year * 12 + date.month - 1 + unit.months! * count
    return Self.start(year: floorDivide(months, 12), month: floorModulo(months, 12) + 1)
  }

  /// Midnight of the first day of a month.
  private static func start(year: Int, month: Int) -> Int64 {
    Int64(CivilDate(year: year, month: month, day: 1).daysSinceEpoch) * microsecondsPerDay
  }
}

/// `a / b` rounded towards minus infinity.
private func floorDivide<T: BinaryInteger>(_ a: T, _ b: T) -> T {
  let quotient = a / b
  return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
}

/// `a mod b` in `0..<b` for positive `b`.
private func floorModulo<T: BinaryInteger>(_ a: T, _ b: T) -> T { a - floorDivide(a, b) * b }
