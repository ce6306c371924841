/// The digits a written decimal number carries, and whether a double keeps them: a reader that
/// must lose nothing keeps a number a double would change as its exact text.
public enum DecimalDigits {
  /// Significant digits a double always holds exactly.
  public static let exactInDouble = 15

  /// Digits from the first non-zero one to the last non-zero one, before any exponent: `1.2500`
  /// has 2, `0.00012` has 2, `12345678901234567890` has 18.
  public static func significant<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int {
    normalized(bytes).digits.count
  }

  /// True when `value`, the double nearest the number written as `written` (a JSON or CSV number:
  /// sign, digits, point, exponent), writes back as the same number: it has at most 15
  /// significant digits, or its shortest text (`0.30000000000000004`) has the same digits and
  /// scale. False for `12345678901234567891` (a double writes `1.2345678901234567e+19`).
  public static func keeps(_ value: Double, writtenAs written: some Sequence<UInt8>) -> Bool {
    let given = normalized(written)
    guard given.digits.count > exactInDouble else { return true }
    guard value.isFinite else { return false }
    return normalized(value.description.utf8) == given
  }

  /// A written number reduced to its significant digits and the power of ten of the first one, so
  /// that texts of one value compare equal: `1.50`, `0.15e1` and `15e-1` all give ("15", 0).
  private struct Normalized: Equatable {
    /// The digits from the first non-zero one to the last non-zero one, as ASCII.
    var digits: [UInt8] = []
    /// The power of ten of the first digit (0 for a number of 0).
    var scale = 0
    /// True for a number below 0.
    var negative = false
  }

  /// `bytes` as `Normalized`; bytes other than digits, `-`, `.` and an exponent are passed over.
  private static func normalized<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Normalized {
    var result = Normalized()
    var (wholeDigits, seenPoint, leadingZeros) = (0, false, 0)
    var (exponent, exponentSign, inExponent) = (0, 1, false)
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
      case UInt8(ascii: "-") where inExponent: exponentSign = -1
      case UInt8(ascii: "-"): result.negative = true
      case UInt8(ascii: "."): seenPoint = true
      case UInt8(ascii: "0")...UInt8(ascii: "9") where inExponent:
        exponent = min(exponent * 10 + Int(byte - 0x30), 1 << 20)
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        if !seenPoint { wholeDigits += 1 }
        if result.digits.isEmpty && byte == 0x30 {
          leadingZeros += 1
        } else {
          result.digits.append(byte)
        }
      default: continue
      }
    }
    while result.digits.last == 0x30 { result.digits.removeLast() }
    guard !result.digits.isEmpty else { return Normalized() }
    result.scale = wholeDigits - leadingZeros - 1 + exponentSign * exponent
    return result
  }
}
