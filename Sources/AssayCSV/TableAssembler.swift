import AssayCore

/// Gathers parsed chunks in row order and makes tables of them, bringing every chunk of a
/// column to the column's overall kind (int chunks widen to double in place; chunks that must
/// become text are parsed again from their bytes).
struct TableAssembler {
  /// The input's layout.
  let layout: CSVLayout
  /// The table's name.
  let name: String
  /// The chunks so far, in row order.
  private(set) var chunks: [ParsedChunk] = []
  /// Rows so far.
  private(set) var rowCount = 0
  /// Line terminators consumed by the chunks so far.
  private(set) var lineCount = 0

  /// An empty assembly for an input of this layout.
  init(layout: CSVLayout, name: String) {
    self.layout = layout
    self.name = name
  }

  /// Byte offset just past the last chunk (where the next one starts).
  var end: Int { chunks.last?.end ?? layout.dataStart }

  /// 1-based line number at which the next chunk starts.
  var nextLine: Int { layout.dataStartLine + lineCount }

  /// Adds the next chunk (one that covers no bytes is left out).
  mutating func append(_ chunk: ParsedChunk) {
    guard chunk.end > chunk.start else { return }
    chunks.append(chunk)
    rowCount += chunk.rows
    lineCount += chunk.lines
  }

  /// The kind each column has over all chunks.
  var kinds: [FieldKind] {
    chunks.reduce(layout.initialKinds.map { _ in FieldKind.empty }) { kinds, chunk in
      zip(kinds, chunk.kinds).map { $0.joined($1) }
    }
  }

  /// The table of every chunk so far; `input` gives the bytes for chunks that must be re-read.
  mutating func table(input: ChunkInput) throws -> Table {
    let target = kinds
    for index in chunks.indices where chunks[index].kinds != target {
      chunks[index] = try conformed(chunks[index], to: target, input: input)
    }
    let columns = layout.columnNames.enumerated().map { column, columnName in
      Column(
        name: columnName, type: target[column].columnType, chunks: chunks.map { $0.columns[column] })
    }
    return Table(name: name, columns: columns)
  }

  /// The chunk with every column of kind `target` (which must be at least as wide as its own).
  private func conformed(_ chunk: ParsedChunk, to target: [FieldKind], input: ChunkInput) throws
    -> ParsedChunk
  {
    let convertible = zip(chunk.kinds, target).allSatisfy { own, wanted in
      own == wanted || (own == .int && wanted == .double) || (own == .empty && wanted != .string)
    }
    guard convertible else {
      return try ChunkParser.parse(
        input, start: chunk.start, end: chunk.end, kinds: target, rowLength: layout.rowLength)
    }
    var result = chunk
    for column in target.indices where chunk.kinds[column] != target[column] {
      result.columns[column] = Self.widened(chunk.columns[column], rows: chunk.rows, to: target[column])
    }
    result.kinds = target
    return result
  }

  /// An int chunk as doubles, or an all-null chunk as nulls of `kind`.
  private static func widened(_ chunk: ColumnChunk, rows: Int, to kind: FieldKind) -> ColumnChunk {
    if case .int(let ints) = chunk.values {
      return ColumnChunk(values: .double(ints.map { Double($0) }), validity: chunk.validity)
    }
    var builder = ColumnBuilder(kind: kind, capacity: rows)
    defer { builder.deallocate() }
    for _ in 0..<rows { builder.appendNull() }
    return builder.finish()
  }

  /// A chunk's failure as an error located in the whole input.
  func error(for failure: ChunkFailure, chunkStartLine: Int) -> AssayError {
    AssayError(
      message: failure.message,
      location: SourceLocation(
        source: name, line: chunkStartLine + failure.lineInChunk, column: failure.field,
        byteOffset: failure.byteOffset),
      hint: failure.hint)
  }
}
