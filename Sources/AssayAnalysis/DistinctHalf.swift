import AssayCore

/// The distinct texts among those whose hash has a given top bit: the hashes are radix-sorted and
/// counted as runs; then every text whose hash occurs more than once is compared with the first
/// text of that hash, and texts that differ from it (a hash collision) are counted apart.
struct DistinctHalf {
  /// Number of distinct texts in this half.
  private(set) var distinctCount = 0

  /// Counts the distinct texts of the half of `hashed` whose hashes have top bit `topBit`.
  init(topBit: UInt64, texts: [ChunkTexts], hashed: [HashedChunk]) {
    // Exactly this half's hashes, on huge pages where the kernel allows.
    let count = hashed.reduce(0) { $0 + (topBit == 0 ? $1.halfCounts.low : $1.halfCounts.high) }
    // An empty half: the standard library's one shared empty array must not be written from both
    // halves' threads (creating it with a capacity of 0 writes its count).
    guard count > 0 else { return }
    var keys = [UInt64](unsafeUninitializedCapacity: count) { buffer, initialized in
      HugePageArrays.advise(buffer)
      for (chunk, hashes) in hashed.enumerated() {
        Self.forEachItem(in: texts[chunk], hashes: hashes.hashes, topBit: topBit) { _, hash in
          buffer[initialized] = hash
          initialized += 1
        }
      }
    }
    RadixSort.sort(&keys)
    var repeated: [UInt64] = []
    keys.withUnsafeBufferPointer { k in
      var start = 0
      while start < k.count {
        var end = start &+ 1
        while end < k.count && k[end] == k[start] { end &+= 1 }
        distinctCount &+= 1
        if end &- start > 1 { repeated.append(k[start]) }
        start = end
      }
    }
    keys = []
    guard !repeated.isEmpty else { return }
    distinctCount += Self.collidingTexts(repeated, topBit: topBit, texts: texts, hashed: hashed)
  }

  /// Calls `body` with each present item of a chunk whose hash has top bit `topBit`.
  @inline(__always) private static func forEachItem(
    in texts: ChunkTexts, hashes: [UInt64], topBit: UInt64, _ body: (Int, UInt64) -> Void
  ) {
    hashes.withUnsafeBufferPointer { h in
      for i in h.indices where h[i] &>> 63 == topBit && (texts.present?.isValid(i) ?? true) { body(i, h[i]) }
    }
  }

  /// How many more distinct texts there are than distinct hashes among `repeated` hashes: each text
  /// with such a hash is compared with the first text seen with it.
  private static func collidingTexts(
    _ repeated: [UInt64], topBit: UInt64, texts: [ChunkTexts], hashed: [HashedChunk]
  ) -> Int {
    var firstTexts = RepeatedHashes(repeated)
    var others: [UInt64: Set<[UInt8]>] = [:]
    for (chunk, hashes) in hashed.enumerated() {
      forEachItem(in: texts[chunk], hashes: hashes.hashes, topBit: topBit) { item, hash in
        guard firstTexts.mightHold(hash), let slot = firstTexts.slot(of: hash) else { return }
        let ref = TextRef(chunk: chunk, item: item)
        guard let first = firstTexts.firstText(at: slot) else {
          firstTexts.setFirstText(ref, at: slot)
          return
        }
        guard texts.compare(first, ref) != 0 else { return }
        others[hash, default: [texts.withText(first) { Array($0) }]].insert(texts.withText(ref) { Array($0) })
      }
    }
    return others.values.reduce(0) { $0 + $1.count - 1 }
  }
}

/// A set of hashes with, per hash, the first text found with it; a bit filter in front rejects
/// most other hashes without touching the table.
private struct RepeatedHashes {
  private var filter: [UInt64]
  private let filterMask: Int
  private var keys: [UInt64]
  private var firsts: [Int]
  private let mask: Int
  private static let empty = -2, noText = -1

  init(_ hashes: [UInt64]) {
    var size = 1024
    while size < hashes.count * 2 { size <<= 1 }
    mask = size - 1
    keys = [UInt64](repeating: 0, count: size)
    firsts = [Int](repeating: Self.empty, count: size)
    var filterBits = 1 << 16
    while filterBits < hashes.count * 32 && filterBits < 1 << 27 { filterBits <<= 1 }
    filterMask = filterBits - 1
    filter = [UInt64](repeating: 0, count: filterBits / 64)
    for hash in hashes {
      let bit = Int(truncatingIfNeeded: hash &>> 20) & filterMask
      filter[bit >> 6] |= 1 << UInt64(bit & 63)
      var slot = Int(truncatingIfNeeded: hash) & mask
      while firsts[slot] != Self.empty { slot = (slot + 1) & mask }
      keys[slot] = hash
      firsts[slot] = Self.noText
    }
  }

  /// False when `hash` is surely not in the set.
  @inline(__always) func mightHold(_ hash: UInt64) -> Bool {
    let bit = Int(truncatingIfNeeded: hash &>> 20) & filterMask
    return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }

  /// The slot of `hash`, nil when it is not in the set.
  func slot(of hash: UInt64) -> Int? {
    var slot = Int(truncatingIfNeeded: hash) & mask
    while firsts[slot] != Self.empty {
      if keys[slot] == hash { return slot }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// The first text recorded in `slot`, if any.
  func firstText(at slot: Int) -> TextRef? {
    let packed = firsts[slot]
    return packed < 0 ? nil : TextRef(chunk: packed >> 32, item: packed & 0xFFFF_FFFF)
  }

  /// Records the first text of `slot`'s hash.
  mutating func setFirstText(_ ref: TextRef, at slot: Int) { firsts[slot] = ref.chunk << 32 | ref.item }
}
