import AssayCSV
import AssayCore

/// Loads a JSON document wholly in memory: a top-level array of objects (parsed in chunks one
/// after another, with snapshots on the way), an object of arrays (each member a column), or
/// one object (one row). A document whose first object is followed by more is JSON Lines.
struct DocumentLoad {
  /// The bytes.
  let base: UnsafePointer<UInt8>
  /// Bytes from `base`.
  let count: Int
  /// Byte offset of the document (past a byte order mark).
  let start: Int
  /// Whose bytes, what to keep, how to split the work, where snapshots go.
  let settings: LoadSettings

  /// Parses everything and returns the table, sending snapshots on the way.
  func run() throws -> Table {
    do {
      let first = RecordParser.spaceEnd(input(.single), from: start)
      guard first < count else {
        return try finished(
          RecordAssembler(
            name: settings.name, start: start, wanted: settings.columns, displayZone: settings.displayZone))
      }
      switch base[first] {
      case UInt8(ascii: "["):
        return try elements(from: first + 1)
      case UInt8(ascii: "{"):
        if try RecordParser.valueEnd(input(.single), at: first) < count {
          return try LinesLoad(input: input(.lines), start: start, settings: settings).run()
        }
        return try object(at: first)
      default:
        throw JSONFailure(
          offset: first, message: "expected '[' or '{' at the start of the document",
          hint: "found \(FoundByte.describe(base, at: first, limit: count)); "
            + "Assay reads an array of objects, an object of arrays, or JSON Lines")
      }
    } catch let failure as JSONFailure {
      throw failure.error(name: settings.name, in: base, lineStart: start, line: 1)
    }
  }

  private func input(_ layout: RecordLayout) -> RecordInput {
    RecordInput(base: base, limit: count, layout: layout, wanted: settings.wanted)
  }

  /// The elements of the top-level array whose `[` ends just before `from`.
  private func elements(from position: Int) throws -> Table {
    let input = input(.arrayElements)
    var assembler = RecordAssembler(
      name: settings.name, start: position, wanted: settings.columns, displayZone: settings.displayZone)
    let first = RecordParser.spaceEnd(input, from: position)
    if first < count && base[first] == UInt8(ascii: "]") {
      guard RecordParser.spaceEnd(input, from: first + 1) == count else {
        throw JSONFailure(
          offset: RecordParser.spaceEnd(input, from: first + 1),
          message: "expected the end of the input after the array", hint: "a document holds one value")
      }
      return try finished(assembler)
    }
    var window = min(settings.chunkSize, 256 * 1024)
    while assembler.chunks.last?.closesArray != true {
      if settings.control.isCancelled { throw CancellationError() }
      let chunk = try RecordParser.parse(
        input, start: assembler.end, end: assembler.end + window, kinds: assembler.kindsByName)
      settings.release(chunk.start, chunk.end)
      assembler.append(chunk)
      window = settings.chunkSize
      if settings.control.snapshotDue() && assembler.end < count,
        let table = try? assembler.table(reparse: reparser(input))
      {
        settings.control.send(
          table,
          LoadProgress(bytesRead: assembler.end, totalBytes: count, rows: table.rowCount, finished: false))
      }
    }
    return try finished(assembler, reparse: reparser(input))
  }

  /// A top-level object: of arrays when every member is one, else one row.
  private func object(at position: Int) throws -> Table {
    var assembler = RecordAssembler(
      name: settings.name, start: position, wanted: settings.columns, displayZone: settings.displayZone)
    var layout = RecordLayout.columns
    do {
      assembler.append(try RecordParser.parse(input(layout), start: position, end: count, kinds: [:]))
    } catch is NotColumns {
      layout = .single
      assembler.append(try RecordParser.parse(input(layout), start: position, end: count, kinds: [:]))
    }
    return try finished(assembler, reparse: reparser(input(layout)))
  }

  private func reparser(_ input: RecordInput) -> (ParsedRecords, [String: FieldKind]) throws -> ParsedRecords
  {
    { chunk, kinds in try RecordParser.parse(input, start: chunk.start, end: chunk.end, kinds: kinds) }
  }

  /// The final table, sent as the last update.
  private func finished(
    _ assembler: RecordAssembler,
    reparse: (ParsedRecords, [String: FieldKind]) throws -> ParsedRecords = { chunk, _ in chunk }
  ) throws -> Table {
    var assembler = assembler
    let table = try assembler.table(final: true, reparse: reparse)
    settings.control.send(
      table, LoadProgress(bytesRead: count, totalBytes: count, rows: table.rowCount, finished: true))
    return table
  }
}
