import AssayCore

/// Bytes to parse and how: the whole input (or what has arrived of it) and its dialect.
/// Holds a raw pointer: the memory stays mapped and unchanged while any parse of it runs,
/// and parsers only read it, so sharing it between threads is safe.
struct ChunkInput: @unchecked Sendable {
  /// The first byte of the input.
  let base: UnsafePointer<UInt8>
  /// Bytes available from `base`.
  let limit: Int
  /// True when no bytes will follow `limit` (end of file).
  let isFinal: Bool
  /// The field delimiter.
  let delimiter: UInt8
  /// The fields of each row that become columns.
  let projection: FieldProjection
  /// How dates and timestamps are read.
  let times: CSVTimeOptions
  /// Whether ragged rows and comment lines are repaired (short rows padded, long rows' extra
  /// fields kept aside, comments skipped) rather than refused.
  let repairOptions: CSVRepairOptions
  /// The texts read as null.
  let nullTexts: NullTexts
  /// Numbers are written with a decimal comma and dots between thousands (`1.234,5`).
  let decimalComma: Bool
  /// The byte that quotes a field (`"` unless the `quote` option says `'`).
  let quote: UInt8
  /// The byte that makes the next one literal inside a quoted field (`\`), when there is one.
  let escape: UInt8?
}

/// Rows of one chunk, parsed into typed column chunks.
struct ParsedChunk: Sendable {
  /// One finished chunk per kept column.
  var columns: [ColumnChunk]
  /// The kind of each column's values in this chunk.
  var kinds: [FieldKind]
  /// How each column's values were written (a `TextForm`), so their text can be recovered.
  var forms: [UInt8]
  /// The chunk's own bytes, kept (by a streamed load) when some typed column's text cannot be
  /// recovered from its form; nil otherwise.
  var retainedText: [UInt8]? = nil
  /// Rows parsed.
  var rows: Int
  /// Byte offset of the first row.
  var start: Int
  /// Byte offset just past the last row's terminator.
  var end: Int
  /// Line terminators consumed (rows plus line breaks inside quoted fields and blank lines).
  var lines: Int
  /// What the parse repaired.
  var repairs = ChunkRepairs()
}

extension ParsedChunk {
  /// True when a typed column's text could not be written again from its values.
  var needsRetainedText: Bool {
    zip(kinds, forms).contains { kind, form in kind != .string && kind != .empty && form == TextForm.mixed }
  }
}

/// A problem found in a chunk, located relative to the chunk's first line.
struct ChunkFailure: Error, Sendable {
  /// Lines consumed in the chunk before the problem's line (0 = the chunk's first line).
  var lineInChunk: Int
  /// 1-based field number in the source row.
  var field: Int
  /// Byte offset in the input.
  var byteOffset: Int
  /// What went wrong.
  var message: String
  /// What to do about it.
  var hint: String
}

/// Why a parse stopped early.
enum ChunkStop: Error {
  /// A column needs a kind whose values cannot be converted from what was parsed: parse again.
  case restart(column: Int, kind: FieldKind)
  /// The chunk's last row runs past the bytes available and more are coming.
  case incomplete
  /// The input is malformed.
  case failure(ChunkFailure)
}

private let lineFeed = UInt8(ascii: "\n")
private let carriageReturn = UInt8(ascii: "\r")

/// Parses the rows of a byte range into typed columns: a quote-aware state machine whose kept
/// fields are converted straight from bytes by the column's current kind, and whose skipped
/// fields are only stepped over.
struct ChunkParser {
  let base: UnsafePointer<UInt8>
  let limit: Int
  let isFinal: Bool
  let delimiter: UInt8
  /// Read undecided slash dates day first.
  let dayFirst: Bool
  /// Per kept column: its custom time format, if given.
  let customFormats: [CustomTimeFormat?]
  /// Fields per row in the source.
  let columnCount: Int
  /// How ragged rows and comment lines are treated.
  let repairOptions: CSVRepairOptions
  /// The texts read as null.
  let nullTexts: NullTexts
  /// True when the null texts were given (`NullTexts.isGiven`): each field is checked against them
  /// before it is read as a value. Kept apart so the hot loop tests a flag, not the enum.
  let checksNullTextsFirst: Bool
  /// Numbers are written with a decimal comma (see `DecimalComma`).
  let decimalComma: Bool
  /// The quote byte, and the escape byte inside quoted fields when there is one.
  let quote: UInt8
  let escape: UInt8?
  var position: Int
  var lines = 0
  var rows = 0
  /// Where the row being parsed starts, and the line it starts on (counted from the chunk's first).
  var rowStart = 0
  var rowStartLine = 0
  /// What has been repaired so far.
  var repairs = ChunkRepairs()
  /// Per source field: its kept column, or -1 when skipped. Owned by `parse`.
  let slots: UnsafePointer<Int32>
  /// Per kept column: its source field. Owned by `parse`.
  let fields: UnsafePointer<Int>
  /// Per kept column: the kind of its values so far, and their builder. Owned by `parse`.
  let kinds: UnsafeMutablePointer<FieldKind>
  let builders: UnsafeMutablePointer<ColumnBuilder>

  /// Parses whole rows from `start` until a row ends at or past `end`, starting each column
  /// with the given kinds and widening them as values demand (re-parsing the chunk when a
  /// column turns to text). `rowLength` is the expected bytes per row, for sizing buffers.
  /// Throws `ChunkStop.failure` or `.incomplete`.
  static func parse(
    _ input: ChunkInput, start: Int, end: Int, kinds initialKinds: [FieldKind], rowLength: Int
  ) throws -> ParsedChunk {
    let columns = input.projection.keptCount
    let capacity = 64 + (end - start) / max(1, rowLength) * 9 / 8
    let slots = UnsafeMutablePointer<Int32>.allocate(capacity: input.projection.fieldCount)
    slots.initialize(from: input.projection.slots, count: input.projection.fieldCount)
    let fields = UnsafeMutablePointer<Int>.allocate(capacity: columns)
    fields.initialize(from: input.projection.keptFields, count: columns)
    let kinds = UnsafeMutablePointer<FieldKind>.allocate(capacity: columns)
    kinds.initialize(from: initialKinds, count: columns)
    let builders = UnsafeMutablePointer<ColumnBuilder>.allocate(capacity: columns)
    defer {
      slots.deallocate()
      fields.deallocate()
      kinds.deallocate()
      builders.deallocate()
    }
    while true {
      for column in 0..<columns {
        (builders + column).initialize(to: ColumnBuilder(kind: kinds[column], capacity: capacity))
      }
      defer {
        for column in 0..<columns { builders[column].deallocate() }
        builders.deinitialize(count: columns)
      }
      var parser = ChunkParser(
        base: input.base, limit: input.limit, isFinal: input.isFinal, delimiter: input.delimiter,
        dayFirst: input.times.dayFirst, customFormats: input.times.customFormats,
        columnCount: input.projection.fieldCount, repairOptions: input.repairOptions,
        nullTexts: input.nullTexts, checksNullTextsFirst: input.nullTexts.isGiven,
        decimalComma: input.decimalComma, quote: input.quote,
        escape: input.escape, position: start,
        slots: slots,
        fields: fields, kinds: kinds, builders: builders)
      do {
        while parser.position < end { try parser.parseRow() }
        return ParsedChunk(
          columns: (0..<columns).map { builders[$0].finish() },
          kinds: Array(UnsafeBufferPointer(start: kinds, count: columns)),
          forms: (0..<columns).map { builders[$0].textForm }, rows: parser.rows,
          start: start, end: parser.position, lines: parser.lines, repairs: parser.repairs)
      } catch ChunkStop.restart(let column, let kind) {
        kinds[column] = kind
      }
    }
  }

  mutating func parseRow() throws {
    if position < limit && (base[position] == lineFeed || base[position] == carriageReturn) {
      try consumeTerminator()
      return
    }
    if repairOptions.comment != nil && isCommentStart() {
      try skipCommentLine()
      return
    }
    rowStart = position
    rowStartLine = lines
    var field = 0
    while true {
      if field == columnCount {
        guard repairOptions.strict else {
          try keepExtraFields()
          rows += 1
          return
        }
        throw tooManyFields(fieldStart: position)
      }
      let slot = Int(slots[field])
      if slot >= 0 {
        try parseField(slot)
      } else {
        try skipField(field)
      }
      try checkRowLength(upTo: position)
      if position < limit && base[position] == delimiter {
        position += 1
        field += 1
        continue
      }
      if field + 1 < columnCount && !repairOptions.strict {
        try padShortRow(after: field)
      } else if field + 1 < columnCount {
        throw ChunkStop.failure(
          ChunkFailure(
            lineInChunk: lines, field: field + 2, byteOffset: position,
            message: "row has \(field + 1) field\(field == 0 ? "" : "s"), the header has \(columnCount)",
            hint: "check the quoting on this line"))
      }
      try consumeTerminator()
      rows += 1
      return
    }
  }

  @inline(__always)
  mutating func consumeTerminator() throws {
    if position == limit {
      if !isFinal { throw incompleteRow() }
      return
    }
    if base[position] == carriageReturn {
      position += 1
      if position < limit && base[position] == lineFeed {
        position += 1
      } else if position == limit && !isFinal {
        throw incompleteRow()
      }
    } else {
      position += 1
    }
    lines += 1
  }

  /// Steps over a skipped field (`field` counts from 0 in the source row), checking only its quoting.
  @inline(__always)
  mutating func skipField(_ field: Int) throws {
    if position < limit && base[position] == quote {
      _ = try scanQuotedField(fieldNumber: field + 1)
    } else {
      position = unquotedFieldEnd(from: position)
    }
  }

  /// The 1-based source field number of kept column `column`.
  func fieldNumber(_ column: Int) -> Int { fields[column] + 1 }

  @inline(__always)
  mutating func parseField(_ column: Int) throws {
    let start = position
    if start < limit && base[start] == quote {
      try parseQuotedField(column)
      return
    }
    if !checksNullTextsFirst {
      if try parseTypedField(column) { return }
    } else if try parseTypedFieldUnlessNull(column) {
      return
    }
    var end = start
    while end < limit && !isFieldEnd(base[end]) { end += 1 }
    try checkRowLength(upTo: end)
    position = end
    try store(column, base + start, end - start, at: start)
  }

  /// True for the bytes that end an unquoted field.
  @inline(__always)
  func isFieldEnd(_ byte: UInt8) -> Bool {
    byte == delimiter || byte == lineFeed || byte == carriageReturn
  }

  mutating func parseQuotedField(_ column: Int) throws {
    let contentStart = position + 1
    let (contentEnd, hasEscapes) = try scanQuotedField(fieldNumber: fieldNumber(column))
    try checkRowLength(upTo: contentEnd)
    guard hasEscapes else {
      try store(column, base + contentStart, contentEnd - contentStart, at: contentStart)
      return
    }
    try unescaped(from: contentStart, to: contentEnd).withUnsafeBufferPointer { buffer in
      try store(column, buffer.baseAddress ?? base, buffer.count, at: contentStart)
    }
  }

  /// The content of a quoted field between `start` and `end` with its doubled quotes made single
  /// and its escaped bytes taken literally.
  func unescaped(from start: Int, to end: Int) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(end - start)
    var i = start
    while i < end {
      if base[i] == escape && i + 1 < end {
        bytes.append(base[i + 1])
        i += 2
        continue
      }
      bytes.append(base[i])
      i += base[i] == quote ? 2 : 1
    }
    return bytes
  }

  /// Moves past the quoted field at `position` and the closing quote, counting the line breaks
  /// inside; returns where its content ends and whether it holds doubled quotes.
  mutating func scanQuotedField(fieldNumber: Int) throws -> (contentEnd: Int, hasEscapes: Bool) {
    let opening = position
    let openingLine = lines
    var index = opening + 1
    var hasEscapes = false
    var contentEnd = 0
    let stop = escape ?? quote
    while true {
      while index < limit && base[index] != quote && base[index] != stop {
        let byte = base[index]
        if byte == lineFeed || (byte == carriageReturn && (index + 1 == limit || base[index + 1] != lineFeed))
        {
          lines += 1
        }
        index += 1
      }
      if index == limit {
        if !isFinal { throw incompleteRow() }
        throw ChunkStop.failure(
          ChunkFailure(
            lineInChunk: openingLine, field: fieldNumber, byteOffset: opening,
            message: "a quoted field starting here is never closed",
            hint: "add the closing quote, or double a quote inside the field (\"\")"))
      }
      if base[index] != quote {
        // An escape: the byte after it is content, whatever it is.
        if index + 1 == limit && !isFinal { throw incompleteRow() }
        if index + 1 < limit && base[index + 1] == lineFeed { lines += 1 }
        hasEscapes = true
        index = min(index + 2, limit)
        continue
      }
      if index + 1 < limit && base[index + 1] == quote {
        hasEscapes = true
        index += 2
        continue
      }
      if index + 1 == limit && !isFinal { throw incompleteRow() }
      contentEnd = index
      position = index + 1
      break
    }
    if position < limit {
      let next = base[position]
      if next != delimiter && next != lineFeed && next != carriageReturn {
        throw ChunkStop.failure(
          ChunkFailure(
            lineInChunk: lines, field: fieldNumber, byteOffset: position,
            message: "unexpected text after a closing quote",
            hint: "a quote inside a quoted field must be doubled (\"\")"))
      }
    }
    return (contentEnd, hasEscapes)
  }

  /// Converts one field's text to the column's kind, widening the kind when the text needs it.
  @inline(__always)
  mutating func store(_ column: Int, _ p: UnsafePointer<UInt8>, _ length: Int, at offset: Int) throws {
    if length == 0 {
      builders[column].appendNull()
      return
    }
    if checksNullTextsFirst, case let bit = nullTexts.bit(p, length), bit != 0 {
      builders[column].appendNull()
      repairs.noteNullText(bit, column: column)
      return
    }
    let kind = kinds[column]
    switch kind.shape {
    case .int, .double, .date, .timestamp, .bool:
      if appendTyped(column, kind, p, length) {
        builders[column].note(form: decimalComma ? TextForm.mixed : TextForm.of(p, length, as: kind))
        return
      }
    case .string:
      if case let bit = nullTexts.bit(p, length), bit != 0 {
        builders[column].appendNull()
        repairs.noteNullText(bit, column: column)
      } else if let problem = builders[column].append(text: p, length) {
        throw badText(at: offset + problem, byte: p[problem], field: fieldNumber(column))
      }
      return
    case .empty:
      break
    }
    if case let bit = nullTexts.bit(p, length), bit != 0 {
      builders[column].appendNull()
      repairs.noteNullText(bit, column: column)
      return
    }
    let own =
      decimalComma
      ? DecimalComma.kind(of: p, length) ?? TokenParsing.kind(of: p, length)
      : TokenParsing.kind(of: p, length)
    let widened = kinds[column].joined(own)
    guard builders[column].widen(to: widened) else { throw ChunkStop.restart(column: column, kind: widened) }
    kinds[column] = widened
    try store(column, p, length, at: offset)
  }

  /// Appends the field as a value of `kind` (one of the typed kinds); false when the text is not one.
  @inline(__always)
  mutating func appendTyped(
    _ column: Int, _ kind: FieldKind, _ p: UnsafePointer<UInt8>, _ length: Int
  )
    -> Bool
  {
    if kind.shape == .int || kind.shape == .double, NumberParsing.isZeroPadded(p, length) { return false }
    switch kind.shape {
    case .int:
      guard
        let value = (decimalComma ? DecimalComma.parseInt(p, length) : nil)
          ?? NumberParsing.parseInt(p, length)
      else { return false }
      builders[column].append(int: value)
    case .double:
      guard
        let value = (decimalComma ? DecimalComma.parseDouble(p, length) : nil)
          ?? NumberParsing.parseFieldDouble(p, length)
      else { return false }
      builders[column].append(double: value)
    case .date where kind.time == .iso:
      guard let value = TokenParsing.parseDate(p, length) else { return false }
      builders[column].append(days: value)
    case .date:
      guard let time = parseTime(column, kind.time, p, length), !time.hasTime else { return false }
      builders[column].append(days: Int32(truncatingIfNeeded: time.micros / TimeText.microsPerDay))
      if kind.time == .slashUndecided { noteDecidingOrder(column, kind, p, length) }
    case .timestamp:
      guard let time = parseTime(column, kind.time, p, length) else { return false }
      builders[column].append(time: time)
      if kind.time == .slashUndecided { noteDecidingOrder(column, kind, p, length) }
    case .bool:
      guard let value = TokenParsing.parseBool(p, length) else { return false }
      builders[column].append(bool: value)
    case .string, .empty:
      return false
    }
    return true
  }

  /// Marks an undecided slash-date column as decided in the order it is read in when this field
  /// names no real day in the other order (`02/13/2024` read month first), so that `describe`
  /// names the column's form as the values show it.
  private mutating func noteDecidingOrder(
    _ column: Int, _ kind: FieldKind, _ p: UnsafePointer<UInt8>, _ length: Int
  ) {
    guard TimeParsing.parse(p, length, form: .slashUndecided, dayFirst: !dayFirst) == nil else { return }
    kinds[column] = FieldKind(kind.shape, dayFirst ? .slashDayFirst : .slashMonthFirst)
  }

  /// The field read in the column's time form.
  @inline(__always)
  private func parseTime(_ column: Int, _ form: TimeForm, _ p: UnsafePointer<UInt8>, _ length: Int)
    -> ParsedTime?
  {
    if form == .custom { return customFormats[column]?.parse(p, length) }
    return TimeParsing.parse(p, length, form: form, dayFirst: dayFirst)
  }

  func badText(at offset: Int, byte: UInt8, field: Int) -> ChunkStop {
    let what = byte == 0 ? "a NUL byte" : "invalid UTF-8"
    // A Latin-1 letter is one byte above 0x7F that no continuation byte follows.
    let latin1 = byte >= 0x80 && (offset + 1 >= limit || base[offset + 1] & 0xC0 != 0x80)
    let hint =
      byte == 0
      ? "this looks like a binary file, not text"
      : latin1
        ? "it looks like Latin-1: read it with --encoding latin1, or save the file as UTF-8"
        : "save the file as UTF-8"
    return ChunkStop.failure(
      ChunkFailure(
        lineInChunk: lines, field: field, byteOffset: offset, message: "\(what) in a field", hint: hint))
  }

  /// The error for a row with more fields than the header, after counting them.
  private mutating func tooManyFields(fieldStart: Int) -> ChunkStop {
    var fields = columnCount + 1
    var index = fieldStart
    var inQuotes = false
    while index < limit {
      let byte = base[index]
      if byte == quote {
        inQuotes.toggle()
      } else if !inQuotes {
        if byte == delimiter {
          fields += 1
        } else if byte == lineFeed || byte == carriageReturn {
          break
        }
      }
      index += 1
    }
    return ChunkStop.failure(
      ChunkFailure(
        lineInChunk: lines, field: columnCount + 1, byteOffset: fieldStart,
        message: "row has \(fields) fields, the header has \(columnCount)",
        hint: "check the quoting on this line, or a delimiter at the end of the line"))
  }
}
