/// Decodes Parquet's RLE/bit-packed hybrid encoding: runs of one repeated value and groups of
/// bit-packed values, as levels, dictionary indices and RLE booleans are written.
enum HybridDecoding {
  /// Decodes `count` values of `width` bits (at most 32) from `cursor` into `output` (levels as
  /// bytes, indexes as 32-bit numbers); values wider than `T` are cut to it.
  static func decode<T: FixedWidthInteger>(
    _ cursor: inout ByteCursor, width: Int, count: Int, into output: inout [T]
  ) throws {
    guard (0...32).contains(width) else { throw ParquetFailure.damaged("a bit width of \(width) in a page") }
    output.reserveCapacity(output.count + count)
    let valueBytes = (width + 7) / 8
    var left = count
    var scratch = [UInt64](repeating: 0, count: 512)
    while left > 0 {
      let header = try cursor.varint()
      if header & 1 == 0 {
        let run = header >> 1
        guard run > 0 else { throw ParquetFailure.damaged("an empty run in a page") }
        var value: UInt32 = 0
        for (k, b) in try cursor.take(valueBytes).enumerated() { value |= UInt32(b) << (8 * UInt32(k)) }
        guard width == 32 || value >> UInt32(width) == 0 else {
          throw ParquetFailure.damaged("a run's value is wider than its bit width")
        }
        let taken = Int(min(run, UInt64(left)))
        output.append(contentsOf: repeatElement(T(truncatingIfNeeded: value), count: taken))
        left -= taken
      } else {
        let groups = header >> 1
        guard groups > 0, groups <= UInt64(Int32.max) else {
          throw ParquetFailure.damaged("a bad bit-packed run in a page")
        }
        let values = Int(groups) * 8
        let needed = min(values, left)
        // The last run may stop short of its groups' bytes; what it holds must cover the values used.
        let available = min(cursor.remaining, values * width / 8)
        guard available * 8 >= needed * width else { throw ParquetFailure.damaged("a page ends early") }
        let packed = try cursor.take(available)
        var done = 0
        while done < needed {
          let step = min(512, needed - done)
          let start = done * width / 8  // `done` is a multiple of 512, so this is byte aligned
          scratch.withUnsafeMutableBufferPointer { buffer in
            BitUnpacking.unpack(
              UnsafeRawBufferPointer(rebasing: packed[start...]), width: width, count: step,
              into: buffer.baseAddress.unsafelyUnwrapped)
          }
          for k in 0..<step { output.append(T(truncatingIfNeeded: scratch[k])) }
          done += step
        }
        left -= needed
      }
    }
  }

  /// The number of bits that hold values up to `maximum`.
  static func width(for maximum: Int) -> Int {
    maximum <= 0 ? 0 : Int.bitWidth - maximum.leadingZeroBitCount
  }
}
