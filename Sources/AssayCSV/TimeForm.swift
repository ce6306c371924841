/// How the text of a date or timestamp column is written, decided per column from its values
/// (or forced by an option). Each form reads dates alone or with a time of day.
package enum TimeForm: UInt8, Sendable {
  /// Not a time.
  case none
  /// ISO 8601 without a zone: `2024-03-01`, `2024-03-01T08:15`, `2024-03-01 08:15:30.25`.
  case iso
  /// ISO 8601 with `Z` or an offset on every value: `2024-03-01T08:15:30+02:00`.
  case isoZoned
  /// `2024/03/01`, `2024/03/01 08:15[:30]`.
  case slashYearFirst
  /// `01.03.2024`, `1.3.2024 08:15`.
  case dotted
  /// A month's English name: `Mar 1 2024`, `1 March 2024`, `2024-Mar-01`.
  case monthName
  /// `03/01/2024`: no value has told month-first from day-first yet; read as the option says.
  case slashUndecided
  /// `12/31/2024`: month first, as some value showed.
  case slashMonthFirst
  /// `31/12/2024`: day first, as some value showed.
  case slashDayFirst
  /// A strftime-style format given for the column.
  case custom
  /// Unix time in seconds, as asked for the column.
  case epochSeconds
  /// Unix time in milliseconds, as asked for the column.
  case epochMilliseconds

  /// The form both forms' values can be read in, or nil when none reads both.
  func joined(_ other: TimeForm) -> TimeForm? {
    if self == other { return self }
    switch (self, other) {
    case (.slashUndecided, .slashMonthFirst), (.slashUndecided, .slashDayFirst): return other
    case (.slashMonthFirst, .slashUndecided), (.slashDayFirst, .slashUndecided): return self
    default: return nil
    }
  }

  /// The form's name, as `describe` shows it; `dayFirst` is how an undecided column was read.
  package func name(dayFirst: Bool, custom: String?) -> String {
    switch self {
    case .none: return ""
    case .iso: return "ISO 8601"
    case .isoZoned: return "ISO 8601 with zone"
    case .slashYearFirst: return "YYYY/MM/DD"
    case .dotted: return "DD.MM.YYYY"
    case .monthName: return "month name"
    case .slashUndecided:
      return dayFirst
        ? "DD/MM/YYYY (undecided, as --dayfirst)" : "MM/DD/YYYY (undecided; --dayfirst for DD/MM)"
    case .slashMonthFirst: return "MM/DD/YYYY"
    case .slashDayFirst: return "DD/MM/YYYY"
    case .custom: return custom ?? "custom"
    case .epochSeconds: return "Unix seconds"
    case .epochMilliseconds: return "Unix milliseconds"
    }
  }
}
