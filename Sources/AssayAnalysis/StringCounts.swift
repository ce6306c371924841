import AssayCore
import Foundation

/// How often each distinct text occurs in a string column: dictionary-coded chunks are counted by
/// code, packed chunks through a hash table over the raw UTF-8 bytes, so no `String` is made per row.
struct StringCounts: Sendable {
  /// Distinct texts' UTF-8 bytes, back to back.
  private(set) var arena: [UInt8] = []
  /// `arena[starts[i]..<starts[i + 1]]` is entry i; one more start than entries.
  private(set) var starts: [Int] = [0]
  /// Occurrences of entry i.
  private(set) var counts: [Int] = []
  private var hashes: [UInt64] = []
  /// Open-addressing table: 0 is empty, else the hash's upper half with `entry + 1` in the lower,
  /// so a probe rejects most mismatches without touching the entries.
  private var slots = [UInt64](repeating: 0, count: 1024)

  /// Counts the non-null values of a string column; nil for other types. Reports each chunk's rows
  /// to `monitor` and throws `CancellationError` at the next chunk once it is stopped.
  init?(_ column: Column, monitor: WorkMonitor? = nil) throws(CancellationError) {
    guard column.type == .string else { return nil }
    for chunk in column.chunks {
      try monitor?.checkStopped()
      defer { monitor?.advance(rows: chunk.count) }
      guard case .string(let storage) = chunk.values else { continue }
      switch storage {
      case .dictionary(let codes, let dictionary):
        addDictionaryChunk(codes: codes, dictionary: dictionary, validity: chunk.validity)
      case .packed(let bytes, let offsets):
        addPackedChunk(bytes: bytes, offsets: offsets, validity: chunk.validity)
      }
    }
  }

  /// Number of distinct texts.
  var distinctCount: Int { counts.count }

  /// Entry i's text.
  func text(_ entry: Int) -> String {
    arena.withUnsafeBufferPointer {
      String(decoding: UnsafeBufferPointer(rebasing: $0[starts[entry]..<starts[entry + 1]]), as: UTF8.self)
    }
  }

  /// True when entry a's bytes order before entry b's (UTF-8 byte order is code point order).
  func precedes(_ a: Int, _ b: Int) -> Bool {
    let lengthA = starts[a + 1] - starts[a], lengthB = starts[b + 1] - starts[b]
    let order = arena.withUnsafeBufferPointer { bytes -> Int32 in
      guard let base = bytes.baseAddress else { return 0 }
      return memcmp(base + starts[a], base + starts[b], min(lengthA, lengthB))
    }
    return order != 0 ? order < 0 : lengthA < lengthB
  }

  /// The entries with the smallest and largest text, or nil when there are none.
  var extremeEntries: (min: Int, max: Int)? {
    guard !counts.isEmpty else { return nil }
    var low = 0, high = 0
    for entry in 1..<counts.count {
      if precedes(entry, low) { low = entry }
      if precedes(high, entry) { high = entry }
    }
    return (low, high)
  }

  private mutating func addDictionaryChunk(codes: [UInt32], dictionary: [String], validity: ValidityBitmap?) {
    var perCode = [Int](repeating: 0, count: dictionary.count)
    codes.withUnsafeBufferPointer { c in
      perCode.withUnsafeMutableBufferPointer { tally in
        if let validity {
          for i in c.indices where validity.isValid(i) { tally[Int(c[i])] &+= 1 }
        } else {
          for code in c { tally[Int(code)] &+= 1 }
        }
      }
    }
    for (code, occurrences) in perCode.enumerated() where occurrences > 0 {
      var text = dictionary[code]
      text.withUTF8 { add($0, occurrences: occurrences) }
    }
  }

  private mutating func addPackedChunk(bytes: [UInt8], offsets: [UInt32], validity: ValidityBitmap?) {
    bytes.withUnsafeBufferPointer { b in
      offsets.withUnsafeBufferPointer { o in
        for i in 0..<(o.count - 1) where validity?.isValid(i) ?? true {
          add(UnsafeBufferPointer(rebasing: b[Int(o[i])..<Int(o[i + 1])]), occurrences: 1)
        }
      }
    }
  }

  private mutating func add(_ text: UnsafeBufferPointer<UInt8>, occurrences: Int) {
    let hash = TextHash.of(text)
    let tag = hash & 0xFFFF_FFFF_0000_0000
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let stored = slots[slot]
      if stored == 0 { break }
      let entry = Int(truncatingIfNeeded: stored & 0xFFFF_FFFF) - 1
      if stored & 0xFFFF_FFFF_0000_0000 == tag && matches(entry, text) {
        counts[entry] += occurrences
        return
      }
      slot = (slot + 1) & mask
    }
    slots[slot] = tag | UInt64(counts.count + 1)
    hashes.append(hash)
    counts.append(occurrences)
    arena.append(contentsOf: text)
    starts.append(arena.count)
    if counts.count * 2 > slots.count { grow() }
  }

  private func matches(_ entry: Int, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = starts[entry], end = starts[entry + 1]
    guard end - start == text.count else { return false }
    guard let textBase = text.baseAddress else { return true }
    return arena.withUnsafeBufferPointer { a in
      guard let arenaBase = a.baseAddress else { return false }
      return memcmp(arenaBase + start, textBase, text.count) == 0
    }
  }

  private mutating func grow() {
    slots = [UInt64](repeating: 0, count: slots.count * 2)
    let mask = slots.count - 1
    for (entry, hash) in hashes.enumerated() {
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(entry + 1)
    }
  }
}
