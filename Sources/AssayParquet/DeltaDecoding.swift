/// Decodes the DELTA encodings: DELTA_BINARY_PACKED integers, and the byte arrays built on them
/// (DELTA_LENGTH_BYTE_ARRAY, DELTA_BYTE_ARRAY).
enum DeltaDecoding {
  /// Decodes one DELTA_BINARY_PACKED run from `cursor` (its header gives the count, which may not
  /// pass `limit`, the page's values), wrapping on overflow as the format's writers do.
  static func integers(_ cursor: inout ByteCursor, limit: Int) throws -> [Int64] {
    let blockSize = try cursor.varint()
    let miniblocks = try cursor.varint()
    let total = try cursor.varint()
    var current = try cursor.zigzag()
    guard blockSize > 0, blockSize % 128 == 0, miniblocks > 0, blockSize % miniblocks == 0,
      blockSize / miniblocks % 32 == 0, blockSize <= 1 << 20
    else { throw ParquetFailure.damaged("a delta block has a bad size") }
    guard total <= UInt64(limit) else {
      throw ParquetFailure.damaged("a page holds more values than it counts")
    }
    let perMiniblock = Int(blockSize / miniblocks)
    var values: [Int64] = []
    values.reserveCapacity(Int(total))
    if total == 0 { return values }
    values.append(current)
    var scratch = [UInt64](repeating: 0, count: perMiniblock)
    while values.count < Int(total) {
      let minimum = try cursor.zigzag()
      let widths = try cursor.take(Int(miniblocks))
      for m in 0..<Int(miniblocks) where values.count < Int(total) {
        let width = Int(widths[m])
        guard width <= 64 else { throw ParquetFailure.damaged("a delta bit width of \(width)") }
        let bytes = perMiniblock * width / 8
        let needed = min(perMiniblock, Int(total) - values.count)
        // The last miniblock may be cut short after the values it holds.
        let packed = try cursor.take(min(bytes, cursor.remaining))
        guard packed.count * 8 >= needed * width else { throw ParquetFailure.damaged("a page ends early") }
        scratch.withUnsafeMutableBufferPointer {
          BitUnpacking.unpack(packed, width: width, count: needed, into: $0.baseAddress.unsafelyUnwrapped)
        }
        for k in 0..<needed {
          current = current &+ minimum &+ Int64(bitPattern: scratch[k])
          values.append(current)
        }
      }
    }
    return values
  }

  /// Appends DELTA_LENGTH_BYTE_ARRAY values: the lengths delta-packed, then the bytes end to end.
  static func lengthPrefixed(_ cursor: inout ByteCursor, count: Int, into arrays: inout ByteArrays) throws {
    let lengths = try integers(&cursor, limit: count)
    guard lengths.count >= count else {
      throw ParquetFailure.damaged("a page holds fewer values than it counts")
    }
    for length in lengths.prefix(count) {
      guard length >= 0, length <= cursor.remaining else { throw ParquetFailure.damaged("a page ends early") }
      try arrays.append(try cursor.take(Int(length)))
    }
  }

  /// Appends DELTA_BYTE_ARRAY values: each shares a prefix of the one before, then adds a suffix.
  static func prefixShared(_ cursor: inout ByteCursor, count: Int, into arrays: inout ByteArrays) throws {
    let prefixes = try integers(&cursor, limit: count)
    var suffixes = ByteArrays()
    try lengthPrefixed(&cursor, count: count, into: &suffixes)
    guard prefixes.count >= count else {
      throw ParquetFailure.damaged("a page holds fewer values than it counts")
    }
    var previous: [UInt8] = []
    for i in 0..<count {
      let prefix = prefixes[i]
      guard prefix >= 0, prefix <= previous.count else {
        throw ParquetFailure.damaged("a shared prefix is longer than the value before it")
      }
      var value = Array(previous[0..<Int(prefix)])
      suffixes.withValue(i) { value.append(contentsOf: $0) }
      try value.withUnsafeBytes { try arrays.append($0) }
      previous = value
    }
  }
}
