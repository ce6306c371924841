/// Reads little-endian numbers and bit-packed runs from a page's bytes, checking every read
/// against the end.
struct ByteCursor {
  /// The bytes.
  let bytes: UnsafeRawBufferPointer
  /// The offset of the next byte.
  var position = 0

  /// A cursor at the start of `bytes`.
  init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

  /// Bytes not yet read.
  var remaining: Int { bytes.count - position }

  /// The next `count` bytes, skipped over.
  mutating func take(_ count: Int) throws -> UnsafeRawBufferPointer {
    guard count >= 0, count <= remaining else { throw ParquetFailure.damaged("a page ends early") }
    defer { position += count }
    return UnsafeRawBufferPointer(rebasing: bytes[position..<position + count])
  }

  mutating func byte() throws -> UInt8 { try take(1)[0] }

  /// A little-endian unsigned 32-bit number.
  mutating func uint32() throws -> UInt32 {
    let raw = try take(4)
    return UInt32(raw[0]) | UInt32(raw[1]) << 8 | UInt32(raw[2]) << 16 | UInt32(raw[3]) << 24
  }

  /// An unsigned LEB128 varint.
  mutating func varint() throws -> UInt64 {
    var result: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      let b = try byte()
      guard shift < 64 else { throw ParquetFailure.damaged("a number in a page is too long") }
      result |= UInt64(b & 0x7F) << shift
      if b & 0x80 == 0 { return result }
      shift += 7
    }
  }

  /// A zigzag varint.
  mutating func zigzag() throws -> Int64 {
    let raw = try varint()
    return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
  }
}

/// Unpacks values of `width` bits (0...64), least significant bit first, as Parquet packs them.
enum BitUnpacking {
  /// Writes the `count` values packed from bit 0 of `packed` into `output`, which must have room.
  /// `packed` must hold at least `(count * width + 7) / 8` bytes.
  static func unpack(
    _ packed: UnsafeRawBufferPointer, width: Int, count: Int, into output: UnsafeMutablePointer<UInt64>
  ) {
    guard width > 0 else {
      output.update(repeating: 0, count: count)
      return
    }
    let mask: UInt64 = width == 64 ? ~0 : (1 << UInt64(width)) - 1
    let size = packed.count
    for i in 0..<count {
      let bit = i * width
      let byte = bit >> 3
      let shift = UInt64(bit & 7)
      var word: UInt64
      if byte + 8 <= size {
        word = packed.loadUnaligned(fromByteOffset: byte, as: UInt64.self).littleEndian
      } else {
        word = 0
        for k in 0..<min(8, size - byte) { word |= UInt64(packed[byte + k]) << (8 * UInt64(k)) }
      }
      var value = word >> shift
      if Int(shift) + width > 64, byte + 8 < size {
        value |= UInt64(packed[byte + 8]) << (64 - shift)
      }
      output[i] = value & mask
    }
  }
}
