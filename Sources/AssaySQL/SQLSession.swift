import AssayCore
import Foundation

/// One session of summaries: statements run on one connection and each recorded, with the rows
/// it returned, in the source's `SQLLog`. Statements are written with markers for their bound
/// values (`SQLStatement`), placed as the engine's placeholders as they are sent. Stopping the
/// session's monitor stops the statement running on the server (`DatabaseConnection.cancel`), and
/// no statement is sent after it.
struct SQLSession {
  /// The connection, open until `close`.
  let connection: any DatabaseConnection
  /// Where every statement is recorded.
  let log: SQLLog
  /// The engine's SQL.
  let dialect: SQLDialect
  /// The values the source's own condition binds (a filtered sheet's), which its markers in
  /// every statement refer to.
  var sourceParameters: [Value] = []
  /// The work the statements are part of; nil: they run to their end.
  var monitor: WorkMonitor?

  /// The statement as the engine receives it: placeholders for the markers of `parameters` and
  /// of the source's values.
  func placed(_ sql: String, _ parameters: [Value]) -> (sql: String, parameters: [Value]) {
    SQLPlacement.placed(sql, statement: parameters, source: sourceParameters, dialect: dialect)
  }

  /// The rows of a small result (an aggregate's groups, a few ranked values), recorded.
  func rows(_ sql: String, _ parameters: [Value] = []) throws -> [[Value]] {
    try result(sql, parameters).rows
  }

  /// The columns and rows of a small result, recorded.
  func result(_ sql: String, _ parameters: [Value] = []) throws -> (columns: [SQLColumn], rows: [[Value]]) {
    let (sql, parameters) = placed(sql, parameters)
    do {
      let fetched = try stoppable { try connection.fetch(sql, parameters: parameters) }
      log.record(SentStatement(sql: sql, parameters: parameters, rowsReceived: fetched.rows.count))
      return fetched
    } catch {
      log.record(SentStatement(sql: sql, parameters: parameters, rowsReceived: 0, failed: true))
      throw error
    }
  }

  /// The only row of an aggregate without GROUP BY.
  func row(_ sql: String, _ parameters: [Value] = []) throws -> [Value] {
    try rows(sql, parameters).first ?? []
  }

  /// Runs `statement`'s SQL with its parameters.
  func rows(_ sql: String, of statement: SQLStatement) throws -> [[Value]] {
    try rows(sql, statement.parameters)
  }

  /// Runs `statement`'s SQL, a page at a time, into a table named `name`, recorded.
  func table(_ sql: String, _ parameters: [Value], name: String) throws -> Table {
    var growing = GrowingTable(name: name)
    try scan(sql, parameters, columns: { growing.start($0) }) { page in
      growing.append(page)
      return true
    }
    return growing.table
  }

  /// The first page of `sql`'s result (none when it is empty; a row where the engine pages by
  /// rows), the statement ended after it, and its columns as the engine declares them: the engine
  /// judges the whole statement, and types its columns, without sending its rows.
  func head(_ sql: String, name: String) throws -> (table: Table, declared: [SQLColumn]) {
    var growing = GrowingTable(name: name)
    var declared: [SQLColumn] = []
    try scan(
      sql, firstPageRows: 1, pageRows: 1,
      columns: {
        declared = $0
        growing.start($0)
      }
    ) { page in
      growing.append(page)
      return false
    }
    return (growing.table, declared)
  }

  /// Runs `sql`, handing `body` each page of rows until it returns false or the rows end (the
  /// statement is then ended early), and records it with the rows received, and whether it failed.
  func scan(
    _ sql: String, _ parameters: [Value] = [], firstPageRows: Int = 10_000, pageRows: Int = 50_000,
    columns: ([SQLColumn]) -> Void = { _ in }, body: (ResultPage) throws -> Bool
  ) throws {
    let (sql, parameters) = placed(sql, parameters)
    var (received, finished) = (0, false)
    defer {
      log.record(SentStatement(sql: sql, parameters: parameters, rowsReceived: received, failed: !finished))
    }
    try stoppable {
      try connection.run(
        sql, parameters: parameters, firstPageRows: firstPageRows, pageRows: pageRows,
        columns: columns,
        rows: { page in
          received += page.rowCount
          return try body(page)
        })
    }
    finished = true
  }

  /// Runs `statement` (one statement sent) unless the monitor was stopped; a stop while it runs
  /// cancels it on the server, from a thread of its own (a cancel waits for the server's answer,
  /// and the monitor may be stopped by the thread that draws the screen).
  private func stoppable<Result>(_ statement: () throws -> Result) throws -> Result {
    guard let monitor else { return try statement() }
    try monitor.checkStopped()
    let connection = connection
    let result = try monitor.whileRunning(
      stopping: { Thread.detachNewThread { connection.cancel() } }, statement)
    // A stop that came as the statement was being sent may have found nothing to cancel.
    try monitor.checkStopped()
    return result
  }
}
