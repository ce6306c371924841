import Foundation

extension Table {
  /// Rows of each output chunk of a gathered table; small enough for 32-bit string offsets.
  static let gatherChunkRows = 1 << 20

  /// A table holding the rows at `rows` (each in `0..<rowCount`), in that order: the result of a
  /// sort or a filter. Columns are gathered from their typed buffers, all columns and chunks in parallel.
  public func gathering(rows: [Int], name: String? = nil) -> Table {
    Table(name: name ?? self.name, columns: Self.gather(columns, rows: rows, monitor: nil) ?? [])
  }

  /// Like `gathering(rows:name:)`, reporting the rows gathered (per column) to `monitor`;
  /// throws `CancellationError` when the monitor is stopped before the end.
  public func gathering(rows: [Int], name: String? = nil, monitor: WorkMonitor) throws -> Table {
    guard let gathered = Self.gather(columns, rows: rows, monitor: monitor) else { throw CancellationError() }
    return Table(name: name ?? self.name, columns: gathered)
  }

  /// The columns gathered at `rows`; nil when `monitor` was stopped. Rows are cut into pieces
  /// gathered in parallel; each piece finds its rows' chunks once for all columns split alike.
  private static func gather(_ columns: [Column], rows: [Int], monitor: WorkMonitor?) -> [Column]? {
    let pieceRows = max(1 << 16, min(gatherChunkRows, (rows.count + 7) / 8))
    let pieces = stride(from: 0, to: rows.count, by: pieceRows).map { $0..<min(rows.count, $0 + pieceRows) }
    let layouts = Array(Set(columns.map(\.chunkStarts)))
    let locators = concurrentResults(count: layouts.count) { RowLocator(chunkStarts: layouts[$0]) }
    let sources = concurrentResults(count: columns.count) { index in
      GatherSource(columns[index], layout: layouts.firstIndex(of: columns[index].chunkStarts) ?? 0)
    }
    if monitor?.isStopped == true { return nil }
    let gathered = concurrentResults(count: pieces.count) { piece -> [ColumnChunk]? in
      rows.withUnsafeBufferPointer { all in
        let rows = UnsafeBufferPointer(rebasing: all[pieces[piece]])
        let locations = locators.map { $0.locations(of: rows) }
        var chunks: [ColumnChunk] = []
        for source in sources {
          guard monitor?.isStopped != true else { return nil }
          chunks.append(
            locations[source.layout].withUnsafeBufferPointer { source.gather(rows, locations: $0) })
          monitor?.advance(rows: rows.count)
        }
        return chunks
      }
    }
    if monitor?.isStopped == true { return nil }
    return columns.indices.map { index in
      let column = columns[index]
      let own = gathered.compactMap { $0?[index] }
      return Column(
        name: column.name, type: column.type,
        chunks: own.isEmpty ? [ColumnChunk.make(type: column.type, values: [])] : own,
        sourceFormat: column.sourceFormat, decimalPlaces: column.decimalPlaces,
        isBinary: column.isBinary)
    }
  }
}

extension Column {
  /// A column holding the rows at `rows`, in that order, with this column's name and type.
  public func gathering(rows: [Int]) -> Column {
    Table(name: "", columns: [self]).gathering(rows: rows).columns[0]
  }
}

/// Which chunk holds each row of columns split at the same rows, so gathering reads the chunks
/// in place instead of copying them into one buffer first.
struct RowLocator: Sendable {
  /// Rows per block of the block index.
  static let blockBits = 12
  /// The first row of each chunk, and the row count last.
  let chunkStarts: [Int]
  /// `blockChunk[b]` is the chunk holding row `b << blockBits`: a small index that stays in the
  /// cache, from which a row's chunk is a short walk forward.
  let blockChunk: [UInt32]

  init(chunkStarts: [Int]) {
    self.chunkStarts = chunkStarts
    let rows = chunkStarts[chunkStarts.count - 1]
    var chunk = 0
    blockChunk = stride(from: 0, to: rows, by: 1 << Self.blockBits).map { row in
      while chunkStarts[chunk + 1] <= row { chunk += 1 }
      return UInt32(truncatingIfNeeded: chunk)
    }
  }

  /// Each row's chunk (high 32 bits) and index in its chunk (low 32 bits).
  func locations(of rows: UnsafeBufferPointer<Int>) -> [UInt64] {
    blockChunk.withUnsafeBufferPointer { blockChunk in
      chunkStarts.withUnsafeBufferPointer { starts in
        [UInt64](unsafeUninitializedCapacity: rows.count) { target, count in
          for i in 0..<rows.count {
            let row = rows[i]
            var chunk = Int(blockChunk[row >> Self.blockBits])
            while starts[chunk + 1] <= row { chunk += 1 }
            target[i] = UInt64(chunk) << 32 | UInt64(truncatingIfNeeded: row - starts[chunk])
          }
          count = rows.count
        }
      }
    }
  }

  /// Calls `body` with a base pointer for each array of `arrays`, valid during the call.
  static func withBasePointers<T, R>(
    _ arrays: ArraySlice<[T]>, _ bases: [UnsafePointer<T>?] = [], _ body: ([UnsafePointer<T>?]) -> R
  ) -> R {
    guard let first = arrays.first else { return body(bases) }
    return first.withUnsafeBufferPointer {
      withBasePointers(arrays.dropFirst(), bases + [$0.baseAddress], body)
    }
  }
}

/// A column prepared for random access by row: chunks read in place through a `RowLocator`,
/// dictionary-coded text through one merged dictionary.
struct GatherSource: @unchecked Sendable {
  // Read-only after init; shared by the gathering threads.
  let column: Column
  /// Which of the gather's chunk layouts the column has.
  let layout: Int
  let flatValidity: [Bool]?
  let dictionary: (codes: [UInt32], entries: [String])?

  /// Most chunks read in place (one nested call per chunk); columns with more are gathered value by value.
  static let chunkLimit = 1024

  init(_ column: Column, layout: Int) {
    self.column = column
    self.layout = layout
    flatValidity = column.nullCount > 0 ? column.validityFlags() : nil
    dictionary = column.type == .string ? column.mergedDictionary() : nil
  }

  /// The chunk of the rows at `rows`, found in the column's chunks at `locations`.
  func gather(_ rows: UnsafeBufferPointer<Int>, locations: UnsafeBufferPointer<UInt64>) -> ColumnChunk {
    var validity: ValidityBitmap?
    if let flatValidity {
      var bits = ValidityBitmap(count: rows.count, allValid: true)
      for (i, row) in rows.enumerated() where !flatValidity[row] { bits.set(i, valid: false) }
      validity = bits
    }
    return ColumnChunk(values: gatherValues(rows, locations: locations), validity: validity)
  }

  private func gatherValues(_ rows: UnsafeBufferPointer<Int>, locations: UnsafeBufferPointer<UInt64>)
    -> ChunkValues
  {
    guard column.chunks.count <= Self.chunkLimit else {
      return ColumnChunk.make(type: column.type, values: rows.map { column[$0] }).values
    }
    if let dictionary {
      return .string(
        .dictionary(
          codes: dictionary.codes.withUnsafeBufferPointer { codes in
            [UInt32](unsafeUninitializedCapacity: rows.count) { target, count in
              for i in 0..<rows.count { target[i] = codes[rows[i]] }
              count = rows.count
            }
          }, dictionary: dictionary.entries))
    }
    switch column.type {
    case .bool: return .bool(pick(locations) { if case .bool(let a) = $0 { a } else { nil } })
    case .int: return .int(pick(locations) { if case .int(let a) = $0 { a } else { nil } })
    case .double: return .double(pick(locations) { if case .double(let a) = $0 { a } else { nil } })
    case .date: return .date(pick(locations) { if case .date(let a) = $0 { a } else { nil } })
    case .timestamp:
      return .timestamp(
        pick(locations) { if case .timestamp(let a, _) = $0 { a } else { nil } }, column.timeZone ?? .naive)
    case .duration: return .duration(pick(locations) { if case .duration(let a) = $0 { a } else { nil } })
    case .string: return .string(gatherPacked(locations))
    }
  }

  /// The value at every location, in order, read from the chunks' typed arrays.
  private func pick<T>(_ locations: UnsafeBufferPointer<UInt64>, _ values: (ChunkValues) -> [T]?) -> [T] {
    let arrays = column.chunks.map { values($0.values) ?? [] }
    return RowLocator.withBasePointers(arrays[...]) { bases in
      [T](unsafeUninitializedCapacity: locations.count) { target, count in
        for (i, location) in locations.enumerated() {
          (target.baseAddress.unsafelyUnwrapped + i).initialize(
            to: bases[Int(location >> 32)].unsafelyUnwrapped[Int(location & 0xFFFF_FFFF)])
        }
        count = locations.count
      }
    }
  }

  /// The text at every location from packed chunks, read in place.
  private func gatherPacked(_ locations: UnsafeBufferPointer<UInt64>) -> StringStorage {
    var byteArrays: [[UInt8]] = [], offsetArrays: [[UInt32]] = []
    for chunk in column.chunks {
      switch chunk.values {
      case .string(.packed(let bytes, let offsets)):
        byteArrays.append(bytes)
        offsetArrays.append(offsets)
      default:
        // A dictionary-coded chunk among packed ones: its texts packed for the gather.
        guard case .string(let storage) = chunk.values else { return .packed(bytes: [], offsets: [0]) }
        var bytes: [UInt8] = []
        var offsets: [UInt32] = [0]
        for i in 0..<storage.count {
          bytes.append(contentsOf: storage.string(at: i).utf8)
          offsets.append(UInt32(truncatingIfNeeded: bytes.count))
        }
        byteArrays.append(bytes)
        offsetArrays.append(offsets)
      }
    }
    return RowLocator.withBasePointers(byteArrays[...]) { bytes in
      RowLocator.withBasePointers(offsetArrays[...]) { offsets in
        Self.gatherPacked(locations, bytes: bytes, offsets: offsets)
      }
    }
  }

  private static func gatherPacked(
    _ locations: UnsafeBufferPointer<UInt64>, bytes: [UnsafePointer<UInt8>?],
    offsets: [UnsafePointer<UInt32>?]
  ) -> StringStorage {
    var total = 0
    let targetOffsets = [UInt32](unsafeUninitializedCapacity: locations.count + 1) { target, count in
      target[0] = 0
      for (i, location) in locations.enumerated() {
        let chunkOffsets = offsets[Int(location >> 32)].unsafelyUnwrapped, local = Int(location & 0xFFFF_FFFF)
        total += Int(chunkOffsets[local + 1] - chunkOffsets[local])
        target[i + 1] = UInt32(truncatingIfNeeded: total)
      }
      count = locations.count + 1
    }
    let text = [UInt8](unsafeUninitializedCapacity: total) { target, count in
      var at = 0
      for location in locations {
        let chunk = Int(location >> 32), local = Int(location & 0xFFFF_FFFF)
        let chunkOffsets = offsets[chunk].unsafelyUnwrapped
        let start = Int(chunkOffsets[local]), length = Int(chunkOffsets[local + 1]) - start
        if length > 0, let from = bytes[chunk], let to = target.baseAddress {
          (to + at).initialize(from: from + start, count: length)
        }
        at += length
      }
      count = total
    }
    return .packed(bytes: text, offsets: targetOffsets)
  }
}

extension Column {
  /// One flag per row: true when the row holds a value.
  func validityFlags() -> [Bool] {
    var flags: [Bool] = []
    flags.reserveCapacity(count)
    for chunk in chunks {
      if let validity = chunk.validity {
        for i in 0..<chunk.count { flags.append(validity.isValid(i)) }
      } else {
        flags.append(contentsOf: repeatElement(true, count: chunk.count))
      }
    }
    return flags
  }

  /// When every chunk is dictionary-coded: every row's code into one merged dictionary.
  func mergedDictionary() -> (codes: [UInt32], entries: [String])? {
    var entries: [String] = []
    var codeOf: [String: UInt32] = [:]
    var maps: [[UInt32]] = []
    for chunk in chunks {
      guard case .string(.dictionary(_, let dictionary)) = chunk.values else { return nil }
      maps.append(
        dictionary.map { entry -> UInt32 in
          if let code = codeOf[entry] { return code }
          let code = UInt32(entries.count)
          entries.append(entry)
          codeOf[entry] = code
          return code
        })
    }
    let codes: [UInt32] = HugePageArrays.make(count: count) { target -> Int in
      var at = 0
      for (chunk, map) in zip(chunks, maps) {
        guard case .string(.dictionary(let chunkCodes, _)) = chunk.values else { continue }
        map.withUnsafeBufferPointer { m in
          for code in chunkCodes where at < target.count {
            target[at] = Int(code) < m.count ? m[Int(code)] : 0
            at += 1
          }
        }
      }
      return at
    }
    return (codes, entries)
  }
}
