import AssayCore
import AssaySQL

/// A value as MariaDB's text protocol writes it (`42`, `2024-03-01 08:00:00.5`, `-01:30:00`, raw
/// bytes for BIT and binary strings), read as its column kind says: a binary string as its hex text
/// (`BlobText`). Text that does not read as the kind (which MariaDB does not send) is handed as
/// text, so nothing is lost.
public enum MariaDBValueText {
  /// The value `bytes` hold.
  public static func value(_ bytes: UnsafeRawBufferPointer, kind: MariaDBFieldKind) -> Value {
    switch kind {
    case .binary: return .string(BlobText.hex(bytes))
    case .bits: return .int(Int64(bitPattern: bigEndian(bytes)))
    case .text: return .string(text(bytes))
    default: break
    }
    let written = text(bytes)
    switch kind {
    case .integer:
      return Int64(written).map(Value.int) ?? .string(written)
    case .unsignedInteger:
      guard let number = UInt64(written) else { return .string(written) }
      return number <= UInt64(Int64.max) ? .int(Int64(number)) : .string(written)
    case .boolean:
      if bytes.count == 1, bytes[0] <= 1 { return .bool(bytes[0] == 1) }  // BIT(1): one raw byte
      switch written {
      case "0": return .bool(false)
      case "1": return .bool(true)
      default: return Int64(written).map(Value.int) ?? .string(written)
      }
    case .double:
      return Double(written).map(Value.double) ?? .string(written)
    case .decimal:
      return DecimalText.value(written)
    case .date:
      if isZeroDate(written) { return .null }
      guard written.utf8.count == 10, let (micros, _) = TimeLiteral.parse(written) else {
        return .string(written)
      }
      return .date(Int32(micros / 86_400_000_000))
    case .dateTime, .timestamp:
      if isZeroDate(written) { return .null }
      guard let (micros, _) = TimeLiteral.parse(written) else { return .string(written) }
      return .timestamp(Timestamp(microseconds: micros, zone: kind == .timestamp ? .utc : .naive))
    case .time:
      return duration(written).map(Value.duration) ?? .string(written)
    default:
      return .string(written)
    }
  }

  /// UTF-8 text, invalid sequences replaced.
  static func text(_ bytes: UnsafeRawBufferPointer) -> String {
    String(decoding: bytes, as: UTF8.self)
  }

  /// Microseconds of a TIME written `[-]H…H:MM:SS[.ffffff]`; nil for other text.
  static func duration(_ written: String) -> Int64? {
    let negative = written.hasPrefix("-")
    let parts = written.dropFirst(negative ? 1 : 0).split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 3, let hours = Int64(parts[0]), let minutes = Int64(parts[1]) else { return nil }
    let secondParts = parts[2].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    guard let seconds = Int64(secondParts[0]) else { return nil }
    var micros: Int64 = 0
    if secondParts.count > 1 {
      let digits = secondParts[1].prefix(6)
      guard let fraction = Int64(digits) else { return nil }
      micros = fraction * Int64(pow10(6 - digits.count))
    }
    // Far past what MariaDB writes (838 hours), the microseconds would overflow: not a TIME.
    guard (0...100_000_000).contains(hours), (0...1 << 32).contains(minutes), (0...1 << 32).contains(seconds)
    else { return nil }
    let total = ((hours * 60 + minutes) * 60 + seconds) * 1_000_000 + micros
    return negative ? -total : total
  }

  /// A BIT value's bytes as an unsigned number, most significant byte first.
  private static func bigEndian(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    bytes.suffix(8).reduce(0) { $0 << 8 | UInt64($1) }
  }

  /// True for MariaDB's zero date and zero datetime (`0000-00-00…`), which name no day.
  private static func isZeroDate(_ written: String) -> Bool { written.hasPrefix("0000-00-00") }

  private static func pow10(_ exponent: Int) -> Int {
    (0..<exponent).reduce(1) { value, _ in value * 10 }
  }
}
