import Foundation

/// Ranks of packed text in code-point order without making a `String` per row: rows are radix
/// sorted by 8-byte slices of their UTF-8 bytes, slice after slice within groups that tie, and
/// small groups by comparing their bytes (UTF-8 byte order is code-point order).
enum TextRanks {
  /// Groups this small are sorted by comparing bytes instead of by another radix pass.
  static let comparisonGroup = 32

  /// Each row's rank among the column's distinct texts (a null row ranks as its stored text);
  /// nil when some chunk is not packed text or there are too many chunks to read in place.
  /// Once `monitor` is stopped, the ranks returned mean nothing.
  static func ranks(_ column: Column, monitor: WorkMonitor? = nil) -> [UInt64]? {
    var byteArrays: [[UInt8]] = []
    var offsetArrays: [[UInt32]] = []
    for chunk in column.chunks {
      guard case .string(.packed(let bytes, let offsets)) = chunk.values else { return nil }
      byteArrays.append(bytes)
      offsetArrays.append(offsets)
    }
    guard column.chunks.count <= GatherSource.chunkLimit else { return nil }
    return RowLocator.withBasePointers(byteArrays[...]) { bases in
      ranks(Texts(bases: bases, offsets: offsetArrays, count: column.count), monitor: monitor)
    }
  }

  private static func ranks(_ texts: Texts, monitor: WorkMonitor?) -> [UInt64] {
    var rows = HugePageArrays.make(count: texts.count) { (buffer: UnsafeMutableBufferPointer<UInt32>) in
      for i in 0..<texts.count { buffer[i] = UInt32(truncatingIfNeeded: i) }
      return texts.count
    }
    rows.withUnsafeMutableBufferPointer { rows in
      let shared = SharedRows(rows: rows)
      let groups = sortGroup(rows, texts, depth: 0)
      let shares = share(groups, workers: groups.count < 2 ? 1 : ProcessInfo.processInfo.activeProcessorCount)
      _ = concurrentResults(count: shares.count) { worker in
        var pending = shares[worker].map { (range: $0, depth: 8) }
        while let (range, depth) = pending.popLast(), monitor?.isStopped != true {
          pending += sortGroup(shared.slice(range), texts, depth: depth).map {
            ($0.lowerBound + range.lowerBound..<$0.upperBound + range.lowerBound, depth + 8)
          }
        }
        return true
      }
    }
    var ranks = [UInt64](repeating: 0, count: texts.count)
    if monitor?.isStopped == true { return ranks }
    let sorted = rows
    let pieceRows = (rows.count + 1) / 2
    let pieces = stride(from: 0, to: rows.count, by: max(1, pieceRows)).map {
      $0..<min(rows.count, $0 + pieceRows)
    }
    // Which rows start a new text, found on both cores: the bytes are read at random places.
    let starts = concurrentResults(count: pieces.count) { piece in
      pieces[piece].map { $0 > 0 && texts.compare(Int(sorted[$0 - 1]), Int(sorted[$0]), from: 0) != 0 }
    }
    var rank: UInt64 = 0
    var position = 0
    for piece in starts {
      for startsText in piece {
        if startsText { rank += 1 }
        ranks[Int(sorted[position])] = rank
        position += 1
      }
    }
    return ranks
  }

  /// The groups split among `workers` with about as many rows each, largest groups first.
  private static func share(_ groups: [Range<Int>], workers: Int) -> [[Range<Int>]] {
    var shares = [[Range<Int>]](repeating: [], count: max(1, workers))
    var sizes = [Int](repeating: 0, count: shares.count)
    for group in groups.sorted(by: { $0.count > $1.count }) {
      let lightest = sizes.indices.min { sizes[$0] < sizes[$1] } ?? 0
      shares[lightest].append(group)
      sizes[lightest] += group.count
    }
    return shares
  }

  /// Sorts rows whose texts agree before byte `depth`; returns the ranges (within `rows`) of the
  /// groups that also agree on the 8 bytes from `depth` and still need sorting past them.
  private static func sortGroup(_ rows: UnsafeMutableBufferPointer<UInt32>, _ texts: Texts, depth: Int)
    -> [Range<Int>]
  {
    guard rows.count > comparisonGroup else {
      var group = rows
      group.sort { texts.compare(Int($0), Int($1), from: depth) < 0 }
      return []
    }
    var keys = rows.map { texts.slice(Int($0), at: depth) }
    var carried = Array(rows)
    KeyedRadixSort.sort(keys: &keys, carrying: &carried)
    var ties: [Range<Int>] = []
    var start = 0
    for end in 1...keys.count where end == keys.count || keys[end] != keys[start] {
      if end - start > 1 {
        let group = start..<end
        if group.contains(where: { texts.length(Int(carried[$0])) > depth + 8 }) {
          ties.append(group)
        } else {
          carried[group].sort { texts.length(Int($0)) < texts.length(Int($1)) }
        }
      }
      start = end
    }
    for i in 0..<carried.count { rows[i] = carried[i] }
    return ties
  }
}

/// The rows being sorted, shared by threads that each sort their own groups of them.
private struct SharedRows: @unchecked Sendable {
  // Each thread writes only inside the ranges it was given.
  let rows: UnsafeMutableBufferPointer<UInt32>

  func slice(_ range: Range<Int>) -> UnsafeMutableBufferPointer<UInt32> {
    UnsafeMutableBufferPointer(rebasing: rows[range])
  }
}

/// The packed text of every row of a column, read in place.
private struct Texts: @unchecked Sendable {
  // Read-only after init; the bytes it points to outlive every use (see `TextRanks.ranks`).
  /// First byte of each row's text.
  var starts: [UnsafePointer<UInt8>?]
  /// Byte length of each row's text.
  var lengths: [Int32]

  var count: Int { lengths.count }

  init(bases: [UnsafePointer<UInt8>?], offsets: [[UInt32]], count: Int) {
    var starts: [UnsafePointer<UInt8>?] = []
    var lengths: [Int32] = []
    starts.reserveCapacity(count)
    lengths.reserveCapacity(count)
    for (base, offsets) in zip(bases, offsets) where offsets.count > 1 {
      for i in 0..<offsets.count - 1 {
        starts.append(base.map { $0 + Int(offsets[i]) })
        lengths.append(Int32(truncatingIfNeeded: offsets[i + 1] &- offsets[i]))
      }
    }
    self.starts = starts
    self.lengths = lengths
  }

  func length(_ row: Int) -> Int { Int(lengths[row]) }

  /// Bytes `at..<at + 8` of the row's text as a big-endian number, zero past its end: rows in
  /// byte order have slices in order.
  func slice(_ row: Int, at offset: Int) -> UInt64 {
    let length = Int(lengths[row])
    guard offset < length, let start = starts[row] else { return 0 }
    if offset + 8 <= length {
      return UnsafeRawPointer(start + offset).loadUnaligned(as: UInt64.self).bigEndian
    }
    var key: UInt64 = 0
    let end = min(length, offset + 8)
    for i in offset..<end { key = key << 8 | UInt64(start[i]) }
    return key << (8 * UInt64(offset + 8 - end))
  }

  /// Negative, zero or positive as row `a`'s text sorts before, with or after row `b`'s, both
  /// known to agree before byte `offset`.
  func compare(_ a: Int, _ b: Int, from offset: Int) -> Int {
    let lengthA = Int(lengths[a]), lengthB = Int(lengths[b])
    let common = min(lengthA, lengthB) - offset
    if common > 0, let startA = starts[a], let startB = starts[b] {
      let order = memcmp(startA + offset, startB + offset, common)
      if order != 0 { return Int(order) }
    }
    return lengthA - lengthB
  }
}
