import AssayCore
import Foundation

/// A table, view or query result of a database as a sheet: its rows stream in pages as the engine
/// sends them (a cursor, `mysql_use_result`, stepping SQLite), each page a growing snapshot, and
/// stopping the load cancels the statement on the server.
public struct DatabaseTable: TableSource {
  /// The database.
  public let server: any DatabaseServer
  /// What is read.
  public let reference: TableReference
  /// The columns read (nil: every column).
  public let columns: [String]?
  /// Every statement sent for the sheet: its load and its summaries.
  public let log = SQLLog()

  /// Rows in the first page: small, so the first screen shows as soon as the engine answers.
  static let firstPageRows = 1_000
  /// Rows in every later page.
  static let pageRows = 50_000

  /// A sheet of `reference` in `server`'s database, reading only `columns` when given.
  public init(server: any DatabaseServer, reference: TableReference, columns: [String]? = nil) {
    self.server = server
    self.reference = reference
    self.columns = columns
  }

  /// The sheet's summaries, computed by the engine.
  public var aggregates: SQLAggregates {
    SQLAggregates(server: server, reference: reference, columns: columns, name: displayName, log: log)
  }

  /// `database › table`, password masked.
  public var displayName: String { server.displayName + " › " + reference.displayName }

  /// The statement that reads the sheet's rows, in the engine's order: a query as written (so the
  /// engine judges it whole: a write is refused by the read-only session, not misread), a table's
  /// columns by name.
  public var selectStatement: String {
    if case .query(let sql) = reference, columns == nil { return sql }
    let dialect = server.dialect
    let list = columns.map { $0.map(dialect.quote).joined(separator: ", ") } ?? "*"
    return "SELECT \(list) FROM \(reference.fromClause(dialect))"
  }

  /// Streams the rows, page by page, on a background thread. Cancelling the consuming task
  /// cancels the statement on the server and keeps what the last snapshot holds.
  public func load() -> AsyncThrowingStream<LoadUpdate, Error> {
    let (server, sql, name, log) = (server, selectStatement, displayName, log)
    return AsyncThrowingStream { continuation in
      let session = SessionSlot()
      continuation.onTermination = { _ in session.cancel() }
      session.runDetached(on: server) { connection in
        var growing = GrowingTable(name: name)
        var finished = false
        defer {
          log.record(
            SentStatement(sql: sql, parameters: [], rowsReceived: growing.table.rowCount, failed: !finished))
        }
        try connection.run(
          sql, parameters: [], firstPageRows: Self.firstPageRows, pageRows: Self.pageRows,
          columns: { growing.start($0) },
          rows: { page in
            growing.append(page)
            continuation.yield(LoadUpdate(table: growing.table, progress: growing.progress(finished: false)))
            return !session.isCancelled
          })
        finished = true
        continuation.yield(LoadUpdate(table: growing.table, progress: growing.progress(finished: true)))
      } done: { error in
        // A stopped statement ends the load quietly, keeping what its last snapshot holds.
        guard let error, !(error is CancellationError) else { return continuation.finish() }
        continuation.finish(throwing: session.isCancelled ? CancellationError() : error)
      }
    }
  }
}
