import AssayCore
import Foundation

/// The exact distinct count and the smallest and largest text of a string column, found without
/// copying a single text: every present text is hashed where it lies (both cores, chunk by chunk),
/// the hashes are radix-sorted in two halves on both cores and counted as runs, and every run of
/// equal hashes is checked byte by byte, so two different texts sharing a hash are still told apart.
struct TextSummary: Sendable {
  /// Number of distinct texts.
  let distinctCount: Int
  /// The smallest text in UTF-8 byte order (code point order), nil when every row is null.
  let min: String?
  /// The largest text, nil when every row is null.
  let max: String?

  /// Summarizes a string column; nil for other types. Stops early when `monitor` is stopped.
  init?(_ column: Column, monitor: WorkMonitor? = nil) throws(CancellationError) {
    guard column.type == .string else { return nil }
    let texts = column.chunks.compactMap(ChunkTexts.init)
    let hashed = concurrentResults(count: texts.count) { HashedChunk(texts[$0]) }
    try monitor?.checkStopped()
    let halves = concurrentResults(count: 2) { half in
      DistinctHalf(topBit: UInt64(half), texts: texts, hashed: hashed).distinctCount
    }
    try monitor?.checkStopped()
    distinctCount = halves.reduce(0, +)
    let extremes = hashed.indices.compactMap { chunk in hashed[chunk].extremes.map { (chunk, $0) } }
    func ref(_ chunk: Int, _ item: Int) -> TextRef { TextRef(chunk: chunk, item: item) }
    let low = extremes.map { ref($0.0, $0.1.min) }.min { texts.compare($0, $1) < 0 }
    let high = extremes.map { ref($0.0, $0.1.max) }.max { texts.compare($0, $1) < 0 }
    min = low.map { texts.string($0) }
    max = high.map { texts.string($0) }
  }
}

/// Every item's hash (absent items hash to 0 and are skipped later) and the chunk's extremes.
struct HashedChunk: Sendable {
  /// `hashes[i]` is item i's `TextHash`.
  let hashes: [UInt64]
  /// The items holding the smallest and largest present text, nil when none is present.
  let extremes: (min: Int, max: Int)?
  /// Present items whose hash has top bit 0 and top bit 1.
  let halfCounts: (low: Int, high: Int)
}

extension HashedChunk {
  /// Hashes the chunk's texts in one pass, noting the smallest and largest on the way; texts are
  /// compared by their first eight bytes first, and in full only when those are equal.
  init(_ texts: ChunkTexts) {
    var low = -1, high = -1
    var lowPrefix: UInt64 = 0, highPrefix: UInt64 = 0
    var lowHalf = 0, highHalf = 0
    hashes = texts.bytes.withUnsafeBufferPointer { bytes in
      texts.offsets.withUnsafeBufferPointer { offsets in
        [UInt64](unsafeUninitializedCapacity: texts.count) { out, initialized in
          func text(_ i: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: bytes[Int(offsets[i])..<Int(offsets[i &+ 1])])
          }
          for i in 0..<texts.count {
            guard texts.present?.isValid(i) ?? true else {
              out[i] = 0
              continue
            }
            let current = text(i)
            let hash = TextHash.of(current)
            out[i] = hash
            if hash &>> 63 == 0 { lowHalf += 1 } else { highHalf += 1 }
            let prefix = TextOrder.prefix(current)
            if low < 0 {
              (low, high, lowPrefix, highPrefix) = (i, i, prefix, prefix)
            } else if prefix < lowPrefix || (prefix == lowPrefix && TextOrder.compare(current, text(low)) < 0)
            {
              (low, lowPrefix) = (i, prefix)
            } else if prefix > highPrefix
              || (prefix == highPrefix && TextOrder.compare(current, text(high)) > 0)
            {
              (high, highPrefix) = (i, prefix)
            }
          }
          initialized = texts.count
        }
      }
    }
    extremes = low < 0 ? nil : (low, high)
    halfCounts = (lowHalf, highHalf)
  }
}
