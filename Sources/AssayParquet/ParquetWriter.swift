import AssayCore

/// Writes a table as a Parquet file that pyarrow, polars and DuckDB read: every column optional,
/// row groups of up to a million rows, a data page per 64K rows, text with few distinct values
/// dictionary-encoded, pages compressed with snappy or zstd, statistics (minimum, maximum, nulls)
/// for every column chunk.
public struct ParquetWriter {
  /// The compression of every page.
  public enum Compression: String, Sendable, Equatable, CaseIterable {
    case snappy, zstd, none

    var codec: CompressionCodec {
      switch self {
      case .snappy: return .snappy
      case .zstd: return .zstd
      case .none: return .uncompressed
      }
    }
  }

  /// The compression.
  public var compression: Compression
  /// Rows per row group.
  public var rowGroupRows = 1 << 20
  /// Rows per data page.
  public var pageRows = 1 << 16

  /// A writer using `compression`.
  public init(compression: Compression = .snappy) { self.compression = compression }

  /// The Parquet file holding `table`, handed to `write` in pieces.
  public func write(_ table: Table, to write: ([UInt8]) throws -> Void) throws {
    do {
      try writeFile(table, to: write)
    } catch let failure as ParquetFailure {
      throw failure.error(in: table.name)
    }
  }

  private func writeFile(_ table: Table, to write: ([UInt8]) throws -> Void) throws {
    var offset = 0
    func emit(_ bytes: [UInt8]) throws {
      try write(bytes)
      offset += bytes.count
    }
    try emit(Array("PAR1".utf8))
    let dictionaries = table.columns.map { column in
      column.type == .string
        ? TextDictionary(column, limit: min(1 << 16, max(16, table.rowCount / 4))) : nil
    }
    var groups: [WrittenRowGroup] = []
    var start = 0
    while start < table.rowCount {
      let end = min(table.rowCount, start + rowGroupRows)
      var chunks: [WrittenChunk] = []
      for (c, column) in table.columns.enumerated() {
        let chunk = try writeChunk(column, rows: start..<end, dictionary: dictionaries[c], at: offset)
        try emit(chunk.bytes)
        chunks.append(chunk)
      }
      groups.append(WrittenRowGroup(rows: end - start, chunks: chunks))
      start = end
    }
    let footer = FooterEncoding.footer(table: table, groups: groups)
    try emit(footer)
    try emit(withUnsafeBytes(of: UInt32(footer.count).littleEndian, Array.init) + Array("PAR1".utf8))
  }

  /// One column chunk: its dictionary page (when it has one), then its data pages.
  private func writeChunk(_ column: Column, rows: Range<Int>, dictionary: TextDictionary?, at offset: Int)
    throws
    -> WrittenChunk
  {
    var chunk = WrittenChunk(column: column.name, physical: StoredType.physical(column.type), start: offset)
    if let dictionary {
      let plain = dictionary.plainBytes
      let stored = try PageCodec.compress(compression.codec, plain)
      var header = ThriftCompactWriter()
      header.structBody { h in
        h.i32(1, 2)
        h.i32(2, Int32(plain.count))
        h.i32(3, Int32(stored.count))
        h.structure(7) { d in
          d.i32(1, Int32(dictionary.texts.count))
          d.i32(2, Encoding.plain.rawValue)
        }
      }
      chunk.dictionaryOffset = offset
      chunk.append(header.bytes + stored, uncompressed: header.bytes.count + plain.count)
    }
    chunk.dataOffset = offset + chunk.bytes.count
    var page = rows.lowerBound
    repeat {
      let end = min(rows.upperBound, page + pageRows)
      let encoding = ColumnEncoding.encode(column, rows: page..<end, dictionary: dictionary)
      let body = encoding.levelBytes + encoding.valueBytes
      let stored = try PageCodec.compress(compression.codec, body)
      var header = ThriftCompactWriter()
      header.structBody { h in
        h.i32(1, 0)
        h.i32(2, Int32(body.count))
        h.i32(3, Int32(stored.count))
        h.structure(5) { d in
          d.i32(1, Int32(encoding.rows))
          d.i32(2, (dictionary == nil ? Encoding.plain : Encoding.rleDictionary).rawValue)
          d.i32(3, Encoding.rle.rawValue)
          d.i32(4, Encoding.rle.rawValue)
        }
      }
      chunk.append(header.bytes + stored, uncompressed: header.bytes.count + body.count)
      chunk.values += encoding.rows
      chunk.nulls += encoding.rows - encoding.present
      chunk.merge(encoding, type: column.type)
      page = end
    } while page < rows.upperBound
    chunk.encodings = dictionary == nil ? [.plain, .rle] : [.plain, .rle, .rleDictionary]
    chunk.codec = compression.codec
    return chunk
  }
}
