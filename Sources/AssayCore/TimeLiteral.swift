/// A time written in a filter, `"2024-03-01 08:00"`, read as the instant it starts: a partial one
/// (`"2015"`, `"2015-03"`, `"2015-03-01"`, `"2015-03-01 08"`) means the start of that period.
public enum TimeLiteral {
  /// The start of the period `text` names, or nil when it is not
  /// `YYYY[-MM[-DD[(T| )HH[:MM[:SS[.f]]]]]]` followed by an optional `Z` or `±hh[:mm]`, or names no
  /// real time: with a zone, the instant in microseconds since the epoch; without, the wall-clock
  /// time read as UTC, which a comparison reads in its column's zone form.
  public static func parse(_ text: String) -> (micros: Int64, hasZone: Bool)? {
    var text = text
    return text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return nil }
      var c = TimeCursor(base, bytes.count)
      return parse(&c)
    }
  }

  private static func parse(_ c: inout TimeCursor) -> (micros: Int64, hasZone: Bool)? {
    guard let year = c.digits(4) else { return nil }
    var parts = [1, 1, 0, 0, 0]
    let separators: [UInt8] = [UInt8(ascii: "-"), UInt8(ascii: "-"), 0, UInt8(ascii: ":"), UInt8(ascii: ":")]
    var given = 0
    for (index, separator) in separators.enumerated() {
      let found = index == 2 ? c.skip(UInt8(ascii: "T")) || c.skip(UInt8(ascii: " ")) : c.skip(separator)
      guard found else { break }
      guard let value = c.digits(2) else { return nil }
      parts[index] = value
      given += 1
    }
    var micro: Int64 = 0
    if given == parts.count, c.skip(UInt8(ascii: ".")) {
      guard let fraction = c.fraction() else { return nil }
      micro = fraction
    }
    let date = CivilDate(year: year, month: parts[0], day: parts[1])
    guard date.isValid, parts[2] < 24, parts[3] < 60, parts[4] < 60 else { return nil }
    let clock = Int64((parts[2] * 60 + parts[3]) * 60 + parts[4]) * TimeText.microsPerSecond + micro
    let wall = Int64(date.daysSinceEpoch) * TimeText.microsPerDay + clock
    if c.atEnd { return (wall, false) }
    guard let zone = c.zone(), c.atEnd else { return nil }
    let offset = zone == TimeCursor.utc ? 0 : Int64(zone) * TimeText.microsPerSecond
    return (wall - offset, true)
  }
}
