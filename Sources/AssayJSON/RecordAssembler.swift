import AssayCSV
import AssayCore

/// Gathers parsed chunks in row order and makes tables of them: the columns in the order their
/// names first appear, each chunk brought to each column's overall kind. A chunk that lacks a
/// column gets nulls; numbers and booleans in a column that turned to text get their JSON text
/// from their values; timestamps in such a column get theirs from the bytes, parsed again.
struct RecordAssembler {
  /// The table's name (also the source name in errors).
  let name: String
  /// The columns asked for, by name; nil asks for all.
  let wanted: [String]?
  /// The zone form zone-aware timestamps are shown in, when one is asked for.
  let displayZone: TimeZoneForm?
  /// The chunks so far, in row order.
  private(set) var chunks: [ParsedRecords] = []
  /// The column names so far, in order of first appearance.
  private(set) var names: [String] = []
  private var positions: [String: Int] = [:]
  /// The kind of each column over all chunks.
  private(set) var kinds: [FieldKind] = []
  private var skipped: [String] = []
  private var skippedSet: Set<String> = []
  /// Rows so far.
  private(set) var rowCount = 0
  /// Line breaks consumed by the chunks so far.
  private(set) var lineCount = 0
  /// Byte offset just past the last chunk (where the next one starts).
  private(set) var end: Int

  /// An empty assembly of records from byte `start`, its zone-aware timestamps shown in
  /// `displayZone` when given.
  init(name: String, start: Int, wanted: [String]?, displayZone: TimeZoneForm?) {
    self.name = name
    self.end = start
    self.wanted = wanted
    self.displayZone = displayZone
  }

  /// Each column's kind by name, for the next chunks to start with.
  var kindsByName: [String: FieldKind] {
    Dictionary(uniqueKeysWithValues: zip(names, kinds))
  }

  /// Adds the next chunk.
  mutating func append(_ chunk: ParsedRecords) {
    for (name, kind) in zip(chunk.names, chunk.kinds) {
      if let position = positions[name] {
        kinds[position] = kinds[position].joined(kind)
      } else {
        positions[name] = names.count
        names.append(name)
        kinds.append(kind)
      }
    }
    for name in chunk.skipped where skippedSet.insert(name).inserted { skipped.append(name) }
    chunks.append(chunk)
    rowCount += chunk.rows
    lineCount += chunk.lines
    end = chunk.end
  }

  /// The table of every chunk so far. `reparse` parses a chunk's bytes again with the kinds given
  /// by name, for a chunk whose timestamps must become text. When `final` (every chunk is in), a
  /// column asked for that was never met is an error listing the names there are.
  mutating func table(
    final: Bool = false, reparse: (ParsedRecords, [String: FieldKind]) throws -> ParsedRecords
  ) throws -> Table {
    if final { try checkWanted() }
    guard names.count <= RecordParser.maxColumns else {
      throw AssayError(
        message: "\(name): more than \(RecordParser.maxColumns) columns (distinct keys)",
        hint: RecordParser.columnsHint)
    }
    let target = kindsByName
    for index in chunks.indices {
      let chunk = chunks[index]
      let needsBytes = zip(chunk.names, chunk.kinds).contains { name, kind in
        kind.shape == .timestamp && target[name] == .string
      }
      chunks[index] = needsBytes ? try reparse(chunk, target) : Self.conformed(chunk, to: target)
    }
    let lookups = chunks.map { Dictionary(uniqueKeysWithValues: $0.names.enumerated().map { ($1, $0) }) }
    let columns = names.enumerated().map { column, name in
      let kind = kinds[column]
      return Column(
        name: name, type: kind.columnType,
        chunks: zip(chunks, lookups).map { chunk, lookup in
          lookup[name].map { chunk.columns[$0] } ?? Self.nulls(chunk.rows, kind)
        },
        sourceFormat: kind.isTime && kind != .date ? kind.time.name(dayFirst: false, custom: nil) : nil
      ).shown(in: displayZone)
    }
    return Table(name: name, columns: columns)
  }

  private func checkWanted() throws {
    for wantedName in wanted ?? [] where positions[wantedName] == nil && !skippedSet.contains(wantedName) {
      throw AssayError(
        message: "\(name): no column named '\(SafeText.visible(wantedName))'",
        hint: "columns are: " + (names + skipped).map { SafeText.visible($0) }.joined(separator: ", "))
    }
  }

  /// The chunk with every column of the kind `target` gives its name (no timestamps to text).
  private static func conformed(_ chunk: ParsedRecords, to target: [String: FieldKind]) -> ParsedRecords {
    var result = chunk
    for (column, name) in chunk.names.enumerated() {
      let own = chunk.kinds[column]
      guard let wanted = target[name], wanted != own else { continue }
      result.columns[column] =
        wanted == .string && own != .empty
        ? JSONText.text(of: chunk.columns[column]) : chunk.columns[column].widened(to: wanted)
      result.kinds[column] = wanted
    }
    return result
  }

  /// A chunk of `rows` nulls of `kind`.
  private static func nulls(_ rows: Int, _ kind: FieldKind) -> ColumnChunk {
    var builder = ColumnBuilder(kind: kind, capacity: rows)
    defer { builder.deallocate() }
    for _ in 0..<rows { builder.appendNull() }
    return builder.finish()
  }
}
