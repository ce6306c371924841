import AssayCore

/// The distinct texts of a string column in order of first appearance, with the rows holding each.
/// Texts are hashed where they lie (both cores, chunk by chunk), grouped on both cores (each core
/// takes the hashes with one top bit), equal hashes are confirmed byte by byte, and the two halves
/// are merged back into row order. No text is copied.
struct TextGroups: Sendable {
  /// The column's texts, chunk by chunk.
  let texts: [ChunkTexts]
  /// Each distinct text's first occurrence, in row order.
  private(set) var firsts: [TextRef] = []
  /// Rows holding each distinct text.
  private(set) var counts: [Int] = []

  /// Groups the non-null texts of a string column; nil for other types. Throws
  /// `CancellationError` soon after `monitor` is stopped.
  init?(_ column: Column, monitor: WorkMonitor? = nil) throws(CancellationError) {
    guard column.type == .string else { return nil }
    let texts = column.chunks.compactMap(ChunkTexts.init)
    self.texts = texts
    let starts = texts.reduce(into: [0]) { starts, chunk in
      starts.append(starts[starts.count - 1] + chunk.rowCount)
    }
    try monitor?.checkStopped()
    let hashed = concurrentResults(count: texts.count) { HashedChunk(texts[$0]) }
    monitor?.advance(rows: column.count / 2)
    try monitor?.checkStopped()
    let halves = concurrentResults(count: 2) { half in
      GroupedHalf(topBit: UInt64(half), texts: texts, hashed: hashed, starts: starts)
    }
    monitor?.advance(rows: column.count - column.count / 2)
    merge(halves[0], halves[1])
  }

  /// Group i's text.
  func text(_ group: Int) -> String { texts.string(firsts[group]) }

  /// Appends the groups of two halves in order of first appearance.
  private mutating func merge(_ a: GroupedHalf, _ b: GroupedHalf) {
    firsts.reserveCapacity(a.counts.count + b.counts.count)
    counts.reserveCapacity(a.counts.count + b.counts.count)
    var i = 0, j = 0
    while i < a.counts.count || j < b.counts.count {
      if j == b.counts.count || (i < a.counts.count && a.positions[i] < b.positions[j]) {
        firsts.append(a.firsts[i])
        counts.append(a.counts[i])
        i += 1
      } else {
        firsts.append(b.firsts[j])
        counts.append(b.counts[j])
        j += 1
      }
    }
  }
}

/// The groups of the texts whose hash has a given top bit, in order of first appearance, found
/// through an open-addressing table of group numbers.
private struct GroupedHalf: Sendable {
  /// Each group's first text.
  private(set) var firsts: [TextRef] = []
  /// Each group's first row in the column.
  private(set) var positions: [Int] = []
  /// Rows in each group.
  private(set) var counts: [Int] = []
  private var hashes: [UInt64] = []
  /// 0 is an empty slot, else the hash's upper half with `group + 1` in the lower.
  private var slots = [UInt64](repeating: 0, count: 1024)

  init(topBit: UInt64, texts: [ChunkTexts], hashed: [HashedChunk], starts: [Int]) {
    for (chunk, chunkTexts) in texts.enumerated() {
      // A dictionary chunk's codes are visited in the order of their first rows.
      let order = chunkTexts.firstRows.map { first in (0..<chunkTexts.count).sorted { first[$0] < first[$1] }
      }
      hashed[chunk].hashes.withUnsafeBufferPointer { h in
        func visit(_ item: Int) {
          guard h[item] &>> 63 == topBit, chunkTexts.present?.isValid(item) ?? true else { return }
          add(
            TextRef(chunk: chunk, item: item), hash: h[item], weight: chunkTexts.occurrences?[item] ?? 1,
            position: starts[chunk] + (chunkTexts.firstRows?[item] ?? item), texts: texts)
        }
        if let order {
          for item in order { visit(item) }
        } else {
          for item in 0..<h.count { visit(item) }
        }
      }
    }
  }

  private mutating func add(_ ref: TextRef, hash: UInt64, weight: Int, position: Int, texts: [ChunkTexts]) {
    let tag = hash & 0xFFFF_FFFF_0000_0000
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let stored = slots[slot]
      if stored == 0 { break }
      let group = Int(truncatingIfNeeded: stored & 0xFFFF_FFFF) - 1
      if stored & 0xFFFF_FFFF_0000_0000 == tag && hashes[group] == hash
        && texts.compare(firsts[group], ref) == 0
      {
        counts[group] += weight
        return
      }
      slot = (slot + 1) & mask
    }
    slots[slot] = tag | UInt64(counts.count + 1)
    hashes.append(hash)
    firsts.append(ref)
    positions.append(position)
    counts.append(weight)
    if counts.count * 2 > slots.count { grow() }
  }

  private mutating func grow() {
    slots = [UInt64](repeating: 0, count: slots.count * 2)
    let mask = slots.count - 1
    for (group, hash) in hashes.enumerated() {
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(group + 1)
    }
  }
}
