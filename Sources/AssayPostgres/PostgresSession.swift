import AssayCore
import AssaySQL
import Foundation
import PostgresNIO

/// A read-only session with a PostgreSQL database, through postgres-nio. The session starts with
/// `default_transaction_read_only = on`, and every statement runs in a transaction of its own,
/// started `READ ONLY` and rolled back: the server refuses any write, a statement cannot turn the
/// session read-write for the next one (`set_config` of the default is undone with it), what
/// PostgreSQL lets a read-only transaction change (large objects) is undone, and commands that
/// cannot run in a transaction (`VACUUM`) are refused. The session also has
/// `synchronize_seqscans = off`, so every scan of a large table starts at its first block: rows
/// come in the same order each time (a load, a sample's numbering, the first appearance of a
/// value), not from wherever the last scan stopped. `run` is synchronous,
/// for worker threads: a task on the connection's event loop reads the rows off postgres-nio's row sequence (which holds the
/// server back while pages wait) and hands them over in pages (`PageHandoff`) while the calling
/// thread waits. `cancel` sends PostgreSQL's cancel request, so the server stops the statement.
final class PostgresSession: DatabaseConnection, @unchecked Sendable {  // `running` is guarded by `lock`
  private let connection: PostgresConnection
  private let address: PostgresAddress
  private let key: BackendKey
  private let failure: PostgresFailure
  private let lock = NSLock()
  /// The handoff of the statement running now, if any.
  private var running: PageHandoff?
  /// Signalled once the last statement's transaction is rolled back. A statement stopped early
  /// returns at once while the rest of its result is read off the wire (postgres-nio leaves the row
  /// sequence that way); the session's next statement waits for its rollback, and a session closed
  /// before then never waits.
  private var rolledBack: DispatchSemaphore?

  /// postgres-nio's log stays silent: Assay reports failures itself.
  static let logger: Logger = {
    var logger = Logger(label: "assay.postgres")
    logger.logLevel = .critical
    return logger
  }()

  private init(
    connection: PostgresConnection, address: PostgresAddress, key: BackendKey, failure: PostgresFailure
  ) {
    self.connection = connection
    self.address = address
    self.key = key
    self.failure = failure
  }

  deinit { close() }

  /// Connects and authenticates, waiting for it; an `AssayError` when the server cannot be
  /// reached or refuses the session.
  static func open(_ address: PostgresAddress, name: String) throws -> PostgresSession {
    let failure = PostgresFailure(
      name: name, password: address.password, ignoredPasswordFile: address.ignoredPasswordFile)
    let key = BackendKey()
    do {
      let channel = try PostgresChannel.open(address, key: key)
      var configuration = PostgresConnection.Configuration(
        establishedChannel: channel, tls: try PostgresChannel.tls(address.tls), username: address.user,
        password: address.password, database: address.database)
      configuration.options.additionalStartupParameters = [
        ("default_transaction_read_only", "on"), ("synchronize_seqscans", "off"),
        ("application_name", "assay"),
      ]
      let connection = try PostgresConnection.connect(
        on: channel.eventLoop, configuration: configuration, id: 1, logger: logger
      ).wait()
      return PostgresSession(connection: connection, address: address, key: key, failure: failure)
    } catch {
      throw failure.error(error)
    }
  }

  func run(
    _ sql: String, parameters: [Value], firstPageRows: Int, pageRows: Int,
    columns: ([SQLColumn]) throws -> Void, rows: (ResultPage) throws -> Bool
  ) throws {
    try run(
      sql, parameters: parameters, settings: nil, firstPageRows: firstPageRows, pageRows: pageRows,
      columns: columns, rows: rows)
  }

  /// `run` with `settings` (a statement of `set_config` calls local to the transaction) first.
  private func run(
    _ sql: String, parameters: [Value], settings: String?, firstPageRows: Int, pageRows: Int,
    columns: ([SQLColumn]) throws -> Void, rows: (ResultPage) throws -> Bool
  ) throws {
    let handoff = PageHandoff()
    // Running from here: a cancel while the last statement's rollback is awaited stops this one.
    let previous = lock.withLock {
      running = handoff
      return rolledBack
    }
    defer {
      lock.withLock { running = nil }
      handoff.stop()
    }
    previous?.wait()
    let finished = DispatchSemaphore(value: 0)
    // Decided once: a statement that starts signals `finished` when its transaction ends.
    let cancelled = handoff.isStopped
    lock.withLock { rolledBack = cancelled ? nil : finished }
    if cancelled { throw CancellationError() }
    let bindings = ParameterText.bindings(parameters)
    let connection = connection
    let reading: @Sendable () async -> Void = {
      await Self.readInTransaction(
        sql, bindings: bindings, settings: settings, on: connection, into: handoff,
        firstPageRows: firstPageRows,
        pageRows: pageRows)
      finished.signal()
    }
    if #available(macOS 15.0, *) {
      Task(executorPreference: EventLoopExecutor(connection.eventLoop), operation: reading)
    } else {
      Task(operation: reading)
    }
    while true {
      switch handoff.take() {
      case .columns(let described): try columns(described)
      case .page(let page):
        // Stopped early by the reader: the rest of the result is read off the wire and dropped
        // (postgres-nio leaves the row sequence that way). A cancel request here could reach the
        // server after this statement ended and stop the session's next one.
        guard try rows(page) else { return }
      case .end: return
      case .failure(let error): throw failure.error(error)
      case .stopped: throw CancellationError()
      }
    }
  }

  /// `run` on a plan that reads the table in the order of its blocks each time: without parallel
  /// workers, whose rows reach the statement in whichever order they find them (the same
  /// `LIMIT`/`OFFSET` of a filtered large table gave other rows each time), and without index
  /// scans, which a small `LIMIT` may choose where a whole read scans the table. The settings hold
  /// for the statement's transaction.
  func runInRepeatableOrder(
    _ sql: String, parameters: [Value], firstPageRows: Int, pageRows: Int,
    columns: ([SQLColumn]) throws -> Void, rows: (ResultPage) throws -> Bool
  ) throws {
    try run(
      sql, parameters: parameters,
      settings: "SELECT set_config('max_parallel_workers_per_gather', '0', true), "
        + "set_config('enable_indexscan', 'off', true), set_config('enable_indexonlyscan', 'off', true)",
      firstPageRows: firstPageRows, pageRows: pageRows, columns: columns, rows: rows)
  }

  /// `read` within a transaction started `READ ONLY` (with `settings` run first) and rolled back
  /// whatever happens; a failure to start it is handed over as the statement's. The result's
  /// columns are learned first, and those of a type not read in binary are cast
  /// (`PostgresReadableStatement`); a statement that cannot be described so (`EXPLAIN`, `SHOW`, or
  /// one that fails) runs as it is, in a new transaction.
  private static func readInTransaction(
    _ sql: String, bindings: PostgresBindings, settings: String?, on connection: PostgresConnection,
    into handoff: PageHandoff, firstPageRows: Int, pageRows: Int
  ) async {
    var query = PostgresQuery(unsafeSQL: sql, binds: bindings)
    var described: [PostgresColumn]?
    do {
      try await begin(settings: settings, on: connection)
      do {
        let columns = try await columns(
          of: PostgresQuery(unsafeSQL: PostgresReadableStatement.describing(sql), binds: bindings),
          on: connection)
        if let readable = PostgresReadableStatement.readable(sql, columns: columns) {
          query = PostgresQuery(unsafeSQL: readable, binds: bindings)
          described = columns
        }
      } catch {
        _ = try await connection.query("ROLLBACK", logger: logger)
        guard !handoff.isStopped else { return }
        try await begin(settings: settings, on: connection)
      }
    } catch {
      _ = try? await connection.query("ROLLBACK", logger: logger)
      _ = await handoff.deliver(.failure(error))
      return
    }
    await read(
      query, described: described, on: connection, into: handoff, firstPageRows: firstPageRows,
      pageRows: pageRows)
    _ = try? await connection.query("ROLLBACK", logger: logger)
  }

  /// Starts the statement's transaction, `READ ONLY`, and runs `settings` in it.
  private static func begin(settings: String?, on connection: PostgresConnection) async throws {
    _ = try await connection.query("START TRANSACTION READ ONLY", logger: logger)
    if let settings { _ = try await connection.query(PostgresQuery(unsafeSQL: settings), logger: logger) }
  }

  /// The columns of the result of `query`, which has no row.
  private static func columns(of query: PostgresQuery, on connection: PostgresConnection) async throws
    -> [PostgresColumn]
  {
    let sequence = try await connection.query(query, logger: logger)
    for try await _ in sequence {}
    return Array(sequence.columns)
  }

  /// Reads the result of `query` into pages handed to `handoff`, until the result ends, it fails,
  /// or the handoff stops (then leaving the row sequence cancels the statement in postgres-nio).
  /// The columns are handed over as `described` gives them when the statement was rewritten to cast
  /// some: their types as the table has them.
  private static func read(
    _ query: PostgresQuery, described: [PostgresColumn]?, on connection: PostgresConnection,
    into handoff: PageHandoff, firstPageRows: Int, pageRows: Int
  ) async {
    do {
      let sequence = try await connection.query(query, logger: logger)
      let types = sequence.columns.map(\.dataType)
      let shown = (described ?? Array(sequence.columns)).map(PostgresColumnType.column)
      guard await handoff.deliver(.columns(shown)) else { return }
      var page = PageBuilder(types: types, limit: firstPageRows)
      for try await row in sequence {
        page.append(row)
        if page.isFull {
          guard await handoff.deliver(.page(page.take(nextLimit: pageRows))) else { return }
        }
      }
      guard await handoff.deliver(.page(page.take(nextLimit: pageRows))) else { return }
      _ = await handoff.deliver(.end)
    } catch {
      _ = await handoff.deliver(.failure(error))
    }
  }

  func cancel() {
    guard let handoff = lock.withLock({ running }) else { return }
    if let (processID, secret) = key.processAndSecret {
      CancelRequest.send(processID: processID, secret: secret, to: address)
    }
    handoff.stop()
  }

  func catalog() throws -> [CatalogTable] {
    try PostgresCatalog(connection: self).tables()
  }

  /// Closes the connection without waiting; postgres-nio's connection is kept alive until it is
  /// closed (it must not go away open).
  func close() {
    let connection = connection
    connection.close().whenComplete { _ in withExtendedLifetime(connection) {} }
  }
}
