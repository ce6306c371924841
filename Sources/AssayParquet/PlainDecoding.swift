/// Decodes PLAIN-encoded values (and BOOLEAN's RLE form) of one page, appending them.
enum PlainDecoding {
  /// Appends `count` values of `physical` (FIXED_LEN_BYTE_ARRAY values `length` bytes each).
  static func decode(
    _ cursor: inout ByteCursor, physical: PhysicalType, length: Int, count: Int,
    into values: inout PhysicalValues
  ) throws {
    switch values {
    case .bool(var a):
      values = .bool([])  // leaves `a` the only reference, so it grows in place
      let packed = try cursor.take((count + 7) / 8)
      a.reserveCapacity(a.count + count)
      for i in 0..<count { a.append(packed[i >> 3] & (1 << UInt8(i & 7)) != 0) }
      values = .bool(a)
    case .int32(var a):
      values = .bool([])  // leaves `a` the only reference, so it grows in place
      try fixed(&cursor, count: count, into: &a)
      values = .int32(a)
    case .int64(var a):
      values = .bool([])  // leaves `a` the only reference, so it grows in place
      try fixed(&cursor, count: count, into: &a)
      values = .int64(a)
    case .float(var a):
      values = .bool([])  // leaves `a` the only reference, so it grows in place
      try fixed(&cursor, count: count, into: &a)
      values = .float(a)
    case .double(var a):
      values = .bool([])  // leaves `a` the only reference, so it grows in place
      try fixed(&cursor, count: count, into: &a)
      values = .double(a)
    case .bytes(var b):
      values = .bool([])  // leaves `b` the only reference, so it grows in place
      b.offsets.reserveCapacity(b.offsets.count + count)
      switch physical {
      case .byteArray:
        try byteArrays(&cursor, count: count, into: &b)
      default:
        let size = physical == .int96 ? 12 : length
        guard size > 0 else { throw ParquetFailure.damaged("a fixed-length column has no length") }
        let (total, overflow) = size.multipliedReportingOverflow(by: count)
        guard !overflow else { throw ParquetFailure.damaged("a page ends early") }
        let all = try cursor.take(total)
        b.data.append(contentsOf: all)
        guard b.data.count <= UInt32.max else {
          throw ParquetFailure.unsupported("a column chunk holds over 4 GB")
        }
        var end = b.offsets[b.offsets.count - 1]
        for _ in 0..<count {
          end += UInt32(size)
          b.offsets.append(end)
        }
      }
      values = .bytes(b)
    }
  }

  /// Appends `count` length-prefixed byte arrays: their lengths checked and summed first, so that
  /// the bytes are copied into room made once.
  private static func byteArrays(_ cursor: inout ByteCursor, count: Int, into b: inout ByteArrays) throws {
    let raw = cursor.bytes
    var position = cursor.position
    var total = 0
    for _ in 0..<count {
      guard raw.count - position >= 4 else { throw ParquetFailure.damaged("a page ends early") }
      let length = Int(raw.loadUnaligned(fromByteOffset: position, as: UInt32.self).littleEndian)
      guard length <= raw.count - position - 4 else { throw ParquetFailure.damaged("a page ends early") }
      total += length
      position += 4 + length
    }
    let start = b.data.count
    guard start + total <= UInt32.max else {
      throw ParquetFailure.unsupported("a column chunk holds over 4 GB of text")
    }
    b.data.append(contentsOf: repeatElement(0, count: total))
    var end = UInt32(start)
    position = cursor.position
    b.data.withUnsafeMutableBytes { target in
      for _ in 0..<count {
        let length = Int(raw.loadUnaligned(fromByteOffset: position, as: UInt32.self).littleEndian)
        if length > 0 {
          (target.baseAddress.unsafelyUnwrapped + Int(end)).copyMemory(
            from: raw.baseAddress.unsafelyUnwrapped + position + 4, byteCount: length)
        }
        end += UInt32(length)
        b.offsets.append(end)
        position += 4 + length
      }
    }
    cursor.position = position
  }

  /// Appends `count` little-endian fixed-width numbers.
  private static func fixed<T: FixedWidthInteger>(_ cursor: inout ByteCursor, count: Int, into a: inout [T])
    throws
  {
    let raw = try cursor.take(count * MemoryLayout<T>.size)
    let start = a.count
    a.append(contentsOf: repeatElement(0, count: count))
    a.withUnsafeMutableBytes { target in
      UnsafeMutableRawBufferPointer(rebasing: target[(start * MemoryLayout<T>.size)...]).copyMemory(from: raw)
    }
  }

  private static func fixed<T: BinaryFloatingPoint>(_ cursor: inout ByteCursor, count: Int, into a: inout [T])
    throws
  {
    let raw = try cursor.take(count * MemoryLayout<T>.size)
    let start = a.count
    a.append(contentsOf: repeatElement(0, count: count))
    a.withUnsafeMutableBytes { target in
      UnsafeMutableRawBufferPointer(rebasing: target[(start * MemoryLayout<T>.size)...]).copyMemory(from: raw)
    }
  }

  /// Appends `count` booleans written RLE (a version 2 page's booleans): a 4-byte length, then the hybrid.
  static func rleBooleans(_ cursor: inout ByteCursor, count: Int, into values: inout PhysicalValues) throws {
    guard case .bool(var a) = values else {
      throw ParquetFailure.damaged("RLE values in a column that is not boolean")
    }
    values = .bool([])
    let length = try cursor.uint32()
    var inner = ByteCursor(try cursor.take(Int(length)))
    var bits: [UInt32] = []
    try HybridDecoding.decode(&inner, width: 1, count: count, into: &bits)
    a.append(contentsOf: bits.lazy.map { $0 != 0 })
    values = .bool(a)
  }
}
