import AssayCore

/// An exact decimal number as an engine writes it (`12.50`, `-0.000123`, `NaN`: PostgreSQL's
/// numeric, MariaDB's DECIMAL, ClickHouse's Decimal), read as a double unless that would change its
/// whole part: one whose whole part has more than 15 digits (an identifier, an amount past a double's
/// integers) and that a double does not hold exactly is kept as its written text, which a load keeps
/// as text (`GrowingTable` widens the column), every digit shown and written. A longer fraction
/// (`10 / 3` as `3.3333333333333333`) is rounded to the double's 15–17 significant digits, as any
/// reader of floats rounds it, so a computed column stays a number column.
public enum DecimalText {
  /// Digits a double always holds exactly.
  static let exactDigits = 15

  /// The value of a decimal written as `written`.
  public static func value(_ written: String) -> Value {
    guard let number = Double(written) else { return .string(written) }
    let (significant, whole) = digits(written.utf8)
    return significant <= exactDigits || whole <= exactDigits ? .double(number) : .string(written)
  }

  /// The digits from the first non-zero one to the last non-zero one, and those of the whole part
  /// from its first non-zero one, before any exponent: `1.2500` has 2 and 1, `0.00012` has 2 and 0,
  /// `12345678901234567890.5` has 21 and 20.
  static func digits<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> (significant: Int, whole: Int) {
    var (first, last, position, whole, inFraction) = (-1, -1, 0, 0, false)
    for byte in bytes {
      if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") { break }
      if byte == UInt8(ascii: ".") { inFraction = true }
      guard (0x30...0x39).contains(byte) else { continue }
      if byte != 0x30 {
        if first < 0 { first = position }
        last = position
      }
      if !inFraction && first >= 0 { whole += 1 }
      position += 1
    }
    return (first < 0 ? 0 : last - first + 1, whole)
  }
}

extension Value {
  /// The value as a number, where an engine answered a number column's aggregate (an extreme, a
  /// ranked value, a sum) in exact text that no double or Int64 holds whole: the double nearest it.
  var engineNumber: Double? {
    if case .string(let written) = self { return Double(written) }
    return doubleValue
  }
}
