import AssayCore
import AssaySQL
import CSQLite

/// The rows of a prepared statement, stepped a page at a time and typed by each column's
/// declared type (SQLite's affinity rules), or, for an expression, by its first value's storage
/// class. A value the declared type cannot hold is handed as what it is (a real always as a
/// double); the table that gathers the rows widens the column (`SQLiteStorage`).
struct SQLiteRows {
  private let statement: OpaquePointer
  private let count: Int
  /// The result's columns, final once the first page is read.
  private(set) var columns: [SQLColumn]
  private var typed = false

  /// The rows of `statement`.
  init(statement: OpaquePointer) {
    self.statement = statement
    count = Int(sqlite3_column_count(statement))
    columns = (0..<count).map { index in
      let name =
        sqlite3_column_name(statement, Int32(index)).map { String(cString: $0) } ?? "column\(index + 1)"
      let declared = sqlite3_column_decltype(statement, Int32(index)).map { String(cString: $0) } ?? ""
      return SQLColumn(name: name, type: Self.type(declared: declared) ?? .string, databaseType: declared)
    }
  }

  /// Up to `limit` rows, and whether the statement is done; `failure` makes the error of a step
  /// that failed.
  mutating func page(limit: Int, failure: () -> Error) throws -> (ResultPage, finished: Bool) {
    var values = [[Value]](repeating: [], count: count)
    for index in 0..<count { values[index].reserveCapacity(min(limit, 4_096)) }
    var rows = 0
    while rows < limit {
      let status = sqlite3_step(statement)
      if status == SQLITE_DONE { return (ResultPage(values: values), true) }
      guard status == SQLITE_ROW else { throw failure() }
      if !typed { typeExpressions() }
      for index in 0..<count { values[index].append(value(at: Int32(index))) }
      rows += 1
    }
    return (ResultPage(values: values), false)
  }

  /// Types the columns without a declared type (expressions) by their first row's values.
  private mutating func typeExpressions() {
    typed = true
    for index in 0..<count where columns[index].databaseType.isEmpty {
      switch sqlite3_column_type(statement, Int32(index)) {
      case SQLITE_INTEGER: columns[index].type = .int
      case SQLITE_FLOAT: columns[index].type = .double
      default: columns[index].type = .string
      }
    }
  }

  /// The value of column `index` in the current row, as its column's type where it fits.
  private func value(at index: Int32) -> Value {
    switch sqlite3_column_type(statement, index) {
    case SQLITE_NULL: return .null
    case SQLITE_INTEGER:
      return SQLiteStorage.integer(sqlite3_column_int64(statement, index), in: columns[Int(index)].type)
    case SQLITE_FLOAT:
      return .double(sqlite3_column_double(statement, index))
    case SQLITE_BLOB:
      let size = Int(sqlite3_column_bytes(statement, index))
      let bytes = sqlite3_column_blob(statement, index).map { UnsafeRawBufferPointer(start: $0, count: size) }
      return .string(BlobText.hex(bytes ?? UnsafeRawBufferPointer(start: nil, count: 0)))
    default:
      let text = sqlite3_column_text(statement, index).map { String(cString: $0) } ?? ""
      return SQLiteTimeText.value(text, as: columns[Int(index)].type)
    }
  }

  /// Assay's type for a declared column type, by SQLite's affinity rules with dates, timestamps and
  /// booleans told apart; nil when nothing is declared.
  static func type(declared: String) -> ColumnType? {
    let upper = declared.uppercased()
    if upper.isEmpty { return nil }
    if upper.contains("INT") { return .int }
    if upper.contains("BOOL") { return .bool }
    if upper.contains("CHAR") || upper.contains("CLOB") || upper.contains("TEXT") { return .string }
    if upper.contains("BLOB") { return .string }
    if upper.contains("TIMESTAMP") || upper.contains("DATETIME") { return .timestamp }
    if upper.contains("DATE") { return .date }
    return .double
  }
}
