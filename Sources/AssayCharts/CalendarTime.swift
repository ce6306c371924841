import AssayCore

/// An instant as the calendar and the clock read it: microseconds since 1970-01-01T00:00 wall
/// time (proleptic Gregorian, no leap seconds) split into date and time of day, and back.
public struct CalendarTime: Sendable, Equatable {
  /// Microseconds in a day.
  public static let microsecondsPerDay: Int64 = 86_400_000_000
  /// The calendar date.
  public var date: CivilDate
  /// Microseconds since the day's midnight, 0..<`microsecondsPerDay`.
  public var timeOfDay: Int64

  /// The date and time of day of `microseconds` since the epoch.
  public init(microseconds: Int64) {
    let days = microseconds.floorDivided(by: CalendarTime.microsecondsPerDay)
    date = CivilDate(daysSinceEpoch: Int32(clamping: days))
    timeOfDay = microseconds - days * CalendarTime.microsecondsPerDay
  }

  /// A date at a time of day.
  public init(date: CivilDate, timeOfDay: Int64 = 0) {
    self.date = date
    self.timeOfDay = timeOfDay
  }

  /// Microseconds since the epoch.
  public var microseconds: Int64 { Int64(date.daysSinceEpoch) * CalendarTime.microsecondsPerDay + timeOfDay }

  /// Hour of the day, 0...23.
  public var hour: Int { Int(timeOfDay / 3_600_000_000) }
  /// Minute of the hour, 0...59.
  public var minute: Int { Int(timeOfDay / 60_000_000 % 60) }
  /// Second of the minute, 0...59.
  public var second: Int { Int(timeOfDay / 1_000_000 % 60) }
}

extension Int64 {
  /// The quotient rounded toward minus infinity (`divisor` > 0).
  func floorDivided(by divisor: Int64) -> Int64 {
    let quotient = self / divisor
    return self % divisor < 0 ? quotient - 1 : quotient
  }
}
