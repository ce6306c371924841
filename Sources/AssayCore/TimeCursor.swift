/// A walk over one field's bytes for the time parsers: digits, separators and names, each step
/// failing (returning nil or false) without a `String` being made. Inlinable, so the CSV reader's
/// loops compile it in place.
public struct TimeCursor {
  /// `zone()` of `Z`.
  public static let utc = Int32.min + 1

  /// The bytes.
  @usableFromInline let p: UnsafePointer<UInt8>
  /// How many bytes there are.
  @usableFromInline let end: Int
  /// The next byte's index.
  public var at = 0

  /// A cursor at the start of `count` bytes at `p`.
  @inlinable @inline(__always) public init(_ p: UnsafePointer<UInt8>, _ count: Int) {
    self.p = p
    end = count
  }

  /// True when every byte was read.
  @inlinable @inline(__always) public var atEnd: Bool { at == end }

  /// The next byte, or 0 at the end.
  @inlinable @inline(__always) public var next: UInt8 { at < end ? p[at] : 0 }

  /// Moves past `byte` when it comes next.
  @inlinable @inline(__always) public mutating func skip(_ byte: UInt8) -> Bool {
    guard at < end, p[at] == byte else { return false }
    at += 1
    return true
  }

  /// Exactly `count` decimal digits as a number.
  @inlinable @inline(__always) public mutating func digits(_ count: Int) -> Int? {
    guard at + count <= end else { return nil }
    var value = 0
    for i in 0..<count {
      let digit = p[at + i] &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      value = value &* 10 &+ Int(digit)
    }
    at += count
    return value
  }

  /// One or two decimal digits as a number (as strptime reads `%d`, `%m`, `%H`).
  @inlinable @inline(__always) public mutating func oneOrTwoDigits() -> Int? {
    guard let first = digits(1) else { return nil }
    guard at < end, p[at] &- UInt8(ascii: "0") < 10 else { return first }
    at += 1
    return first * 10 + Int(p[at - 1] &- UInt8(ascii: "0"))
  }

  /// One to nine digits of a fraction of a second, as microseconds (digits past six are dropped,
  /// as Python's `datetime` does).
  @inlinable @inline(__always) public mutating func fraction() -> Int64? {
    var micros: Int64 = 0
    var count = 0
    while at < end, p[at] &- UInt8(ascii: "0") < 10 {
      if count < 6 { micros = micros * 10 + Int64(p[at] &- UInt8(ascii: "0")) }
      count += 1
      at += 1
    }
    guard count > 0, count <= 9 else { return nil }
    for _ in count..<max(count, 6) { micros *= 10 }
    return micros
  }

  /// An English month name, three letters or in full, any case: 1...12.
  @inlinable public mutating func monthName() -> Int? {
    let start = at
    while at < end, p[at] | 0x20 &- UInt8(ascii: "a") < 26 { at += 1 }
    let length = at - start
    guard length >= 3 else { return nil }
    for (index, name) in Self.monthNames.enumerated() where length == 3 || length == name.count {
      var same = true
      for i in 0..<length where p[start + i] | 0x20 != name[i] { same = false }
      if same { return index + 1 }
    }
    return nil
  }

  @usableFromInline static let monthNames: [[UInt8]] = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
  ].map { Array($0.utf8) }

  /// `HH:MM[:SS[.f]]` as microseconds of the day; hours 0...23, minutes and seconds 0...59.
  @inlinable @inline(__always) public mutating func clock(hourDigits: Bool = true) -> Int64? {
    guard let hour = hourDigits ? digits(2) : oneOrTwoDigits(), skip(UInt8(ascii: ":")),
      let minute = digits(2),
      hour < 24, minute < 60
    else { return nil }
    var second = 0
    var micro: Int64 = 0
    if skip(UInt8(ascii: ":")) {
      guard let s = digits(2), s < 60 else { return nil }
      second = s
      if skip(UInt8(ascii: ".")) {
        guard let f = fraction() else { return nil }
        micro = f
      }
    }
    return Int64((hour * 60 + minute) * 60 + second) * TimeText.microsPerSecond + micro
  }

  /// `Z`, `±hh:mm`, `±hhmm` or `±hh` as seconds east of UTC (`utc` for `Z`); nil when none comes
  /// next or it is malformed.
  @inlinable @inline(__always) public mutating func zone() -> Int32? {
    if skip(UInt8(ascii: "Z")) { return Self.utc }
    let sign: Int32
    if skip(UInt8(ascii: "+")) {
      sign = 1
    } else if skip(UInt8(ascii: "-")) {
      sign = -1
    } else {
      return nil
    }
    guard let hours = digits(2), hours < 24 else { return nil }
    var minutes = 0
    if !atEnd {
      _ = skip(UInt8(ascii: ":"))
      guard let m = digits(2), m < 60 else { return nil }
      minutes = m
    }
    return sign * Int32(hours * 3600 + minutes * 60)
  }
}
