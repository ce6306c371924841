import AssayCore

/// Recognisers for the non-numeric field forms: null markers, booleans and ISO dates.
enum TokenParsing {
  /// True for the texts read as null by default: `NA`, `N/A`, `NaN`, `nan`, `null`, `NULL`,
  /// `None`, `-` (the empty field is handled by the parser).
  static func isNullToken(_ p: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    switch count {
    case 1: return p[0] == UInt8(ascii: "-")
    case 2: return p[0] == UInt8(ascii: "N") && p[1] == UInt8(ascii: "A")
    case 3:
      return matches(p, "N/A") || matches(p, "NaN") || matches(p, "nan")
    case 4: return matches(p, "null") || matches(p, "NULL") || matches(p, "None")
    default: return false
    }
  }

  /// `true`/`false` in lower, capitalised or upper case.
  static func parseBool(_ p: UnsafePointer<UInt8>, _ count: Int) -> Bool? {
    switch count {
    case 4 where matches(p, "true") || matches(p, "True") || matches(p, "TRUE"): return true
    case 5 where matches(p, "false") || matches(p, "False") || matches(p, "FALSE"): return false
    default: return nil
    }
  }

  /// `YYYY-MM-DD` naming a real calendar day, as days since 1970-01-01.
  @inline(__always)
  static func parseDate(_ p: UnsafePointer<UInt8>, _ count: Int) -> Int32? {
    guard count == 10, p[4] == UInt8(ascii: "-"), p[7] == UInt8(ascii: "-") else { return nil }
    guard let year = digits(p, 4), let month = digits(p + 5, 2), let day = digits(p + 8, 2) else {
      return nil
    }
    guard month >= 1, month <= 12, day >= 1, day <= CivilDate.daysInMonth(year: year, month: month) else {
      return nil
    }
    return CivilDate(year: year, month: month, day: day).daysSinceEpoch
  }

  @inline(__always)
  private static func digits(_ p: UnsafePointer<UInt8>, _ count: Int) -> Int? {
    var value = 0
    for i in 0..<count {
      let digit = p[i] &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      value = value * 10 + Int(digit)
    }
    return value
  }

  @inline(__always)
  private static func matches(_ p: UnsafePointer<UInt8>, _ word: StaticString) -> Bool {
    let w = word.utf8Start
    for i in 0..<word.utf8CodeUnitCount where p[i] != w[i] { return false }
    return true
  }

  /// The kind a single non-null field's text has on its own.
  static func kind(of p: UnsafePointer<UInt8>, _ count: Int) -> FieldKind {
    let padded = NumberParsing.isZeroPadded(p, count)
    if NumberParsing.parseInt(p, count) != nil { return padded ? .string : .int }
    if NumberParsing.parseFieldDouble(p, count) != nil { return padded ? .string : .double }
    if parseBool(p, count) != nil { return .bool }
    if parseDate(p, count) != nil { return .date }
    return TimeParsing.detect(p, count) ?? .string
  }
}
