/// A fast 64-bit hash of UTF-8 bytes, read eight at a time with a final avalanche, for counting
/// distinct texts without making a `String` per row.
public enum TextHash {
  /// The hash of `text`'s bytes.
  @inline(__always) public static func of(_ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(text.count)
    var i = 0
    if let base = text.baseAddress {
      let raw = UnsafeRawPointer(base)
      while i + 8 <= text.count {
        h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 32
        i += 8
      }
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while i < text.count {
      tail |= UInt64(text[i]) << shift
      shift += 8
      i += 1
    }
    h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
    h ^= h >> 29
    h = h &* 0xFF51_AFD7_ED55_8CCD
    return h ^ (h >> 32)
  }

  /// The hash of a string's UTF-8 bytes.
  public static func of(_ text: String) -> UInt64 {
    var text = text
    return text.withUTF8 { of($0) }
  }
}
