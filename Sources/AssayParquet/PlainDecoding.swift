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
        for _ in 0..<count {
          let size = try cursor.uint32()
          try b.append(try cursor.take(Int(size)))
        }
      default:
        let size = physical == .int96 ? 12 : length
        guard size > 0 else { throw ParquetFailure.damaged("a fixed-length column has no length") }
        let all = try cursor.take(size * count)
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
