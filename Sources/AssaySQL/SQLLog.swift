import AssayCore
import Synchronization

/// One statement sent to a database: its SQL, the values bound to its placeholders, and how many
/// rows came back.
public struct SentStatement: Sendable, Equatable {
  /// The SQL, as sent.
  public var sql: String
  /// The bound values, in placeholder order.
  public var parameters: [Value]
  /// Rows the engine returned.
  public var rowsReceived: Int
  /// True when the statement ended in an error (or was stopped) rather than with its last row.
  public var failed: Bool
  /// True while the statement runs (a load's), its rows still arriving.
  public var running: Bool

  /// A statement from its parts.
  public init(
    sql: String, parameters: [Value], rowsReceived: Int, failed: Bool = false, running: Bool = false
  ) {
    self.sql = sql
    self.parameters = parameters
    self.rowsReceived = rowsReceived
    self.failed = failed
    self.running = running
  }
}

/// Every statement a source sent, in order, so `--explain` can show them and a test can prove
/// that a summary was computed by the engine (a GROUP BY, as many rows back as groups).
public final class SQLLog: Sendable {
  private let sent = Mutex<[SentStatement]>([])

  /// An empty log.
  public init() {}

  /// Records a statement.
  public func record(_ statement: SentStatement) { sent.withLock { $0.append(statement) } }

  /// Records a statement that has just been sent, as running; returns its place for `finish`.
  public func start(sql: String, parameters: [Value]) -> Int {
    sent.withLock {
      $0.append(SentStatement(sql: sql, parameters: parameters, rowsReceived: 0, running: true))
      return $0.count - 1
    }
  }

  /// Completes the record of the statement `start` placed at `index`.
  public func finish(_ index: Int, rowsReceived: Int, failed: Bool) {
    sent.withLock { statements in
      guard statements.indices.contains(index) else { return }
      statements[index].rowsReceived = rowsReceived
      statements[index].failed = failed
      statements[index].running = false
    }
  }

  /// The statements recorded so far, oldest first.
  public var statements: [SentStatement] { sent.withLock { $0 } }

  /// The statements as SQL text, each followed by a comment with its bound values and the rows
  /// it returned: `-- parameters: 4.3, 0.5 · 12 rows received`.
  public var explanation: String {
    statements.map { statement in
      var notes: [String] = []
      if !statement.parameters.isEmpty {
        notes.append("parameters: " + statement.parameters.map(\.description).joined(separator: ", "))
      }
      let rows = statement.rowsReceived
      if statement.running {
        notes.append("running: its rows are still arriving")
      } else {
        notes.append("\(NumberFormatting.grouped(rows)) \(rows == 1 ? "row" : "rows") received")
      }
      if statement.failed { notes.append("failed") }
      return statement.sql + ";\n-- " + notes.joined(separator: " · ") + "\n"
    }.joined()
  }
}
