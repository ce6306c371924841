import AssayCore

/// The forms people write dates in besides ISO: with slashes, dots or a month's name.
extension TimeParsing {
  /// `YYYY/M/D` with an optional time.
  static func parseYearFirst(_ p: UnsafePointer<UInt8>, _ count: Int) -> ParsedTime? {
    var c = TimeCursor(p, count)
    guard let year = c.digits(4), c.skip(UInt8(ascii: "/")), let month = c.oneOrTwoDigits(),
      c.skip(UInt8(ascii: "/")), let day = c.oneOrTwoDigits(), let micro = trailingClock(&c)
    else { return nil }
    return ParsedTime.from(year: year, month: month, day: day, micro: micro)
  }

  /// `A<sep>B<sep>YYYY` with an optional time: A is the day and B the month when `dayFirst`,
  /// else the other way round.
  static func parseDayMonthYear(_ p: UnsafePointer<UInt8>, _ count: Int, separator: UInt8, dayFirst: Bool)
    -> ParsedTime?
  {
    guard let (first, second, year, micro) = dayMonthYearParts(p, count, separator: separator) else {
      return nil
    }
    return ParsedTime.from(
      year: year, month: dayFirst ? second : first, day: dayFirst ? first : second, micro: micro)
  }

  /// The numbers of `A/B/YYYY[ time]` in order, and the time's microsecond of the day.
  private static func dayMonthYearParts(_ p: UnsafePointer<UInt8>, _ count: Int, separator: UInt8)
    -> (Int, Int, Int, Int64?)?
  {
    var c = TimeCursor(p, count)
    guard let first = c.oneOrTwoDigits(), c.skip(separator), let second = c.oneOrTwoDigits(),
      c.skip(separator),
      let year = c.digits(4), let micro = trailingClock(&c)
    else { return nil }
    return (first, second, year, micro)
  }

  /// The kind of a slash date `A/B/YYYY`: day first when only that order names a real day (A above
  /// 12, or B a month too short for A), month first when only that one does, undecided when both
  /// do; nil when neither does.
  static func detectSlashed(_ p: UnsafePointer<UInt8>, _ count: Int) -> FieldKind? {
    let asMonthFirst = parseDayMonthYear(p, count, separator: UInt8(ascii: "/"), dayFirst: false)
    let asDayFirst = parseDayMonthYear(p, count, separator: UInt8(ascii: "/"), dayFirst: true)
    guard let either = asMonthFirst ?? asDayFirst else { return nil }
    let form: TimeForm =
      asMonthFirst == nil ? .slashDayFirst : (asDayFirst == nil ? .slashMonthFirst : .slashUndecided)
    return FieldKind(either.hasTime ? .timestamp : .date, form)
  }

  /// `Mon D[,] YYYY`, `D Month YYYY` or `YYYY-Mon-DD`, with an optional time.
  static func parseMonthName(_ p: UnsafePointer<UInt8>, _ count: Int) -> ParsedTime? {
    var c = TimeCursor(p, count)
    let year: Int, month: Int, day: Int
    if let leading = c.digits(4), c.skip(UInt8(ascii: "-")) {
      guard let m = c.monthName(), c.skip(UInt8(ascii: "-")), let d = c.digits(2) else { return nil }
      (year, month, day) = (leading, m, d)
    } else {
      c.at = 0
      if let d = c.oneOrTwoDigits() {
        guard c.skip(UInt8(ascii: " ")), let m = c.monthName() else { return nil }
        (month, day) = (m, d)
      } else {
        guard let m = c.monthName(), c.skip(UInt8(ascii: " ")), let d = c.oneOrTwoDigits() else { return nil }
        _ = c.skip(UInt8(ascii: ","))
        (month, day) = (m, d)
      }
      guard c.skip(UInt8(ascii: " ")), let y = c.digits(4) else { return nil }
      year = y
    }
    guard let micro = trailingClock(&c) else { return nil }
    return ParsedTime.from(year: year, month: month, day: day, micro: micro)
  }
}
