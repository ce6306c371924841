import AssayCore
import CSQLite
import Foundation

/// A SQLite file written by a test: tables created with declared types Assay reads back as the
/// same types, rows inserted in one transaction. Removed with its folder by `remove`.
struct SQLiteFile {
  /// The file's path.
  let path: String

  /// A new file holding `tables`, each under its own name.
  init(_ tables: [Table]) throws {
    try self.init(filling: { database in
      for table in tables { try Self.write(table, database) }
    })
  }

  /// A new file made by running `statements` (SQL, in order), as another program writes one.
  init(statements: [String]) throws {
    try self.init(filling: { database in
      for statement in statements { try Self.execute(statement, database) }
    })
  }

  /// A new file filled by `fill` in one transaction.
  private init(filling fill: (OpaquePointer) throws -> Void) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "assay-sql-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    path = folder.appendingPathComponent("test.db").path
    var handle: OpaquePointer?
    guard assay_sqlite3_load() == nil,
      sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK,
      let database = handle
    else {
      throw AssayError(message: "cannot create \(path)")
    }
    defer { sqlite3_close_v2(database) }
    try Self.execute("BEGIN", database)
    try fill(database)
    try Self.execute("COMMIT", database)
  }

  /// Deletes the file and its folder.
  func remove() {
    try? FileManager.default.removeItem(at: URL(fileURLWithPath: path).deletingLastPathComponent())
  }

  private static func write(_ table: Table, _ database: OpaquePointer) throws {
    let quote = { (name: String) in "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
    let declared = table.columns.map { "\(quote($0.name)) \(declaredType($0.type))" }
    try execute("CREATE TABLE \(quote(table.name)) (\(declared.joined(separator: ", ")))", database)
    let marks = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
    var prepared: OpaquePointer?
    guard
      sqlite3_prepare_v2(database, "INSERT INTO \(quote(table.name)) VALUES (\(marks))", -1, &prepared, nil)
        == SQLITE_OK, let insert = prepared
    else { throw AssayError(message: String(cString: sqlite3_errmsg(database))) }
    defer { sqlite3_finalize(insert) }
    let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    for row in 0..<table.rowCount {
      sqlite3_reset(insert)
      for (index, column) in table.columns.enumerated() {
        let slot = Int32(index + 1)
        switch column[row] {
        case .null: sqlite3_bind_null(insert, slot)
        case .bool(let flag): sqlite3_bind_int64(insert, slot, flag ? 1 : 0)
        case .int(let number): sqlite3_bind_int64(insert, slot, number)
        case .double(let number): sqlite3_bind_double(insert, slot, number)
        case let value: sqlite3_bind_text(insert, slot, value.description, -1, transient)
        }
      }
      guard sqlite3_step(insert) == SQLITE_DONE else {
        throw AssayError(message: String(cString: sqlite3_errmsg(database)))
      }
    }
  }

  private static func declaredType(_ type: ColumnType) -> String {
    switch type {
    case .int: return "INTEGER"
    case .double: return "REAL"
    case .bool: return "BOOLEAN"
    case .date: return "DATE"
    case .timestamp: return "TIMESTAMP"
    case .string, .duration: return "TEXT"
    }
  }

  private static func execute(_ sql: String, _ database: OpaquePointer) throws {
    guard sqlite3_exec(database, sql, nil, nil, nil) == SQLITE_OK else {
      throw AssayError(message: String(cString: sqlite3_errmsg(database)))
    }
  }
}
