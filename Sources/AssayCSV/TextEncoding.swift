import AssayCore

/// A CSV file's character encoding when it is not UTF-8: UTF-16 (found by its byte order mark) or
/// Latin-1 (asked for with `encoding=latin1`). Such a file is converted to UTF-8 in memory before
/// it is parsed.
enum TextEncoding: Sendable, Equatable {
  case utf8
  case utf16LittleEndian
  case utf16BigEndian
  case latin1

  /// The encoding's name, for messages.
  var name: String {
    switch self {
    case .utf8: return "UTF-8"
    case .utf16LittleEndian: return "UTF-16 (little-endian)"
    case .utf16BigEndian: return "UTF-16 (big-endian)"
    case .latin1: return "Latin-1"
    }
  }

  /// The encoding the option `encoding` names, when given; another name is an `AssayError`.
  static func named(in options: SourceOptions, source: String) throws -> TextEncoding? {
    guard let text = options.named["encoding"] else { return nil }
    switch text.lowercased() {
    case "utf8", "utf-8": return .utf8
    case "latin1", "latin-1", "iso-8859-1", "iso8859-1": return .latin1
    case "utf16le", "utf-16le": return .utf16LittleEndian
    case "utf16be", "utf-16be": return .utf16BigEndian
    default:
      throw AssayError(
        message: "\(source): encoding=\(SafeText.visible(text)) is not one Assay reads",
        hint: "utf8, latin1, utf16le or utf16be (UTF-16 with a byte order mark is found by itself)")
    }
  }

  /// UTF-16 when the bytes start with its byte order mark, else nil.
  static func sniffed(_ bytes: UnsafeBufferPointer<UInt8>) -> TextEncoding? {
    guard bytes.count >= 2 else { return nil }
    if bytes[0] == 0xFF && bytes[1] == 0xFE { return .utf16LittleEndian }
    if bytes[0] == 0xFE && bytes[1] == 0xFF { return .utf16BigEndian }
    return nil
  }

  /// The bytes as UTF-8 (a UTF-16 byte order mark dropped; an unpaired surrogate or an odd last
  /// byte becomes U+FFFD).
  func utf8(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    switch self {
    case .utf8: return Array(bytes)
    case .latin1:
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count + bytes.count / 8)
      for byte in bytes {
        if byte < 0x80 {
          out.append(byte)
        } else {
          out.append(0xC0 | byte >> 6)
          out.append(0x80 | byte & 0x3F)
        }
      }
      return out
    case .utf16LittleEndian, .utf16BigEndian:
      let skip = Self.sniffed(bytes) == self ? 2 : 0
      let units = (bytes.count - skip) / 2
      var code = [UInt16](repeating: 0, count: units)
      for k in 0..<units {
        let first = UInt16(bytes[skip + 2 * k]), second = UInt16(bytes[skip + 2 * k + 1])
        code[k] = self == .utf16LittleEndian ? first | second << 8 : first << 8 | second
      }
      var out = Array(String(decoding: code, as: UTF16.self).utf8)
      if (bytes.count - skip) % 2 == 1 { out += [0xEF, 0xBF, 0xBD] }
      return out
    }
  }
}
