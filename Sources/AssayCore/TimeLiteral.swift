/// A time written in a filter, `"2024-03-01 08:00"`, read as the instant it starts: a partial one
/// (`"2015"`, `"2015-03"`, `"2015-03-01"`, `"2015-03-01 08"`) means the start of that period.
public enum TimeLiteral {
  /// The start of the period `text` names, or nil when it is not
  /// `YYYY[-MM[-DD[(T| )HH[:MM[:SS[.f]]]]]]` followed by an optional `Z` or `±hh[:mm]`, or names no
  /// real time: with a zone, the instant in microseconds since the epoch; without, the wall-clock
  /// time read as UTC, which a comparison reads in its column's zone form.
  public static func parse(_ text: String) -> (micros: Int64, hasZone: Bool)? {
    var reader = Reader(bytes: Array(text.utf8))
    guard let year = reader.number(4) else { return nil }
    var parts = [1, 1, 0, 0, 0]
    var given = 0
    let separators: [UInt8] = [UInt8(ascii: "-"), UInt8(ascii: "-"), 0, UInt8(ascii: ":"), UInt8(ascii: ":")]
    for (index, separator) in separators.enumerated() {
      if index == 2 {
        guard reader.skip(UInt8(ascii: "T")) || reader.skip(UInt8(ascii: " ")) else { break }
      } else if !reader.skip(separator) {
        break
      }
      guard let value = reader.number(2) else { return nil }
      parts[index] = value
      given += 1
    }
    var micro = 0
    if given == parts.count, reader.skip(UInt8(ascii: ".")) {
      var digits = 0
      while let digit = reader.digit() {
        if digits < 6 { micro = micro * 10 + digit }
        digits += 1
      }
      guard digits > 0 else { return nil }
      for _ in digits..<max(digits, 6) { micro *= 10 }
    }
    let date = CivilDate(year: year, month: parts[0], day: parts[1])
    guard date.isValid, parts[2] < 24, parts[3] < 60, parts[4] < 60 else { return nil }
    let clock = Int64((parts[2] * 60 + parts[3]) * 60 + parts[4]) * TimeText.microsPerSecond + Int64(micro)
    let wall = Int64(date.daysSinceEpoch) * TimeText.microsPerDay + clock
    guard let offset = reader.zoneSeconds(), reader.atEnd else { return nil }
    return (wall - (offset ?? 0) * TimeText.microsPerSecond, offset != nil)
  }

  /// Walks the bytes of a literal.
  private struct Reader {
    let bytes: [UInt8]
    var at = 0

    var atEnd: Bool { at == bytes.count }
    private var peek: UInt8? { at < bytes.count ? bytes[at] : nil }

    mutating func skip(_ byte: UInt8) -> Bool {
      guard peek == byte else { return false }
      at += 1
      return true
    }

    mutating func digit() -> Int? {
      guard let byte = peek, byte &- UInt8(ascii: "0") < 10 else { return nil }
      at += 1
      return Int(byte &- UInt8(ascii: "0"))
    }

    mutating func number(_ count: Int) -> Int? {
      var value = 0
      for _ in 0..<count {
        guard let d = digit() else { return nil }
        value = value * 10 + d
      }
      return value
    }

    /// The zone's offset in seconds: nil inside when none is written; nil outside when it is malformed.
    mutating func zoneSeconds() -> Int64?? {
      if skip(UInt8(ascii: "Z")) { return .some(0) }
      let sign: Int64
      if skip(UInt8(ascii: "+")) {
        sign = 1
      } else if skip(UInt8(ascii: "-")) {
        sign = -1
      } else {
        return .some(nil)
      }
      guard let hours = number(2) else { return nil }
      _ = skip(UInt8(ascii: ":"))
      let minutes = atEnd ? 0 : number(2)
      guard let minutes, hours < 24, minutes < 60 else { return nil }
      return .some(sign * Int64(hours * 3600 + minutes * 60))
    }
  }
}
