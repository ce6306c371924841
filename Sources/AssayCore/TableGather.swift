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

  /// The columns gathered at `rows`; nil when `monitor` was stopped.
  private static func gather(_ columns: [Column], rows: [Int], monitor: WorkMonitor?) -> [Column]? {
    let pieces = stride(from: 0, to: rows.count, by: gatherChunkRows).map {
      $0..<min(rows.count, $0 + gatherChunkRows)
    }
    let sources = concurrentResults(count: columns.count) { GatherSource(columns[$0]) }
    if monitor?.isStopped == true { return nil }
    let chunks = concurrentResults(count: columns.count * pieces.count) { task -> ColumnChunk? in
      let (column, piece) = task.quotientAndRemainder(dividingBy: pieces.count)
      guard monitor?.isStopped != true else { return nil }
      let chunk = rows.withUnsafeBufferPointer { sources[column].gather(UnsafeBufferPointer(rebasing: $0[pieces[piece]])) }
      monitor?.advance(rows: pieces[piece].count)
      return chunk
    }
    if monitor?.isStopped == true { return nil }
    return columns.indices.map { index in
      let own = chunks[index * pieces.count..<(index + 1) * pieces.count].compactMap { $0 }
      let column = columns[index]
      return Column(
        name: column.name, type: column.type, chunks: own.isEmpty ? [ColumnChunk.make(type: column.type, values: [])] : own)
    }
  }
}

extension Column {
  /// A column holding the rows at `rows`, in that order, with this column's name and type.
  public func gathering(rows: [Int]) -> Column {
    Table(name: "", columns: [self]).gathering(rows: rows).columns[0]
  }
}

/// A column flattened for random access by row: numbers and codes in one buffer, strings by chunk.
struct GatherSource: @unchecked Sendable {
  // Read-only after init; shared by the gathering threads.
  let flatValues: ChunkValues?
  let flatValidity: [Bool]?
  let dictionary: (codes: [UInt32], entries: [String])?
  let packed: FlatText?

  init(_ column: Column) {
    flatValidity = column.nullCount > 0 ? column.validityFlags() : nil
    switch column.type {
    case .string:
      flatValues = nil
      dictionary = column.mergedDictionary()
      packed = dictionary == nil ? FlatText(column) : nil
    default:
      flatValues = column.flattenedNumbers()
      dictionary = nil
      packed = nil
    }
  }

  /// The chunk of the rows at `rows`.
  func gather(_ rows: UnsafeBufferPointer<Int>) -> ColumnChunk {
    var validity: ValidityBitmap?
    if let flatValidity {
      var bits = ValidityBitmap(count: rows.count, allValid: true)
      for (i, row) in rows.enumerated() where !flatValidity[row] { bits.set(i, valid: false) }
      validity = bits
    }
    return ColumnChunk(values: gatherValues(rows), validity: validity)
  }

  private func gatherValues(_ rows: UnsafeBufferPointer<Int>) -> ChunkValues {
    switch flatValues {
    case .bool(let a): return .bool(Self.pick(a, rows))
    case .int(let a): return .int(Self.pick(a, rows))
    case .double(let a): return .double(Self.pick(a, rows))
    case .date(let a): return .date(Self.pick(a, rows))
    case .string, nil:
      if let dictionary {
        return .string(.dictionary(codes: Self.pick(dictionary.codes, rows), dictionary: dictionary.entries))
      }
      return .string(gatherPacked(rows))
    }
  }

  /// `values[row]` for every row of `rows`, in order.
  private static func pick<T>(_ values: [T], _ rows: UnsafeBufferPointer<Int>) -> [T] {
    values.withUnsafeBufferPointer { source in
      [T](unsafeUninitializedCapacity: rows.count) { target, count in
        for i in 0..<rows.count { (target.baseAddress.unsafelyUnwrapped + i).initialize(to: source[rows[i]]) }
        count = rows.count
      }
    }
  }

  private func gatherPacked(_ rows: UnsafeBufferPointer<Int>) -> StringStorage {
    guard let packed else { return .packed(bytes: [], offsets: [0]) }
    return packed.bytes.withUnsafeBufferPointer { source in
      packed.starts.withUnsafeBufferPointer { starts in
        var total = 0
        let offsets = [UInt32](unsafeUninitializedCapacity: rows.count + 1) { offsets, count in
          offsets[0] = 0
          for i in 0..<rows.count {
            total += starts[rows[i] + 1] - starts[rows[i]]
            offsets[i + 1] = UInt32(truncatingIfNeeded: total)
          }
          count = rows.count + 1
        }
        let bytes = [UInt8](unsafeUninitializedCapacity: total) { target, count in
          var at = 0
          for row in rows {
            let start = starts[row], length = starts[row + 1] - start
            if length > 0, let from = source.baseAddress, let to = target.baseAddress {
              (to + at).initialize(from: from + start, count: length)
            }
            at += length
          }
          count = total
        }
        return .packed(bytes: bytes, offsets: offsets)
      }
    }
  }
}

/// Every row's text of a string column in one buffer: row i is `bytes[starts[i]..<starts[i + 1]]`.
struct FlatText {
  let bytes: [UInt8]
  let starts: [Int]

  init(_ column: Column) {
    let texts = column.chunks.compactMap { chunk -> StringStorage? in
      if case .string(let storage) = chunk.values { return storage } else { return nil }
    }
    let byteCount = texts.reduce(0) { $0 + Self.byteCount($1) }
    let rowCount = texts.reduce(0) { $0 + $1.count }
    bytes = HugePageArrays.make(count: byteCount) { target in
      var at = 0
      for storage in texts { at += Self.copyBytes(storage, to: target, at: at) }
      return at
    }
    starts = HugePageArrays.make(count: rowCount + 1) { target in
      target[0] = 0
      var row = 0
      for storage in texts { row += Self.copyEnds(storage, to: target, after: row) }
      return row + 1
    }
  }

  private static func byteCount(_ storage: StringStorage) -> Int {
    switch storage {
    case .packed(_, let offsets): return Int(offsets[offsets.count - 1])
    case .dictionary(let codes, let dictionary):
      let lengths = dictionary.map(\.utf8.count)
      return codes.reduce(0) { $0 + (Int($1) < lengths.count ? lengths[Int($1)] : 0) }
    }
  }

  /// Copies the chunk's text to `target` from `at`; returns the bytes written.
  private static func copyBytes(_ storage: StringStorage, to target: UnsafeMutableBufferPointer<UInt8>, at: Int)
    -> Int
  {
    guard let base = target.baseAddress else { return 0 }
    switch storage {
    case .packed(let bytes, let offsets):
      let length = Int(offsets[offsets.count - 1])
      bytes.withUnsafeBufferPointer { if let from = $0.baseAddress { (base + at).initialize(from: from, count: length) } }
      return length
    case .dictionary:
      var written = 0
      for i in 0..<storage.count {
        for byte in storage.string(at: i).utf8 {
          (base + at + written).initialize(to: byte)
          written += 1
        }
      }
      return written
    }
  }

  /// Writes each row's end offset after `row`, continuing from the end already written; returns the rows.
  private static func copyEnds(_ storage: StringStorage, to target: UnsafeMutableBufferPointer<Int>, after row: Int)
    -> Int
  {
    let base = target[row]
    switch storage {
    case .packed(_, let offsets):
      for i in 1..<offsets.count { target[row + i] = base + Int(offsets[i]) }
    case .dictionary:
      var end = base
      for i in 0..<storage.count {
        end += storage.string(at: i).utf8.count
        target[row + i + 1] = end
      }
    }
    return storage.count
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

  /// The values of a bool, int, double or date column in one buffer.
  func flattenedNumbers() -> ChunkValues? {
    switch type {
    case .bool: return .bool(concatenated { if case .bool(let a) = $0 { a } else { nil } })
    case .int: return .int(concatenated { if case .int(let a) = $0 { a } else { nil } })
    case .double: return .double(concatenated { if case .double(let a) = $0 { a } else { nil } })
    case .date: return .date(concatenated { if case .date(let a) = $0 { a } else { nil } })
    case .string: return nil
    }
  }

  /// The chunks' typed values in one huge-page buffer.
  private func concatenated<T>(_ values: (ChunkValues) -> [T]?) -> [T] {
    HugePageArrays.make(count: count) { target in
      var at = 0
      for chunk in chunks {
        guard let array = values(chunk.values), let base = target.baseAddress, at + array.count <= target.count
        else { continue }
        array.withUnsafeBufferPointer { if let from = $0.baseAddress { (base + at).initialize(from: from, count: $0.count) } }
        at += array.count
      }
      return at
    }
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
