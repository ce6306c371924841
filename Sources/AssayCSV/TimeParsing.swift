import AssayCore

/// Reads dates and timestamps from a field's bytes in the forms of `TimeForm`: which form a field
/// is written in (`detect`) and its value in a given form (`parse`). Only real times pass:
/// `2023-02-29`, hour 24 and second 60 are refused, so a column holding them becomes text.
package enum TimeParsing {
  /// The kind of a field that is a date or a timestamp in a form that inference recognises (every
  /// form but the custom and Unix ones), or nil.
  package static func detect(_ p: UnsafePointer<UInt8>, _ count: Int) -> FieldKind? {
    guard count >= 8 else { return nil }
    let form: TimeForm
    if p[4] == UInt8(ascii: "-") {
      form = p[5] &- UInt8(ascii: "0") < 10 ? .iso : .monthName
    } else if p[4] == UInt8(ascii: "/") {
      form = .slashYearFirst
    } else if p[0] | 0x20 &- UInt8(ascii: "a") < 26 {
      form = .monthName
    } else {
      var cursor = TimeCursor(p, count)
      guard cursor.oneOrTwoDigits() != nil else { return nil }
      switch cursor.next {
      case UInt8(ascii: "."): form = .dotted
      case UInt8(ascii: " "): form = .monthName
      case UInt8(ascii: "/"): return detectSlashed(p, count)
      default: return nil
      }
    }
    let parsed = form == .iso ? parseISO(p, count, zoned: nil) : parse(p, count, form: form, dayFirst: false)
    guard let time = parsed else { return nil }
    let zoned = form == .iso && time.zone != ParsedTime.naive
    return FieldKind(time.hasTime ? .timestamp : .date, zoned ? .isoZoned : form)
  }

  /// The value of a field written in `form` (not `.custom`), or nil; `dayFirst` reads an
  /// undecided slash date.
  @inline(__always)
  package static func parse(_ p: UnsafePointer<UInt8>, _ count: Int, form: TimeForm, dayFirst: Bool)
    -> ParsedTime?
  {
    switch form {
    case .iso: return parseISO(p, count, zoned: false)
    case .isoZoned: return parseISO(p, count, zoned: true)
    case .slashYearFirst: return parseYearFirst(p, count)
    case .dotted: return parseDayMonthYear(p, count, separator: UInt8(ascii: "."), dayFirst: true)
    case .slashUndecided: return parseDayMonthYear(p, count, separator: UInt8(ascii: "/"), dayFirst: dayFirst)
    case .slashMonthFirst: return parseDayMonthYear(p, count, separator: UInt8(ascii: "/"), dayFirst: false)
    case .slashDayFirst: return parseDayMonthYear(p, count, separator: UInt8(ascii: "/"), dayFirst: true)
    case .monthName: return parseMonthName(p, count)
    case .epochSeconds: return parseEpoch(p, count, scale: TimeText.microsPerSecond)
    case .epochMilliseconds: return parseEpoch(p, count, scale: 1000)
    case .none, .custom: return nil
    }
  }

  /// `YYYY-MM-DD`, optionally `T` or a space and `HH:MM[:SS[.f]]`, then (when `zoned`, and only
  /// then; either way when nil) `Z` or `±hh[:mm]`.
  @inline(__always)
  static func parseISO(_ p: UnsafePointer<UInt8>, _ count: Int, zoned: Bool?) -> ParsedTime? {
    var c = TimeCursor(p, count)
    guard let year = c.digits(4), c.skip(UInt8(ascii: "-")), let month = c.digits(2),
      c.skip(UInt8(ascii: "-")),
      let day = c.digits(2)
    else { return nil }
    if c.atEnd {
      return zoned == true ? nil : ParsedTime.from(year: year, month: month, day: day, micro: nil)
    }
    guard c.skip(UInt8(ascii: "T")) || c.skip(UInt8(ascii: " ")), let micro = c.clock() else { return nil }
    var zone = ParsedTime.naive
    if !c.atEnd {
      guard let written = c.zone(), c.atEnd else { return nil }
      zone = written
    }
    guard zoned ?? (zone != ParsedTime.naive) == (zone != ParsedTime.naive) else { return nil }
    return ParsedTime.from(year: year, month: month, day: day, micro: micro, zone: zone)
  }

  /// An optional ` HH:MM[:SS[.f]]` (one- or two-digit hour) ending the field: the microsecond of the
  /// day, `.some(nil)` when the field ends with no time, nil when malformed.
  @inline(__always)
  static func trailingClock(_ c: inout TimeCursor) -> Int64?? {
    if c.atEnd { return .some(nil) }
    guard c.skip(UInt8(ascii: " ")), let micro = c.clock(hourDigits: false), c.atEnd else { return nil }
    return .some(micro)
  }

  /// Unix time: an optional sign, digits and maybe a fraction (`1710054000.25`), in units of `scale`
  /// microseconds.
  private static func parseEpoch(_ p: UnsafePointer<UInt8>, _ count: Int, scale: Int64) -> ParsedTime? {
    let point = (0..<count).first { p[$0] == UInt8(ascii: ".") } ?? count
    guard let units = NumberParsing.parseInt(p, point) else { return nil }
    let (whole, overflow) = units.multipliedReportingOverflow(by: scale)
    guard !overflow else { return nil }
    // A fraction of the unit, to the microsecond (further digits dropped: toward zero).
    var fraction: Int64 = 0
    var place = scale
    for index in (point + 1)..<max(point + 1, count) {
      let digit = Int64(p[index]) - 0x30
      guard (0...9).contains(digit) else { return nil }
      place /= 10
      fraction += digit * place
    }
    if point < count && point + 1 == count { return nil }  // `12.`: no digit after the point
    let negative = p[0] == UInt8(ascii: "-")
    let (micros, past) =
      negative ? whole.subtractingReportingOverflow(fraction) : whole.addingReportingOverflow(fraction)
    return past ? nil : ParsedTime(micros: micros, hasTime: true, zone: ParsedTime.utc)
  }
}
