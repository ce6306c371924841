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

/// One text of a column: item `item` (a row of a packed chunk, a code of a dictionary chunk) of chunk `chunk`.
struct TextRef: Sendable {
  /// The chunk's index among the column's string chunks.
  let chunk: Int
  /// The row or dictionary code within the chunk.
  let item: Int
}

/// A chunk's texts as packed bytes with offsets, and which of them occur: rows that are not null
/// for a packed chunk (item i is row i), codes that some non-null row uses for a dictionary chunk
/// (item i is code i, with its number of rows and its first row).
struct ChunkTexts: Sendable {
  /// Item i is `bytes[offsets[i]..<offsets[i + 1]]`.
  let bytes: [UInt8]
  /// One more offset than items.
  let offsets: [UInt32]
  /// Which items occur; nil when all do.
  let present: ValidityBitmap?
  /// The chunk's number of rows.
  let rowCount: Int
  /// For a dictionary chunk, the rows holding each code; nil when each item is one row.
  let occurrences: [Int]?
  /// For a dictionary chunk, the first row holding each code (unused codes: `rowCount`).
  let firstRows: [Int]?

  /// The texts of a string chunk; nil for other chunks.
  init?(_ chunk: ColumnChunk) {
    guard case .string(let storage) = chunk.values else { return nil }
    rowCount = chunk.count
    switch storage {
    case .packed(let bytes, let offsets):
      self.bytes = bytes
      self.offsets = offsets
      present = chunk.validity
      occurrences = nil
      firstRows = nil
    case .dictionary(let codes, let dictionary):
      var packed: [UInt8] = [], offsets: [UInt32] = [0]
      for text in dictionary {
        packed.append(contentsOf: text.utf8)
        offsets.append(UInt32(truncatingIfNeeded: packed.count))
      }
      var used = ValidityBitmap(count: dictionary.count, allValid: false)
      var rows = [Int](repeating: 0, count: dictionary.count)
      var first = [Int](repeating: codes.count, count: dictionary.count)
      for row in codes.indices where chunk.validity?.isValid(row) ?? true {
        let code = Int(codes[row])
        if rows[code] == 0 { first[code] = row }
        rows[code] += 1
        used.set(code, valid: true)
      }
      bytes = packed
      self.offsets = offsets
      present = used
      occurrences = rows
      firstRows = first
    }
  }

  /// Number of items.
  var count: Int { offsets.count - 1 }
}

extension [ChunkTexts] {
  /// Calls `body` with the bytes of the text `ref` names.
  func withText<R>(_ ref: TextRef, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    let texts = self[ref.chunk]
    let start = Int(texts.offsets[ref.item]), end = Int(texts.offsets[ref.item + 1])
    return texts.bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
  }

  /// Byte order of two texts: negative, zero or positive.
  func compare(_ a: TextRef, _ b: TextRef) -> Int {
    withText(a) { x in withText(b) { y in TextOrder.compare(x, y) } }
  }

  /// The text `ref` names.
  func string(_ ref: TextRef) -> String { withText(ref) { String(decoding: $0, as: UTF8.self) } }
}

/// Byte-wise ordering of UTF-8 texts, which is code point order.
enum TextOrder {
  /// Negative when `a` orders first, zero when equal, positive when `b` orders first.
  @inline(__always) static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>)
    -> Int
  {
    let shared = Swift.min(a.count, b.count)
    if shared > 0, let x = a.baseAddress, let y = b.baseAddress {
      let order = memcmp(x, y, shared)
      if order != 0 { return Int(order) }
    }
    return a.count - b.count
  }

  /// The first eight bytes as a big-endian number, zero-padded: when two prefixes differ, the
  /// texts order as their prefixes do.
  @inline(__always) static func prefix(_ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
    guard let base = text.baseAddress else { return 0 }
    if text.count >= 8 { return UInt64(bigEndian: UnsafeRawPointer(base).loadUnaligned(as: UInt64.self)) }
    var value: UInt64 = 0
    for i in 0..<8 { value = value << 8 | UInt64(i < text.count ? text[i] : 0) }
    return value
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
