import AssayCore

/// A result's rows gathered page by page into typed column chunks, a `Table` after each page. A
/// page holding a value its column's type cannot (SQLite's dynamic typing) widens that column:
/// integers with fractions to doubles, anything else to text; no value is lost.
struct GrowingTable {
  /// The table's name.
  let name: String
  private var columns: [Column] = []

  /// An empty table named `name`.
  init(name: String) { self.name = name }

  /// Sets the columns, before any page; a column of an engine's binary type holds its values as hex
  /// text shown short (`Column.isBinary`).
  mutating func start(_ described: [SQLColumn]) {
    columns = described.map { column in
      var empty = column.emptyColumn
      empty.isBinary = BlobText.isBinary(databaseType: column.databaseType)
      return empty
    }
  }

  /// Adds a page's rows as one chunk per column.
  mutating func append(_ page: ResultPage) {
    guard page.rowCount > 0 else { return }
    for index in columns.indices {
      let type = Self.widened(columns[index].type, toHold: page.values[index])
      if type != columns[index].type {
        let old = columns[index]
        columns[index] = Column(
          name: old.name, type: type, values: old.kept(as: type, (0..<old.count).map { old[$0] }))
        columns[index].decimalPlaces = old.decimalPlaces
      }
      let values = columns[index].kept(as: type, page.values[index])
      columns[index].append([ColumnChunk.make(type: type, values: values)])
    }
  }

  /// The rows so far.
  var table: Table { Table(name: name, columns: columns) }

  /// Rows so far, for a progress display (a stream: no byte total).
  func progress(finished: Bool) -> LoadProgress {
    LoadProgress(bytesRead: 0, totalBytes: nil, rows: columns.first?.count ?? 0, finished: finished)
  }

  /// Bytes a row of `page` takes held, roughly: a word and a flag per cell, and a text's bytes.
  static func estimatedBytesPerRow(_ page: ResultPage) -> Int {
    guard page.rowCount > 0 else { return 0 }
    var bytes = 0
    for column in page.values {
      for value in column {
        if case .string(let text) = value { bytes += text.utf8.count }
      }
    }
    return page.values.count * 9 + bytes / page.rowCount
  }

  /// The narrowest type at least as wide as `type` that holds every one of `values`.
  static func widened(_ type: ColumnType, toHold values: [Value]) -> ColumnType {
    var type = type
    for value in values where !fits(value, type) {
      if case .double = value, type == .int { type = .double } else { return .string }
    }
    return type
  }

  /// Whether a column of `type` keeps `value` as it is.
  private static func fits(_ value: Value, _ type: ColumnType) -> Bool {
    switch (value, type) {
    case (.null, _), (_, .string), (.bool, .bool), (.int, .int), (.int, .double), (.double, .double),
      (.date, .date), (.timestamp, .timestamp), (.duration, .duration):
      return true
    default:
      return false
    }
  }
}

extension Column {
  /// `values` as a column of `type` holds them: for text, every number written as this column
  /// shows it (an exact decimal with its declared places, `12.50`), so no digit is lost.
  /// A page already all text (or null) is handed on as it is, not copied: a window's page may
  /// hold millions of values.
  fileprivate func kept(as type: ColumnType, _ values: [Value]) -> [Value] {
    func isText(_ value: Value) -> Bool {
      switch value {
      case .null, .string: return true
      default: return false
      }
    }
    guard type == .string, !values.allSatisfy(isText) else { return values }
    return values.map { isText($0) ? $0 : .string(text(of: $0)) }
  }
}
