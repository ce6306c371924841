import AssayCore

/// A part of the calendar that a time column's frequency counts by: periods (`2014`, `2014-Q2`,
/// `2014-03`, ISO week `2014-W09`, `2014-03-05`) or recurring parts (weekday `Mon`, hour `08`).
public enum CalendarPart: String, Sendable, CaseIterable {
  /// The year, `2014`.
  case year
  /// The year and quarter, `2014-Q2`.
  case quarter
  /// The year and month, `2014-03`.
  case month
  /// The ISO 8601 week-numbering year and week (weeks start on Monday), `2014-W09`.
  case week
  /// The date, `2014-03-05`.
  case day
  /// The day of the week, `Mon` … `Sun`, across weeks.
  case weekday
  /// The hour of the day, `00` … `23`, across days.
  case hour

  /// The label of the part that holds `micros` (microseconds since 1970-01-01T00:00:00).
  public func label(_ micros: Int64) -> String {
    let perDay = CalendarPeriod.microsecondsPerDay
    let dayNumber = micros >= 0 ? micros / perDay : (micros - perDay + 1) / perDay
    let date = CivilDate(daysSinceEpoch: Int32(clamping: dayNumber))
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    // Monday is 0: 1970-01-01 was a Thursday.
    let weekday = Int(((dayNumber + 3) % 7 + 7) % 7)
    switch self {
    case .year: return "\(date.year)"
    case .quarter: return "\(date.year)-Q\((date.month - 1) / 3 + 1)"
    case .month: return "\(date.year)-\(two(date.month))"
    case .day: return date.iso
    case .weekday: return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][weekday]
    case .hour: return two(Int((micros - dayNumber * perDay) / 3_600_000_000))
    case .week:
      // The ISO week is the one holding the week's Thursday, numbered within that Thursday's year.
      let thursday = CivilDate(daysSinceEpoch: Int32(clamping: dayNumber - Int64(weekday) + 3))
      let newYear = Int64(CivilDate(year: thursday.year, month: 1, day: 1).daysSinceEpoch)
      let week = (Int64(thursday.daysSinceEpoch) - newYear) / 7 + 1
      return "\(thursday.year)-W\(two(Int(week)))"
    }
  }

  /// A text column of each row's label, named `<column> <part>`; null rows stay null.
  public func column(_ times: TimeValues) -> Column {
    Column(
      name: "\(times.name) \(rawValue)", type: .string,
      values: times.micros.map { $0 == TimeValues.null ? .null : .string(label($0)) })
  }
}
