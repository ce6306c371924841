import AssayCore
import AssaySQL
import CSQLite
import Foundation

/// A read-only session with a SQLite file: opened with `SQLITE_OPEN_READONLY` and `query_only`,
/// statements stepped a page at a time, `cancel` through `sqlite3_interrupt`.
final class SQLiteConnection: DatabaseConnection, @unchecked Sendable {  // `handle` is guarded by `lock`
  private let lock = NSLock()
  private var handle: OpaquePointer?
  private let path: String

  /// Opens the file read-only; an `AssayError` when it cannot be opened or is not a database.
  init(path: String) throws {
    self.path = path
    if let failure = assay_sqlite3_load() {
      throw AssayError(message: "\(path): \(String(cString: failure))")
    }
    do {
      handle = try Self.open(path)
    } catch let refusal as Refusal where refusal.needsWriting {
      // A database in write-ahead-log mode is read through a shared-memory file beside it, which
      // a reader creates when it is missing: where the folder cannot be written, one whose every
      // write is in its file is read as a file nobody changes.
      guard let uri = SQLiteQuietLog.immutableURI(path), let opened = try? Self.open(uri, isURI: true) else {
        throw refusal.error(path, inLogMode: SQLiteQuietLog.isInLogMode(path))
      }
      handle = opened
    } catch let refusal as Refusal {
      throw refusal.error(path, inLogMode: false)
    }
  }

  /// Why a file did not open as a database: SQLite's message, and whether reading it needs a
  /// file to be written beside it (a write-ahead log's shared memory, a journal rolled back).
  private struct Refusal: Error {
    let message: String
    let needsWriting: Bool

    /// The refusal as the one line a person reads, for a file `inLogMode` or not.
    func error(_ path: String, inLogMode: Bool) -> AssayError {
      AssayError(
        message: "\(path): cannot open the SQLite database (\(message))",
        hint: needsWriting && inLogMode
          ? "it is in write-ahead-log mode with writes not yet in the file, and its folder can't be written: "
            + "copy the file and its -wal file somewhere writable"
          : "check the path")
    }
  }

  /// `name` (a path, or a `file:` URI when `isURI`) opened read-only, its first page read to show
  /// it is a database.
  private static func open(_ name: String, isURI: Bool = false) throws -> OpaquePointer {
    var opened: OpaquePointer?
    let flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX | (isURI ? SQLITE_OPEN_URI : 0)
    let status = sqlite3_open_v2(name, &opened, flags, nil)
    guard status == SQLITE_OK, let opened else {
      let message =
        opened.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(status))
      sqlite3_close_v2(opened)
      throw Refusal(message: message, needsWriting: false)
    }
    sqlite3_busy_timeout(opened, 2_000)
    sqlite3_exec(opened, "PRAGMA query_only = ON", nil, nil, nil)
    // Opening reads nothing: the schema's first page shows now whether the file is a database.
    let probe = sqlite3_exec(opened, "SELECT 1 FROM sqlite_schema LIMIT 1", nil, nil, nil)
    guard probe == SQLITE_OK else {
      let message = String(cString: sqlite3_errmsg(opened))
      sqlite3_close_v2(opened)
      let primary = probe & 0xFF
      throw Refusal(message: message, needsWriting: primary == SQLITE_READONLY || primary == SQLITE_CANTOPEN)
    }
    return opened
  }

  deinit { close() }

  func run(
    _ sql: String, parameters: [Value], firstPageRows: Int, pageRows: Int,
    columns: ([SQLColumn]) throws -> Void, rows: (ResultPage) throws -> Bool
  ) throws {
    guard let database = lock.withLock({ handle }) else { throw CancellationError() }
    var prepared: OpaquePointer?
    guard sqlite3_prepare_v2(database, sql, -1, &prepared, nil) == SQLITE_OK, let statement = prepared else {
      throw failure(database)
    }
    defer { sqlite3_finalize(statement) }
    // A statement that would write is refused before it runs: some write a file even when refused
    // (`VACUUM INTO` creates its target).
    guard sqlite3_stmt_readonly(statement) != 0 else {
      throw wouldWrite("attempt to write a readonly database")
    }
    for (index, parameter) in parameters.enumerated() { bind(parameter, at: Int32(index + 1), in: statement) }
    var reader = SQLiteRows(statement: statement)
    var announced = false
    var limit = firstPageRows
    while true {
      let (page, finished) = try reader.page(limit: limit) { failure(database) }
      if !announced {
        try columns(reader.columns)
        announced = true
      }
      if page.rowCount > 0 || finished {
        guard try rows(page) else { return }
      }
      if finished { return }
      limit = pageRows
    }
  }

  func cancel() {
    lock.withLock {
      if let handle { sqlite3_interrupt(handle) }
    }
  }

  func catalog() throws -> [CatalogTable] {
    try SQLiteCatalog(connection: self).tables()
  }

  func close() {
    let closing = lock.withLock {
      defer { handle = nil }
      return handle
    }
    if let closing { sqlite3_close_v2(closing) }
  }

  /// The error of the last call on `database`: `CancellationError` for an interrupted statement,
  /// else an `AssayError` with SQLite's message.
  private func failure(_ database: OpaquePointer) -> Error {
    let code = sqlite3_errcode(database)
    if code == SQLITE_INTERRUPT { return CancellationError() }
    let message = String(cString: sqlite3_errmsg(database))
    if code == SQLITE_READONLY || message.contains("readonly") { return wouldWrite(message) }
    if message.hasPrefix("no such table") {
      return AssayError(
        message: "\(path): \(message)", hint: "check the table name; 'assay ls' lists the tables")
    }
    return AssayError(message: "\(path): \(message)", hint: "check the SQL and the table and column names")
  }

  /// The error for a statement that would write, with SQLite's `message`.
  private func wouldWrite(_ message: String) -> AssayError {
    AssayError(
      message: "\(path): the statement would write (\(message)); the database is opened read-only",
      hint: "Assay never writes to a source")
  }

  /// Binds one parameter as its own type.
  private func bind(_ value: Value, at index: Int32, in statement: OpaquePointer) {
    let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    switch value {
    case .null: sqlite3_bind_null(statement, index)
    case .bool(let flag): sqlite3_bind_int64(statement, index, flag ? 1 : 0)
    case .int(let number): sqlite3_bind_int64(statement, index, number)
    case .double(let number): sqlite3_bind_double(statement, index, number)
    case .date, .timestamp, .duration, .string:
      sqlite3_bind_text(statement, index, value.description, -1, transient)
    }
  }
}
