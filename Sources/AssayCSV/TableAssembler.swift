import AssayCore

/// Gathers parsed chunks in row order and makes tables of them, bringing every chunk of a
/// column to the column's overall kind: int chunks widen to double in place; chunks that must
/// become text are parsed again from the input when it is all still there, and otherwise (a
/// streamed input) get their text back from the values' `TextForm`, or from the bytes the chunk
/// kept when no form covers them.
struct TableAssembler {
  /// The input's layout.
  let layout: CSVLayout
  /// The table's name.
  let name: String
  /// True when every parsed byte stays readable in the input (a mapped file or an array).
  let inputStays: Bool
  /// The chunks so far, in row order.
  private(set) var chunks: [ParsedChunk] = []
  /// Rows so far.
  private(set) var rowCount = 0
  /// Line terminators consumed by the chunks so far.
  private(set) var lineCount = 0
  /// What the chunks so far repaired, lines counted from the input's first and rows from the table's.
  private(set) var repairs = ChunkRepairs()

  /// An empty assembly for an input of this layout; `inputStays` says whether parsed bytes can
  /// be read again.
  init(layout: CSVLayout, name: String, inputStays: Bool = true) {
    self.layout = layout
    self.name = name
    self.inputStays = inputStays
  }

  /// Byte offset just past the last chunk (where the next one starts).
  var end: Int { chunks.last?.end ?? layout.dataStart }

  /// 1-based line number at which the next chunk starts.
  var nextLine: Int { layout.dataStartLine + lineCount }

  /// Adds the next chunk (one that covers no bytes is left out).
  mutating func append(_ chunk: ParsedChunk) {
    guard chunk.end > chunk.start else { return }
    repairs.add(chunk.repairs, lineOffset: nextLine, rowOffset: rowCount)
    chunks.append(chunk)
    rowCount += chunk.rows
    lineCount += chunk.lines
  }

  /// The kind each column has over all chunks (starting from the formats forced by options).
  var kinds: [FieldKind] {
    chunks.reduce(layout.times.startKinds) { kinds, chunk in
      zip(kinds, chunk.kinds).map { $0.joined($1) }
    }
  }

  /// The table of every chunk so far; `input` gives the bytes for chunks that must be re-read.
  /// A value that does not fit a format the options force is an `AssayError` at its line.
  mutating func table(input: ChunkInput) throws -> Table {
    let target = kinds
    if let failure = ForcedTimeCheck.failure(
      in: chunks, kinds: target, layout: layout, firstLine: layout.dataStartLine, name: name)
    {
      throw failure
    }
    for index in chunks.indices where chunks[index].kinds != target {
      chunks[index] = try conformed(chunks[index], to: target, input: input)
    }
    let columns = layout.keptNames.enumerated().map { column, columnName in
      Column(
        name: columnName, type: target[column].columnType,
        chunks: chunks.map { $0.columns[column].shown(ifAwareIn: layout.times.displayZone) },
        sourceFormat: sourceFormat(target[column], column: column),
        decimalPlaces: decimalPlaces(target[column], column: column))
    }
    return Table(name: name, columns: columns + extraColumns())
  }

  /// The columns holding long rows' fields past the header's (`_extra1`, ...), text, null in the
  /// other rows; none when only some columns are loaded.
  private func extraColumns() -> [Column] {
    guard layout.projection.keptCount == layout.columnNames.count, !repairs.extraFields.isEmpty else {
      return []
    }
    let width = repairs.extraFields.map(\.fields.count).max() ?? 0
    return extraNames(width).enumerated().map { k, columnName in
      // Built straight into text storage: a long row is rare, and the other rows cost an offset each.
      var validity = ValidityBitmap(count: rowCount, allValid: false)
      var bytes: [UInt8] = []
      var offsets = [UInt32](repeating: 0, count: rowCount + 1)
      var filled = 0  // rows whose end offset is set
      for (row, fields) in repairs.extraFields where row < rowCount {
        for empty in filled..<row { offsets[empty + 1] = UInt32(bytes.count) }
        if k < fields.count && !fields[k].isEmpty {
          bytes += String(decoding: fields[k], as: UTF8.self).utf8
          validity.set(row, valid: true)
        }
        offsets[row + 1] = UInt32(bytes.count)
        filled = row + 1
      }
      for empty in filled..<rowCount { offsets[empty + 1] = UInt32(bytes.count) }
      let chunk = ColumnChunk(values: .string(.packed(bytes: bytes, offsets: offsets)), validity: validity)
      return Column(name: columnName, type: .string, chunks: [chunk])
    }
  }

  /// `count` names for the extra columns that no header name takes.
  private func extraNames(_ count: Int) -> [String] {
    let taken = Set(layout.columnNames)
    var names: [String] = []
    var number = 1
    while names.count < count {
      if !taken.contains("_extra\(number)") { names.append("_extra\(number)") }
      number += 1
    }
    return names
  }

  /// The null texts each column held, by column name (columns that held none left out).
  var nullTexts: [String: [String]] {
    var texts: [String: [String]] = [:]
    for (column, mask) in repairs.nullTexts.enumerated() where mask != 0 && column < layout.keptNames.count {
      texts[layout.keptNames[column]] = layout.nullTexts.texts(in: mask)
    }
    return texts
  }

  /// What the load repaired or skipped, one sentence each, for a person to hear of.
  var warnings: [String] {
    let header = layout.hasHeader ? "the header" : "the first row"
    var sentences = layout.notes
    if repairs.shortRows > 0 {
      sentences.append(
        "\(Self.rows(repairs.shortRows)) had fewer fields than \(header); filled with empty values (first: line \(repairs.firstShortLine))"
      )
    }
    if repairs.longRows > 0 {
      let width = repairs.extraFields.map(\.fields.count).max() ?? 0
      let kept =
        layout.projection.keptCount == layout.columnNames.count
        ? "their extra fields are in \(extraNames(width).joined(separator: ", "))"
        : "their extra fields were not loaded"
      sentences.append(
        "\(Self.rows(repairs.longRows)) had more fields than \(header); \(kept) (first: line \(repairs.firstLongLine))"
      )
    }
    if repairs.commentLines > 0, let marker = layout.repairs.comment {
      let what =
        repairs.commentLines == 1
        ? "1 comment line" : "\(NumberFormatting.grouped(repairs.commentLines)) comment lines"
      sentences.append(
        "skipped \(what) starting with '\(String(decoding: marker, as: UTF8.self))' (first: line \(repairs.firstCommentLine))"
      )
    }
    return sentences
  }

  /// "1 row" or "N rows".
  private static func rows(_ count: Int) -> String {
    count == 1 ? "1 row" : "\(NumberFormatting.grouped(count)) rows"
  }

  /// The name of the text form of a date or timestamp column, for `describe`; nil for other kinds
  /// and for ISO dates (`YYYY-MM-DD`, the form every date had before timestamps, described as before).
  private func sourceFormat(_ kind: FieldKind, column: Int) -> String? {
    guard kind.isTime, kind != .date else { return nil }
    return kind.time.name(dayFirst: layout.times.dayFirst, custom: layout.times.customFormats[column]?.text)
  }

  /// The decimal places every value of a double column was written with (`0.50`, `12.25`: 2), so
  /// that it is shown and written back as it came; nil when they differ from value to value.
  private func decimalPlaces(_ kind: FieldKind, column: Int) -> Int? {
    guard kind.shape == .double else { return nil }
    let shared = chunks.map { $0.forms[column] }.filter { $0 != TextForm.unset }.reduce(TextForm.unset) {
      TextForm.merged($0, $1)
    }
    return shared == TextForm.unset || shared == TextForm.mixed || shared == 0 ? nil : Int(shared)
  }

  /// The chunk with every column of kind `target` (which must be at least as wide as its own).
  private func conformed(_ chunk: ParsedChunk, to target: [FieldKind], input: ChunkInput) throws
    -> ParsedChunk
  {
    let convertible = zip(chunk.kinds, target).allSatisfy { own, wanted in
      own == wanted || (own == .int && wanted == .double) || (own == .empty && wanted != .string)
        || (own.shape == .date && wanted == FieldKind(.timestamp, own.time))
    }
    if !convertible && inputStays {
      return try ChunkParser.parse(
        input, start: chunk.start, end: chunk.end, kinds: target, rowLength: layout.rowLength)
    }
    if !convertible && chunk.needsRetainedText {
      return try reparsedFromRetainedText(chunk, kinds: target)
    }
    var result = chunk
    for column in target.indices where chunk.kinds[column] != target[column] {
      let own = chunk.columns[column]
      result.columns[column] =
        target[column] == .string && chunk.kinds[column] != .empty
        ? TextForm.text(of: own, form: chunk.forms[column])
        : own.widened(to: target[column])
    }
    result.kinds = target
    return result
  }

  /// A streamed chunk parsed again, with the kinds `target`, from the bytes it kept.
  private func reparsedFromRetainedText(_ chunk: ParsedChunk, kinds target: [FieldKind]) throws -> ParsedChunk
  {
    guard let text = chunk.retainedText else {
      throw AssayError(
        message: "\(name): the text of rows near byte \(chunk.start) is no longer held",
        hint: "save the input to a file and open that")
    }
    var reparsed = try text.withUnsafeBufferPointer { bytes in
      try ChunkParser.parse(
        layout.input(base: bytes.baseAddress.unsafelyUnwrapped, limit: bytes.count, isFinal: true),
        start: 0, end: bytes.count, kinds: target, rowLength: layout.rowLength)
    }
    reparsed.start = chunk.start
    reparsed.end = chunk.end
    reparsed.retainedText = reparsed.needsRetainedText ? text : nil
    return reparsed
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
