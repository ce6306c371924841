import AssayCore
import AssaySQL
import CMariaDB
import Foundation

/// A read-only session with a MariaDB or MySQL server: one `MYSQL` connection whose session and
/// transaction are both `READ ONLY` (the server refuses any write) and whose time zone is UTC (so
/// TIMESTAMP values read as instants). Rows stream with `mysql_use_result`; a statement with
/// parameters runs prepared, its values bound apart from its SQL. `cancel` sends `KILL QUERY` for
/// this session's thread on a second connection.
final class MariaDBConnection: DatabaseConnection, @unchecked Sendable {
  // `handle`, `running` and `cancelled` are guarded by `lock`; `killing` is held while a
  // `KILL QUERY` is on its way, and a statement waits for it before it returns, so that no kill
  // meant for one statement reaches the next.
  private let lock = NSLock()
  private let killing = NSLock()
  private var handle: UnsafeMutablePointer<MYSQL>?
  private var running = false
  private var cancelled = false
  private let threadID: UInt
  private let endpoint: MariaDBEndpoint

  /// The statements that make a session read-only and UTC, run once it connects.
  static let sessionSetup = [
    "SET SESSION TRANSACTION READ ONLY", "SET SESSION time_zone = '+00:00'", "START TRANSACTION READ ONLY",
  ]

  /// Connects to `endpoint` and makes the session read-only; an `AssayError` with the server's
  /// message when either fails.
  init(endpoint: MariaDBEndpoint) throws {
    self.endpoint = endpoint
    let opened = try MariaDBLink.open(endpoint)
    for statement in Self.sessionSetup
    where mysql_real_query(opened, statement, UInt(statement.utf8.count)) != 0 {
      let error = MariaDBFailure.statement(opened, endpoint: endpoint, cancelled: false)
      mysql_close(opened)
      throw error
    }
    threadID = mysql_thread_id(opened)
    handle = opened
  }

  deinit { close() }

  func run(
    _ sql: String, parameters: [Value], firstPageRows: Int, pageRows: Int,
    columns: ([SQLColumn]) throws -> Void, rows: (ResultPage) throws -> Bool
  ) throws {
    let database = try begin()
    defer { end() }
    let isCancelled = { [unowned self] in lock.withLock { cancelled } }
    let started: (any MariaDBRowSource)? =
      parameters.isEmpty
      ? try query(sql, on: database)
      : try MariaDBPreparedRows.execute(
        sql, parameters: parameters, on: database, endpoint: endpoint, isCancelled: isCancelled)
    guard let reader = started else {
      try columns([])
      _ = try rows(ResultPage(values: []))
      return
    }
    defer {
      if !reader.exhausted { stopStatement() }
      reader.close()
    }
    try reader.deliver(firstPageRows: firstPageRows, pageRows: pageRows, columns: columns, rows: rows)
    if isCancelled() { throw CancellationError() }
  }

  func cancel() {
    killing.withLock {
      let target: UInt? = lock.withLock {
        guard running, handle != nil else { return nil }
        cancelled = true
        return threadID
      }
      if let target { MariaDBQueryKill.send(threadID: target, endpoint: endpoint) }
    }
  }

  func catalog() throws -> [CatalogTable] {
    try MariaDBCatalog(connection: self, database: endpoint.database).tables()
  }

  func close() {
    let closing = lock.withLock {
      defer { handle = nil }
      return handle
    }
    if let closing { mysql_close(closing) }
  }

  /// Marks a statement as running and hands the connection; a closed session cannot run one.
  private func begin() throws -> UnsafeMutablePointer<MYSQL> {
    try lock.withLock {
      guard let handle else {
        throw AssayError(message: "\(endpoint.displayName): the session is closed")
      }
      running = true
      cancelled = false
      return handle
    }
  }

  /// Marks the statement as ended, once any kill sent for it has arrived.
  private func end() {
    lock.withLock { running = false }
    killing.withLock {}
  }

  /// Stops the running statement on the server, so that the rows still to come need not be read
  /// to the end before the connection is free again.
  private func stopStatement() {
    killing.withLock { MariaDBQueryKill.send(threadID: threadID, endpoint: endpoint) }
  }

  /// Runs `sql` as text; its rows, or nil for a statement that returns none.
  private func query(_ sql: String, on database: UnsafeMutablePointer<MYSQL>) throws -> MariaDBTextRows? {
    let failure = { [unowned self] in
      MariaDBFailure.statement(database, endpoint: endpoint, cancelled: lock.withLock { cancelled })
    }
    guard mysql_real_query(database, sql, UInt(sql.utf8.count)) == 0 else { throw failure() }
    guard let result = mysql_use_result(database) else {
      if mysql_field_count(database) == 0 { return nil }
      throw failure()
    }
    return MariaDBTextRows(handle: database, result: result, failure: failure)
  }
}
