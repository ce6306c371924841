/// Stable least-significant-digit radix sort of 64-bit keys that carries a row index along.
public enum KeyedRadixSort {
  private static let digitBits = 11
  private static let bucketCount = 1 << digitBits

  /// Sorts `keys` ascending, moving `rows[i]` with `keys[i]`; equal keys keep their order.
  /// Only the digits in which keys differ are sorted. Returns false, leaving the order unspecified,
  /// when `monitor` is stopped before the end.
  @discardableResult
  public static func sort(keys: inout [UInt64], carrying rows: inout [UInt32], monitor: WorkMonitor? = nil)
    -> Bool
  {
    let count = keys.count
    guard count > 1 else { return true }
    var differing: UInt64 = 0
    let first = keys[0]
    for key in keys { differing |= key ^ first }
    guard differing != 0 else { return true }
    let lowestBit = differing.trailingZeroBitCount
    let highestBit = 64 - differing.leadingZeroBitCount
    var keyScratch: [UInt64] = HugePageArrays.make(count: count) {
      $0.initialize(repeating: 0); return count
    }
    var rowScratch: [UInt32] = HugePageArrays.make(count: count) {
      $0.initialize(repeating: 0); return count
    }
    var shift = lowestBit
    while shift < highestBit {
      if monitor?.isStopped == true { return false }
      pass(shift: UInt64(shift), keys: keys, rows: rows, keysOut: &keyScratch, rowsOut: &rowScratch)
      swap(&keys, &keyScratch)
      swap(&rows, &rowScratch)
      shift += digitBits
    }
    return true
  }

  private static func pass(
    shift: UInt64, keys: [UInt64], rows: [UInt32], keysOut: inout [UInt64], rowsOut: inout [UInt32]
  ) {
    let mask = UInt64(bucketCount - 1)
    var starts = [Int](repeating: 0, count: bucketCount)
    keys.withUnsafeBufferPointer { keyIn in
      rows.withUnsafeBufferPointer { rowIn in
        keysOut.withUnsafeMutableBufferPointer { keyOut in
          rowsOut.withUnsafeMutableBufferPointer { rowOut in
            starts.withUnsafeMutableBufferPointer { starts in
              for key in keyIn { starts[Int((key >> shift) & mask)] += 1 }
              var total = 0
              for bucket in 0..<bucketCount {
                let size = starts[bucket]
                starts[bucket] = total
                total += size
              }
              for i in 0..<keyIn.count {
                let bucket = Int((keyIn[i] >> shift) & mask)
                let target = starts[bucket]
                starts[bucket] = target + 1
                keyOut[target] = keyIn[i]
                rowOut[target] = rowIn[i]
              }
            }
          }
        }
      }
    }
  }
}
