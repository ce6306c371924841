import AssayCore

/// How an input is laid out: its delimiter, column names, which of them to load, where the data
/// rows start, and the kinds its first rows suggest for the loaded columns.
struct CSVLayout: Sendable {
  /// The field delimiter.
  var delimiter: UInt8
  /// Column names of every field, unique and non-empty.
  var columnNames: [String]
  /// The fields loaded as columns.
  var projection: FieldProjection
  /// True when the first row holds the names.
  var hasHeader: Bool
  /// Byte offset of the first data row.
  var dataStart: Int
  /// 1-based line number of the first data row.
  var dataStartLine: Int
  /// Kinds seen in the sampled data rows, per loaded column.
  var initialKinds: [FieldKind]
  /// Average bytes per sampled row, for sizing buffers.
  var rowLength: Int
  /// How dates and timestamps are read.
  var times: CSVTimeOptions
  /// How ragged rows and comment lines are read (with a comment marker the sniffing proposed).
  var repairs: CSVRepairOptions
  /// The texts read as null.
  var nullTexts: NullTexts
  /// Numbers are written with a decimal comma and dots between thousands (`1.234,5`).
  var decimalComma: Bool
  /// The byte that quotes fields, and the one that escapes the next byte inside them.
  var quote = UInt8(ascii: "\"")
  var escape: UInt8?
  /// What the sniffing did that a person should hear of (a preamble skipped, a comment marker
  /// proposed), one sentence each.
  var notes: [String] = []

  /// Delimiters tried when none is given, in order of preference.
  static let candidateDelimiters: [UInt8] = [",", "\t", ";", "|"].map { UInt8(ascii: $0) }

  /// Names of the loaded columns, in the source's order.
  var keptNames: [String] { projection.kept(columnNames) }

  /// The parse input of `limit` bytes at `base` in this layout's dialect.
  func input(base: UnsafePointer<UInt8>, limit: Int, isFinal: Bool) -> ChunkInput {
    ChunkInput(
      base: base, limit: limit, isFinal: isFinal, delimiter: delimiter, projection: projection, times: times,
      repairOptions: repairs, nullTexts: nullTexts, decimalComma: decimalComma, quote: quote, escape: escape)
  }

  /// The warning of an input that holds no rows (no header either): its table has no columns.
  static let emptyInputNote = "the input is empty (no header, no rows): a table without columns"

  /// Sniffs the layout from the input's first bytes; nil when the input holds no rows.
  /// `start` skips a byte order mark. The delimiter is the one given, else tab for a `.tsv` name,
  /// else sniffed (comma when undecided). The columns to load are `options.columns` (all when
  /// nil); a name the header lacks is an `AssayError` listing the names it has.
  static func detect(
    _ bytes: UnsafeBufferPointer<UInt8>, start: Int, name: String, options: SourceOptions
  ) throws -> CSVLayout? {
    let budget = 256 * 1024
    var repairs = try CSVRepairOptions(options, source: name)
    var start = start
    var skippedLines = 0
    if let skip = repairs.skipLines {
      (start, skippedLines) = Self.skipping(lines: skip, of: bytes, from: start)
    }
    if let base = bytes.baseAddress, InputLimits.lacksFirstLineBreak(base + start, bytes.count - start) {
      throw InputLimits.firstRowTooLong(name: name)
    }
    let delimiter =
      options.delimiter ?? InputChecks.delimiter(impliedBy: name)
      ?? sniffDelimiter(bytes, start: start, budget: budget, fallback: UInt8(ascii: ","))
    let quote = try Self.byte(options, "quote", name: name) ?? UInt8(ascii: "\"")
    let escape = try Self.byte(options, "escape", name: name)
    func takeSample() -> SampleRows {
      SampleRows(
        bytes, from: start, delimiter: delimiter, maxRows: 500, byteBudget: budget, comment: repairs.comment,
        quote: quote, escape: escape)
    }
    var sample = takeSample()
    var notes: [String] = []
    if !repairs.strict && repairs.comment == nil && !repairs.commentRefused,
      let marker = RaggedLines.proposedComment(sample.rows)
    {
      repairs.comment = Array(marker.utf8)
      sample = takeSample()
      notes.append(
        "lines starting with '\(marker)' break the rows: read as comments and skipped (--comment none reads them)"
      )
    }
    if !repairs.strict && repairs.skipLines == nil, let preamble = RaggedLines.preambleRows(sample.rows) {
      let lines = sample.linesAtRowEnds[preamble - 1]
      notes.append(RaggedLines.preambleNote(sample.rows[0], lines: lines, firstLine: skippedLines + 1))
      start = sample.rowEnds[preamble - 1]
      skippedLines += lines
      sample = takeSample()
    }
    if sample.firstRowTooLong { throw InputLimits.firstRowTooLong(name: name) }
    guard let first = sample.rows.first else { return nil }
    let dataRows = sample.rows.dropFirst().filter { $0.count == first.count }
    let nullTexts = NullTexts(options)
    let decimalComma = try Self.decimalComma(
      options, delimiter: delimiter, rows: sample.rows, nulls: nullTexts, name: name)
    if decimalComma && options.named["decimal"] == nil {
      notes.append(
        "numbers are written with a decimal comma (1.234,5) and read so (--decimal . reads them as text)")
    }
    let laterKinds = kinds(
      of: Array(dataRows), columns: first.count, nulls: nullTexts, decimalComma: decimalComma)
    let hasHeader =
      repairs.headerNamed
      || (options.header
        ?? looksLikeHeader(first, laterKinds: laterKinds, nulls: nullTexts, decimalComma: decimalComma))
    let names =
      hasHeader
      ? try headerNames(first, name: name)
      : (1...first.count).map { "column\($0)" }
    let initialKinds =
      hasHeader
      ? laterKinds
      : kinds(
        of: sample.rows.filter { $0.count == first.count }, columns: first.count, nulls: nullTexts,
        decimalComma: decimalComma)
    let projection = try FieldProjection(keeping: options.columns, of: names, source: name)
    return CSVLayout(
      delimiter: delimiter, columnNames: names, projection: projection, hasHeader: hasHeader,
      dataStart: hasHeader ? sample.rowEnds[0] : start,
      dataStartLine: skippedLines + (hasHeader ? sample.linesAtRowEnds[0] + 1 : 1),
      initialKinds: projection.kept(initialKinds),
      rowLength: max(1, (sample.rowEnds[sample.rowEnds.count - 1] - start) / sample.rows.count),
      times: try CSVTimeOptions(options, names: projection.kept(names), source: name), repairs: repairs,
      nullTexts: nullTexts, decimalComma: decimalComma, quote: quote, escape: escape, notes: notes)
  }

  /// The offset after `lines` line ends from `start` (fewer when the input ends first) and the
  /// lines passed.
  private static func skipping(lines: Int, of bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (
    Int, Int
  ) {
    var index = start
    var passed = 0
    while passed < lines && index < bytes.count {
      let byte = bytes[index]
      index += 1
      if byte == UInt8(ascii: "\r") && index < bytes.count && bytes[index] == UInt8(ascii: "\n") {
        index += 1
      }
      if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { passed += 1 }
    }
    return (index, passed)
  }

  /// The candidate that splits the first rows into the same number (> 1) of fields most often.
  private static func sniffDelimiter(
    _ bytes: UnsafeBufferPointer<UInt8>, start: Int, budget: Int, fallback: UInt8
  ) -> UInt8 {
    var best = (delimiter: fallback, agreeing: 0, fields: 1)
    for candidate in candidateDelimiters {
      let sample = SampleRows(bytes, from: start, delimiter: candidate, maxRows: 50, byteBudget: budget / 4)
      var frequency: [Int: Int] = [:]
      for row in sample.rows { frequency[row.count, default: 0] += 1 }
      guard let (fields, agreeing) = frequency.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }),
        fields > 1
      else { continue }
      if agreeing > best.agreeing || (agreeing == best.agreeing && fields > best.fields) {
        best = (candidate, agreeing, fields)
      }
    }
    return best.delimiter
  }

  /// Per column, the join of the kinds of the rows' non-null fields.
  private static func kinds(of rows: [[[UInt8]]], columns: Int, nulls: NullTexts, decimalComma: Bool)
    -> [FieldKind]
  {
    var result = [FieldKind](repeating: .empty, count: columns)
    for row in rows {
      for (column, field) in row.enumerated() where result[column] != .string {
        result[column] = result[column].joined(kind(of: field, nulls: nulls, decimalComma: decimalComma))
      }
    }
    return result
  }

  private static func kind(of field: [UInt8], nulls: NullTexts, decimalComma: Bool) -> FieldKind {
    field.withUnsafeBufferPointer { buffer in
      guard let p = buffer.baseAddress, !buffer.isEmpty, !nulls.contains(p, buffer.count) else {
        return .empty
      }
      return (decimalComma ? DecimalComma.kind(of: p, buffer.count) : nil)
        ?? TokenParsing.kind(of: p, buffer.count)
    }
  }

  /// The one ASCII character the option `key` gives, when given.
  private static func byte(_ options: SourceOptions, _ key: String, name: String) throws -> UInt8? {
    guard let text = options.named[key] else { return nil }
    guard text.utf8.count == 1, let byte = text.utf8.first, byte > 0x20, byte < 0x7F else {
      throw AssayError(
        message: "\(name): \(key)=\(SafeText.visible(text)) is not one printable ASCII character",
        hint: key == "quote" ? "e.g. --quote \"'\"" : "e.g. --escape '\\'")
    }
    return byte
  }

  /// Whether numbers are read with a decimal comma: as the `decimal` option says (`,` or `.`), else
  /// when the file is `;`-delimited and some sampled column holds such numbers only.
  private static func decimalComma(
    _ options: SourceOptions, delimiter: UInt8, rows: [[[UInt8]]], nulls: NullTexts, name: String
  ) throws -> Bool {
    switch options.named["decimal"] {
    case ","?: return true
    case "."?: return false
    case let other?:
      throw AssayError(
        message: "\(name): decimal=\(SafeText.visible(other)) is not , or .", hint: "e.g. --decimal ,")
    case nil: return delimiter == UInt8(ascii: ";") && DecimalComma.isUsed(in: rows.dropFirst(), nulls: nulls)
    }
  }

  /// A header when some column's first value is text above data of another kind, or when no
  /// first-row value is data at all (every row is text).
  private static func looksLikeHeader(
    _ first: [[UInt8]], laterKinds: [FieldKind], nulls: NullTexts, decimalComma: Bool
  ) -> Bool {
    let firstKinds = first.map { kind(of: $0, nulls: nulls, decimalComma: decimalComma) }
    for (column, later) in laterKinds.enumerated() where later != .string && later != .empty {
      if firstKinds[column].joined(later) == .string { return true }
    }
    return !firstKinds.contains { $0 != .string && $0 != .empty }
  }

  /// Header texts as names: empty ones become `columnN`, repeats get `_2`, `_3`, ... (`UniqueNames`).
  private static func headerNames(_ fields: [[UInt8]], name: String) throws -> [String] {
    let texts = try fields.enumerated().map { index, field in
      let problem = field.withUnsafeBufferPointer { buffer in
        buffer.baseAddress.flatMap { TextValidation.firstProblem($0, buffer.count) }
      }
      if problem != nil {
        throw AssayError(
          message: "the header's field \(index + 1) is not valid UTF-8 text",
          location: SourceLocation(source: name, line: 1, column: index + 1),
          hint: "save the file as UTF-8")
      }
      let text = String(decoding: field, as: UTF8.self)
      return text.isEmpty ? "column\(index + 1)" : text
    }
    return UniqueNames.make(texts)
  }
}
