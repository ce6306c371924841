import AssayCSV
import AssayCore
import Foundation

/// Parses the records of a byte range into typed columns, flattening nested objects to dotted
/// names. Each column starts with the kind its name had in earlier chunks (or none) and widens as
/// values demand; a column that must turn to text midway is marked, the pass runs on, and the
/// range is parsed once more with every column at the kind the first pass found.
struct RecordParser {
  let base: UnsafePointer<UInt8>
  let limit: Int
  /// True for JSON Lines: a line break ends a record and is not white space inside one.
  let lineMode: Bool
  var position: Int
  var lines = 0
  var row = 0
  /// Keys met in the current row, for `predicted`.
  var ordinal = 0
  /// Nesting of the value being read, counted from the document's top.
  var depth = 0
  var paths = KeyPaths()
  var names: [String] = []
  var kinds: [FieldKind] = []
  var skipped: [String] = []
  /// Each kept column by name: keys that spell one dotted name (`a.b`, and `b` inside `a`) share it.
  var columnsByName: [String: Int32] = [:]
  /// Some column met a value its builder cannot hold, or a key met again in one object: the
  /// range is parsed again.
  var pending = false
  /// The cells of the range given more than one value (a key repeated in an object), with how
  /// many: later passes keep the last.
  var repeats: [RepeatedCell: Int] = [:]
  /// How many values of each of `repeats` this pass has met.
  var repeatsMet: [RepeatedCell: Int] = [:]
  /// The closing bracket of a document's top-level array was met.
  var closed = false
  let wanted: Set<String>?
  let startKinds: [String: FieldKind]
  var builders: UnsafeMutablePointer<ColumnBuilder>
  var builderCapacity = 64
  /// The node met at each key ordinal of the row before.
  let predicted: UnsafeMutablePointer<Int32>
  /// The parent node of each object level open in the current record.
  let parentStack: UnsafeMutablePointer<Int32>
  /// The bracket that opened each level of a value being copied.
  let containerStack: UnsafeMutablePointer<UInt8>
  /// A string's bytes with its escapes decoded.
  var decoded = RawBuffer<UInt8>(capacity: 256)
  /// An array's compact text.
  var compact = RawBuffer<UInt8>(capacity: 256)

  /// Objects and arrays may nest this deep.
  static let maxDepth = 512
  /// Keys of a row whose nodes are predicted from the row before.
  static let predictedKeys = 4096
  /// Columns a table may have (checked per chunk as it is parsed, and over all by the assembler).
  static let maxColumns = 16_384
  /// What to do about more columns than that.
  static let columnsHint =
    "Assay reads tables of up to \(maxColumns) columns; -O columns=a,b,... names the ones to load"
  /// Distinct key paths one chunk may hold.
  static let maxPaths = 1 << 22
  /// Rows each column's storage starts with room for (it grows as needed).
  static let initialRows = 256

  init(_ input: RecordInput, start: Int, startKinds: [String: FieldKind]) {
    base = input.base
    limit = input.limit
    lineMode = input.layout == .lines
    position = start
    wanted = input.wanted
    self.startKinds = startKinds
    builders = .allocate(capacity: builderCapacity)
    predicted = .allocate(capacity: Self.predictedKeys)
    predicted.initialize(repeating: 0, count: Self.predictedKeys)
    parentStack = .allocate(capacity: Self.maxDepth + 2)
    containerStack = .allocate(capacity: Self.maxDepth + 2)
  }

  /// Frees the buffers and the builders.
  func release() {
    for column in 0..<names.count { builders[column].deallocate() }
    builders.deinitialize(count: names.count)
    builders.deallocate()
    predicted.deallocate()
    parentStack.deallocate()
    containerStack.deallocate()
    decoded.deallocate()
    compact.deallocate()
  }

  /// Parses the records from `start` until one ends at or past `end` (for a document, the whole
  /// of it), starting each column at its kind in `kinds` (by name). Throws `JSONFailure`, or
  /// `NotColumns` for a `.columns` document that is not one.
  static func parse(_ input: RecordInput, start: Int, end: Int, kinds: [String: FieldKind]) throws
    -> ParsedRecords
  {
    var parser = RecordParser(input, start: start, startKinds: kinds)
    defer { parser.release() }
    while true {
      do {
        try parser.parseRecords(input.layout, until: end)
      } catch  where parser.pending {
        // A failure met after another pass became due: that pass reads values this one passed
        // over (a repeated key's last) and may fail earlier in the range, as a range cut shorter
        // there does. Passes end as successful ones do: each is due only for something the last
        // one learned (a wider kind, one more repeat).
        parser.restart(at: start)
        continue
      }
      if !parser.pending { return parser.finished(start: start) }
      parser.restart(at: start)
    }
  }

  private mutating func parseRecords(_ layout: RecordLayout, until end: Int) throws {
    switch layout {
    case .lines: try parseLines(until: end)
    case .arrayElements: try parseElements(until: end)
    case .columns: try parseColumns()
    case .single:
      try parseObject(under: 0)
      row = 1
      try expectEnd(after: "the object")
    }
  }

  /// Starts another pass over the range with fresh builders of the kinds the last pass found.
  private mutating func restart(at start: Int) {
    for column in 0..<names.count {
      builders[column].deallocate()
      builders[column] = ColumnBuilder(kind: kinds[column], capacity: Self.initialRows)
    }
    position = start
    lines = 0
    row = 0
    ordinal = 0
    depth = 0
    pending = false
    repeatsMet = [:]
  }

  /// The chunk of the rows parsed, every column brought to the row count with nulls.
  private mutating func finished(start: Int) -> ParsedRecords {
    for column in 0..<names.count {
      while builders[column].count < row { builders[column].appendNull() }
    }
    return ParsedRecords(
      names: names, columns: (0..<names.count).map { builders[$0].finish() },
      kinds: (0..<names.count).map { builders[$0].kind }, skipped: skipped,
      rows: row, start: start, end: position, lines: lines, closesArray: closed)
  }

  /// Ends a row: the next one's keys are predicted from this one's.
  @inline(__always)
  mutating func finishRow() {
    row += 1
    ordinal = 0
  }

  /// The column of a node met with a value for the first time: a new column, or `skipped` when
  /// the projection leaves its name out.
  mutating func assignColumn(_ node: Int32) throws -> Int32 {
    let name = paths.name(of: node)
    if let column = columnsByName[name] {
      paths.columns[Int(node)] = column
      return column
    }
    if let wanted, !wanted.contains(name) {
      paths.columns[Int(node)] = KeyPaths.skipped
      skipped.append(name)
      return KeyPaths.skipped
    }
    guard names.count < Self.maxColumns else {
      throw failure(
        "more than \(Self.maxColumns) columns (distinct keys)",
        hint: Self.columnsHint)
    }
    if names.count == builderCapacity {
      let grown = UnsafeMutablePointer<ColumnBuilder>.allocate(capacity: builderCapacity * 2)
      grown.moveInitialize(from: builders, count: names.count)
      builders.deallocate()
      builders = grown
      builderCapacity *= 2
    }
    let column = names.count
    let kind = startKinds[name] ?? .empty
    (builders + column).initialize(to: ColumnBuilder(kind: kind, capacity: Self.initialRows))
    names.append(name)
    kinds.append(kind)
    paths.columns[Int(node)] = Int32(column)
    columnsByName[name] = Int32(column)
    return Int32(column)
  }
}

/// A cell given more than one value (a key repeated in an object): its row in the range, and its
/// column.
struct RepeatedCell: Hashable {
  /// The row.
  let row: Int
  /// The column.
  let column: Int32
}

extension RecordParser {
  /// The first byte at or after `start` that is not white space, or the end.
  static func spaceEnd(_ input: RecordInput, from start: Int) -> Int {
    var parser = RecordParser(input, start: start, startKinds: [:])
    defer { parser.release() }
    parser.skipSpace()
    return parser.position
  }

  /// Where the value at `start` ends, with the white space after it; throws `JSONFailure` when
  /// it is not well-formed.
  static func valueEnd(_ input: RecordInput, at start: Int) throws -> Int {
    var parser = RecordParser(input, start: start, startKinds: [:])
    defer { parser.release() }
    try parser.copyValue(writing: false)
    parser.skipSpace()
    return parser.position
  }
}
