import AssayCore

/// Sorting of 64-bit keys by least-significant-digit radix sort: linear time, which is what
/// lets describe, quantiles and frequency tables keep up with columns of tens of millions of rows.
enum RadixSort {
  private static let digitBits = 11
  private static let bucketCount = 1 << digitBits
  private static let digitCount = (64 + digitBits - 1) / digitBits

  /// Sorts `keys` ascending. Digits that every key shares are skipped, so keys from a narrow
  /// range (small integers, dates) take only a few passes.
  static func sort(_ keys: inout [UInt64]) {
    let n = keys.count
    if n < 512 || n > Int(UInt32.max) {
      keys.sort()
      return
    }
    // All six digit histograms in one read of the keys (unrolled for 11-bit digits).
    var counts = [UInt32](repeating: 0, count: digitCount * bucketCount)
    keys.withUnsafeBufferPointer { source in
      counts.withUnsafeMutableBufferPointer { histogram in
        for key in source {
          histogram[Int(key & 0x7FF)] &+= 1
          histogram[2048 &+ Int((key &>> 11) & 0x7FF)] &+= 1
          histogram[4096 &+ Int((key &>> 22) & 0x7FF)] &+= 1
          histogram[6144 &+ Int((key &>> 33) & 0x7FF)] &+= 1
          histogram[8192 &+ Int((key &>> 44) & 0x7FF)] &+= 1
          histogram[10240 &+ Int(key &>> 55)] &+= 1
        }
      }
    }
    var scratch = [UInt64](unsafeUninitializedCapacity: n) { buffer, initialized in
      HugePageArrays.advise(buffer)
      initialized = n
    }
    var sortedIsInScratch = false
    for digit in 0..<digitCount {
      let base = digit * bucketCount
      if counts[base..<base + bucketCount].contains(UInt32(truncatingIfNeeded: n)) { continue }
      var offsets = [Int](repeating: 0, count: bucketCount)
      var running = 0
      for bucket in 0..<bucketCount {
        offsets[bucket] = running
        running += Int(counts[base + bucket])
      }
      let shift = UInt64(digit * digitBits)
      if sortedIsInScratch {
        scatter(from: scratch, into: &keys, offsets: &offsets, shift: shift)
      } else {
        scatter(from: keys, into: &scratch, offsets: &offsets, shift: shift)
      }
      sortedIsInScratch.toggle()
    }
    if sortedIsInScratch { keys = scratch }
  }

  private static func scatter(
    from source: [UInt64], into destination: inout [UInt64], offsets: inout [Int], shift: UInt64
  ) {
    source.withUnsafeBufferPointer { src in
      destination.withUnsafeMutableBufferPointer { dst in
        offsets.withUnsafeMutableBufferPointer { next in
          for key in src {
            let bucket = Int((key &>> shift) & 0x7FF)
            dst[next[bucket]] = key
            next[bucket] &+= 1
          }
        }
      }
    }
  }
}
