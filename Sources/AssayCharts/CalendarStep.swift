import AssayCore

/// A calendar interval between axis ticks or histogram edges: a count of seconds, minutes, hours,
/// days, weeks (from Monday), months or years, aligned to the calendar in wall time.
public struct CalendarStep: Sendable, Equatable, Comparable {
  /// The calendar unit a step counts.
  public enum Unit: Int, Sendable, Comparable, CaseIterable {
    case second, minute, hour, day, week, month, year

    /// Units are ordered from the finest to the coarsest.
    public static func < (a: Unit, b: Unit) -> Bool { a.rawValue < b.rawValue }

    /// Microseconds in one unit; a month and a year by their mean Gregorian lengths.
    var approximateMicroseconds: Double {
      switch self {
      case .second: return 1e6
      case .minute: return 6e7
      case .hour: return 3.6e9
      case .day: return 8.64e10
      case .week: return 6.048e11
      case .month: return 8.64e10 * 365.2425 / 12
      case .year: return 8.64e10 * 365.2425
      }
    }
  }

  /// The unit counted.
  public let unit: Unit
  /// How many units a step spans.
  public let count: Int

  /// A step of `count` (at least 1) `unit`s.
  public init(_ count: Int, _ unit: Unit) {
    self.unit = unit
    self.count = max(1, count)
  }

  /// Steps are ordered by their length.
  public static func < (a: CalendarStep, b: CalendarStep) -> Bool {
    a.approximateMicroseconds < b.approximateMicroseconds
  }

  /// Nice steps from the finest to the coarsest: 1, 5, 10, 15, 30 seconds and minutes; 1, 3, 6, 12
  /// hours; a day; a week; 1, 3, 6 months; 1, 2, 5, 10, 20, 50 ... 200,000 years.
  public static let ladder: [CalendarStep] = {
    let sixty = [1, 5, 10, 15, 30]
    var steps = sixty.map { CalendarStep($0, .second) } + sixty.map { CalendarStep($0, .minute) }
    steps += [1, 3, 6, 12].map { CalendarStep($0, .hour) } + [CalendarStep(1, .day), CalendarStep(1, .week)]
    steps += [1, 3, 6].map { CalendarStep($0, .month) }
    var power = 1
    while power <= 100_000 {
      steps += [1, 2, 5].map { CalendarStep($0 * power, .year) }.filter { $0.count <= 200_000 }
      power *= 10
    }
    return steps
  }()

  /// The step's length in microseconds; months and years by their mean lengths.
  public var approximateMicroseconds: Double { Double(count) * unit.approximateMicroseconds }

  /// The start of the step that holds `wall` (microseconds since the epoch in wall time).
  public func floor(_ wall: Int64) -> Int64 {
    let day = CalendarTime.microsecondsPerDay
    switch unit {
    case .second, .minute, .hour, .day:
      let length = Int64(count) * fixedMicroseconds
      return wall.floorDivided(by: length) * length
    case .week:
      // 1970-01-05, day 4, was a Monday.
      let days = wall.floorDivided(by: day) - 4, length = Int64(7 * count)
      return (days.floorDivided(by: length) * length + 4) * day
    case .month:
      let date = CalendarTime(microseconds: wall).date
      let index = Int64(date.year * 12 + date.month - 1).floorDivided(by: Int64(count)) * Int64(count)
      return CalendarStep.monthStart(index)
    case .year:
      let year = Int64(CalendarTime(microseconds: wall).date.year)
      return CalendarStep.monthStart(year.floorDivided(by: Int64(count)) * Int64(count) * 12)
    }
  }

  /// The tick after `tick`, a start of a step.
  public func advance(_ tick: Int64) -> Int64 {
    switch unit {
    case .second, .minute, .hour, .day: return tick + Int64(count) * fixedMicroseconds
    case .week: return tick + Int64(7 * count) * CalendarTime.microsecondsPerDay
    case .month, .year:
      let date = CalendarTime(microseconds: tick).date
      let months = unit == .year ? count * 12 : count
      return CalendarStep.monthStart(Int64(date.year * 12 + date.month - 1 + months))
    }
  }

  /// Microseconds in one second, minute, hour or day.
  private var fixedMicroseconds: Int64 {
    switch unit {
    case .second: return 1_000_000
    case .minute: return 60_000_000
    case .hour: return 3_600_000_000
    default: return CalendarTime.microsecondsPerDay
    }
  }

  /// Midnight of the first day of month `index` (year × 12 + month − 1).
  private static func monthStart(_ index: Int64) -> Int64 {
    let year = Int(index.floorDivided(by: 12)), month = Int(index - Int64(year) * 12) + 1
    return CalendarTime(date: CivilDate(year: year, month: month, day: 1)).microseconds
  }
}
