import AssayCore
import Foundation
import PostgresNIO

/// The text of a value whose type Assay keeps as text, from PostgreSQL's binary format, written as
/// PostgreSQL writes it: uuids in their 8-4-4-4-12 form, json and jsonb as their text, times of
/// day, network addresses, bit strings, points, arrays as `{1,2,NULL}`. Only the types
/// `PostgresColumnType.isReadInBinary` names come here (others are read as the server's text); text
/// that is not UTF-8 (from a `SQL_ASCII` database) shows as hex (`\x0a1b`).
enum PostgresText {
  /// The text of a value of `type` held in `bytes`.
  static func text(_ bytes: inout ByteBuffer, type: PostgresDataType) -> String {
    switch type {
    case .jsonb:
      bytes.moveReaderIndex(forwardBy: min(1, bytes.readableBytes))  // the format version, 1
      return bytes.readString(length: bytes.readableBytes) ?? ""
    case .uuid: return uuid(&bytes)
    case .time: return bytes.readInteger(as: Int64.self).map(timeOfDay) ?? ""
    case .timetz:
      guard let (micros, west) = bytes.readMultipleIntegers(as: (Int64, Int32).self) else { return "" }
      return timeOfDay(micros) + TimeZoneForm.offset(-west).suffix
    case .char: return bytes.readBytes(length: 1).map { String(decoding: $0, as: UTF8.self) } ?? ""
    case .inet, .cidr: return PostgresNetworkText.address(&bytes) ?? ""
    case .macaddr, .macaddr8: return PostgresNetworkText.hardware(&bytes)
    case .bit, .varbit: return bits(&bytes)
    case .point:
      guard let (x, y) = bytes.readMultipleIntegers(as: (UInt64, UInt64).self) else { return "" }
      return
        "(\(PostgresFloatText.text(Double(bitPattern: x))),\(PostgresFloatText.text(Double(bitPattern: y))))"
    default:
      if bytes.getInteger(at: bytes.readerIndex, as: UInt8.self) == 0,
        let array = PostgresArrayText.text(bytes)
      {
        return array
      }
      let raw = bytes.readBytes(length: bytes.readableBytes) ?? []
      if let text = String(bytes: raw, encoding: .utf8) { return text }
      return "\\x" + raw.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
  }

  /// An element of an array as PostgreSQL writes it in the array's text: booleans as `t` and `f`,
  /// numerics exactly, everything else as its value reads.
  static func element(_ bytes: ByteBuffer, type: PostgresDataType) -> String {
    var bytes = bytes
    if type == .numeric { return PostgresBinary.numeric(&bytes) ?? "" }
    switch PostgresBinary.value(bytes, type: type) {
    case .bool(let flag): return flag ? "t" : "f"
    case let value: return value.description
    }
  }

  /// `HH:MM:SS`, with the fraction of a second when there is one (`.5`, `.123456`).
  static func timeOfDay(_ micros: Int64) -> String {
    String(TimeText.iso(micros, zone: .naive).split(separator: " ").last ?? "")
  }

  /// A `bit` or `varbit`: its length in bits, then the bits from the first byte's highest, as `1011`.
  static func bits(_ bytes: inout ByteBuffer) -> String {
    guard let count = bytes.readInteger(as: Int32.self) else { return "" }
    let raw = bytes.readBytes(length: bytes.readableBytes) ?? []
    let available = min(Int(max(0, count)), raw.count * 8)
    return String((0..<available).map { raw[$0 / 8] & (0x80 >> ($0 % 8)) == 0 ? "0" : "1" })
  }

  /// A uuid's 16 bytes as `a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11`.
  static func uuid(_ bytes: inout ByteBuffer) -> String {
    let raw = bytes.readBytes(length: bytes.readableBytes) ?? []
    var text = ""
    for (index, byte) in raw.enumerated() {
      if [4, 6, 8, 10].contains(index) { text += "-" }
      text += (byte < 16 ? "0" : "") + String(byte, radix: 16)
    }
    return text
  }
}
