import AssayCore

/// An exact decimal number as an engine writes it (`12.50`, `-0.000123`, `NaN`: PostgreSQL's
/// numeric, MariaDB's DECIMAL, ClickHouse's Decimal), read with nothing lost: a double when a
/// double holds every digit (at most 15 significant ones, in a double's range: not `1e400`, nor
/// `1e-400`, which would read as infinity and 0), else the written text, which a load keeps as
/// text (`GrowingTable` widens the column) so every digit is shown and written out.
public enum DecimalText {
  /// Significant digits a double always holds exactly.
  static let exactDigits = 15

  /// The value of a decimal written as `written`.
  public static func value(_ written: String) -> Value {
    guard let number = Double(written) else { return .string(written) }
    let digits = significantDigits(written.utf8)
    // `NaN` and `Infinity` have no digits; a number with some that is not a normal double (0, a
    // subnormal, infinity) is out of a double's range.
    let isInRange = number.isNormal || digits == 0
    return isInRange && digits <= exactDigits ? .double(number) : .string(written)
  }

  /// Digits from the first non-zero one to the last non-zero one, before any exponent: `1.2500`
  /// has 2, `0.00012` has 2, `12345678901234567890` has 18.
  static func significantDigits<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int {
    var (first, last, position) = (-1, -1, 0)
    for byte in bytes {
      if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") { break }
      guard (0x30...0x39).contains(byte) else { continue }
      if byte != 0x30 {
        if first < 0 { first = position }
        last = position
      }
      position += 1
    }
    return first < 0 ? 0 : last - first + 1
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
