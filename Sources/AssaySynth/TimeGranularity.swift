import AssayCore

/// The step every value of a time column is a whole number of: first-of-month dates stay
/// first-of-month, whole hours stay whole hours. Synthetic values are drawn in these steps.
public enum TimeGranularity: Sendable, Equatable {
  /// Dates (or midnights) on 1 January.
  case year
  /// Dates (or midnights) on the first of a month.
  case month
  /// Any date.
  case day
  /// Timestamps that are whole multiples of this many microseconds on their shown clock.
  case step(Int64)

  /// The steps a timestamp column is checked for, coarsest first, with their names.
  private static let timestampSteps: [(Int64, String)] = [
    (86_400_000_000, "day"), (3_600_000_000, "hour"), (60_000_000, "minute"), (1_000_000, "second"),
    (1_000, "millisecond"), (1, "microsecond"),
  ]

  /// A name for people: year, month, day, hour, minute, second, millisecond or microsecond.
  public var name: String {
    switch self {
    case .year: return "year"
    case .month: return "month"
    case .day: return "day"
    case .step(let micros): return Self.timestampSteps.first { $0.0 == micros }?.1 ?? "microsecond"
    }
  }

  /// The coarsest granularity all these dates (days since 1970-01-01) have.
  static func ofDates(_ days: [Int32]) -> TimeGranularity {
    var firstOfMonth = true, firstOfYear = true
    for day in days {
      let date = CivilDate(daysSinceEpoch: day)
      firstOfMonth = firstOfMonth && date.day == 1
      firstOfYear = firstOfYear && date.day == 1 && date.month == 1
      if !firstOfMonth { return .day }
    }
    return days.isEmpty ? .day : firstOfYear ? .year : .month
  }

  /// The coarsest step all these wall-clock times (microseconds) are whole multiples of; times
  /// that are all midnights on the first of a month (or of a year) have the dates' granularity.
  static func ofTimestamps(_ micros: [Int64]) -> TimeGranularity {
    for (step, _) in timestampSteps where micros.allSatisfy({ $0 % step == 0 }) {
      guard step == TimeText.microsPerDay, !micros.isEmpty else { return .step(step) }
      let calendar = ofDates(micros.map { Int32(clamping: $0 / step) })
      return calendar == .day ? .step(step) : calendar
    }
    return .step(1)
  }

  /// A date as a count of this granularity's steps (years, months since year 0, or days).
  func units(ofDate days: Int32) -> Int64 {
    switch self {
    case .year: return Int64(CivilDate(daysSinceEpoch: days).year)
    case .month:
      let date = CivilDate(daysSinceEpoch: days)
      return Int64(date.year * 12 + date.month - 1)
    case .day, .step: return Int64(days)
    }
  }

  /// The date `units` steps name (the inverse of `units(ofDate:)`).
  func date(ofUnits units: Int64) -> Int32 {
    switch self {
    case .year: return CivilDate(year: Int(units), month: 1, day: 1).daysSinceEpoch
    case .month:
      let months = Int(units)
      let year = months >= 0 ? months / 12 : (months - 11) / 12
      return CivilDate(year: year, month: months - year * 12 + 1, day: 1).daysSinceEpoch
    case .day, .step: return Int32(clamping: units)
    }
  }

  /// A wall-clock time in microseconds as a count of steps (of years or months: of its date's).
  func units(ofMicros micros: Int64) -> Int64 {
    switch self {
    case .step(let step): return micros / step
    case .year, .month: return units(ofDate: Int32(clamping: micros / TimeText.microsPerDay))
    case .day: return micros
    }
  }

  /// The wall-clock time `units` steps name (of years or months: their first day's midnight).
  func micros(ofUnits units: Int64) -> Int64 {
    switch self {
    case .step(let step): return units &* step
    case .year, .month: return Int64(date(ofUnits: units)) &* TimeText.microsPerDay
    case .day: return units
    }
  }
}
