import Foundation

extension Table {
  /// Rows of each output chunk of a gathered table; small enough for 32-bit string offsets.
  static let gatherChunkRows = 1 << 20

  /// A table holding the rows at `rows` (each in `0..<rowCount`), in that order: the result of a
  /// sort or a filter. Columns are gathered from their typed buffers, chunks in parallel.
  public func gathering(rows: [Int], name: String? = nil) -> Table {
    Table(name: name ?? self.name, columns: columns.map { $0.gathering(rows: rows) })
  }
}

extension Column {
  /// A column holding the rows at `rows`, in that order, with this column's name and type.
  public func gathering(rows: [Int]) -> Column {
    let pieces = stride(from: 0, to: rows.count, by: Table.gatherChunkRows).map {
      $0..<min(rows.count, $0 + Table.gatherChunkRows)
    }
    let source = GatherSource(self)
    let gathered = concurrentResults(count: pieces.count) { piece in
      rows.withUnsafeBufferPointer { source.gather(UnsafeBufferPointer(rebasing: $0[pieces[piece]])) }
    }
    return Column(
      name: name, type: type, chunks: gathered.isEmpty ? [ColumnChunk.make(type: type, values: [])] : gathered
    )
  }
}

/// A column flattened for random access by row: numbers and codes in one buffer, strings by chunk.
struct GatherSource: @unchecked Sendable {
  // Read-only after init; shared by the gathering threads.
  let column: Column
  let flatValues: ChunkValues?
  let flatValidity: [Bool]?
  let dictionary: (codes: [UInt32], entries: [String])?
  let packed: FlatText?

  init(_ column: Column) {
    self.column = column
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
    case .bool(let a): return .bool(rows.map { a[$0] })
    case .int(let a): return .int(a.withUnsafeBufferPointer { a in rows.map { a[$0] } })
    case .double(let a): return .double(a.withUnsafeBufferPointer { a in rows.map { a[$0] } })
    case .date(let a): return .date(a.withUnsafeBufferPointer { a in rows.map { a[$0] } })
    case .string, nil:
      if let dictionary {
        let codes = dictionary.codes.withUnsafeBufferPointer { c in rows.map { c[$0] } }
        return .string(.dictionary(codes: codes, dictionary: dictionary.entries))
      }
      return .string(gatherPacked(rows))
    }
  }

  private func gatherPacked(_ rows: UnsafeBufferPointer<Int>) -> StringStorage {
    guard let packed else { return .packed(bytes: [], offsets: [0]) }
    return packed.bytes.withUnsafeBufferPointer { source in
      packed.starts.withUnsafeBufferPointer { starts in
        var offsets = [UInt32](repeating: 0, count: rows.count + 1)
        var total = 0
        for (i, row) in rows.enumerated() {
          total += starts[row + 1] - starts[row]
          offsets[i + 1] = UInt32(truncatingIfNeeded: total)
        }
        let bytes = [UInt8](unsafeUninitializedCapacity: total) { target, count in
          var at = 0
          for row in rows {
            let start = starts[row], length = starts[row + 1] - start
            if length > 0, let from = source.baseAddress, let to = target.baseAddress {
              (to + at).update(from: from + start, count: length)
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
  var bytes: [UInt8] = []
  var starts: [Int] = [0]

  init(_ column: Column) {
    starts.reserveCapacity(column.count + 1)
    for chunk in column.chunks {
      guard case .string(let storage) = chunk.values else { continue }
      switch storage {
      case .packed(let chunkBytes, let offsets):
        let base = bytes.count
        bytes.append(contentsOf: chunkBytes)
        starts.append(contentsOf: offsets.dropFirst().lazy.map { base + Int($0) })
      case .dictionary:
        for i in 0..<chunk.count {
          bytes.append(contentsOf: storage.string(at: i).utf8)
          starts.append(bytes.count)
        }
      }
    }
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
    case .bool:
      return .bool(chunks.flatMap { if case .bool(let a) = $0.values { return a } else { return [] } })
    case .int: return .int(chunks.flatMap { if case .int(let a) = $0.values { return a } else { return [] } })
    case .double:
      return .double(chunks.flatMap { if case .double(let a) = $0.values { return a } else { return [] } })
    case .date:
      return .date(chunks.flatMap { if case .date(let a) = $0.values { return a } else { return [] } })
    case .string: return nil
    }
  }

  /// When every chunk is dictionary-coded: every row's code into one merged dictionary.
  func mergedDictionary() -> (codes: [UInt32], entries: [String])? {
    var entries: [String] = []
    var codeOf: [String: UInt32] = [:]
    var codes: [UInt32] = []
    codes.reserveCapacity(count)
    for chunk in chunks {
      guard case .string(.dictionary(let chunkCodes, let dictionary)) = chunk.values else { return nil }
      let mapped = dictionary.map { entry -> UInt32 in
        if let code = codeOf[entry] { return code }
        let code = UInt32(entries.count)
        entries.append(entry)
        codeOf[entry] = code
        return code
      }
      mapped.withUnsafeBufferPointer { m in
        codes.append(contentsOf: chunkCodes.lazy.map { Int($0) < m.count ? m[Int($0)] : 0 })
      }
    }
    return (codes, entries)
  }
}
