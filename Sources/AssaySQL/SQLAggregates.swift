import AssayAnalysis
import AssayCore

/// The summaries of a database table, view or query computed by the engine in SQL, moving only
/// their results: counts, extremes, the few ordered values a median or quartile needs, a GROUP BY
/// per frequency table or histogram. Answers as `TableAggregates` answers for the rows the sheet
/// would load. Every statement is recorded in `log`. Identifiers are quoted, values bound.
///
/// SQLite's timestamps (text the engine cannot be trusted to read as Assay does) are read to be
/// counted by a calendar part; everything else stays in the engine.
public struct SQLAggregates: Aggregating {
  /// The database.
  public let server: any DatabaseServer
  /// What is summarised.
  public let reference: TableReference
  /// The columns of the sheet (nil: every column).
  public let columns: [String]?
  /// The name of the summarised table, as the sheet is named.
  public let name: String
  /// Every statement sent, with the rows it returned.
  public let log: SQLLog
  /// The condition the summarised rows meet (a filtered sheet's); nil: every row.
  let condition: SQLCondition?
  /// The columns learned of the engine, kept for the sheet's life.
  let schemas: LearnedSchemas

  /// The summaries of `reference` in `server`'s database, limited to `columns` when given, named
  /// `name` in messages, recording each statement in `log`.
  public init(
    server: any DatabaseServer, reference: TableReference, columns: [String]?, name: String, log: SQLLog
  ) {
    self.init(
      server: server, reference: reference, columns: columns, name: name, log: log, condition: nil,
      schemas: LearnedSchemas())
  }

  /// The summaries of the rows of `reference` where `condition` holds, with the columns learned
  /// of the engine kept in `schemas`.
  init(
    server: any DatabaseServer, reference: TableReference, columns: [String]?, name: String, log: SQLLog,
    condition: SQLCondition?, schemas: LearnedSchemas
  ) {
    self.server = server
    self.reference = reference
    self.columns = columns
    self.name = name
    self.log = log
    self.condition = condition
    self.schemas = schemas
  }

  /// The engine's SQL.
  var dialect: SQLDialect { server.dialect }

  /// What follows FROM: the table or query, or its rows where the condition holds as a derived
  /// table (so a statement can add its own WHERE and GROUP BY after it).
  var from: String { Self.from(reference, condition, dialect) }

  /// What follows FROM for the rows of `reference` where `condition` holds.
  static func from(_ reference: TableReference, _ condition: SQLCondition?, _ dialect: SQLDialect) -> String {
    guard let condition else { return reference.fromClause(dialect) }
    return
      "(SELECT * FROM \(reference.fromClause(dialect)) WHERE \(condition.sql)) AS \(dialect.quote("filtered"))"
  }

  /// A column name quoted.
  func quoted(_ column: String) -> String { dialect.quote(column) }

  /// A number column as compared with and computed on doubles: ClickHouse's Decimals as Float64
  /// (it has no arithmetic or comparison of a Decimal with a Float64), MariaDB's integers as
  /// `extremeKey` takes them, others as the engine computes on them (`SQLDialect.computable`).
  func numeric(_ column: Column) -> String {
    if dialect.engine == .clickhouse && column.type == .double {
      return dialect.asDouble(quoted(column.name))
    }
    return column.type == .int ? extremeKey(column) : computable(column)
  }

  /// A column's values as the engine computes on them (`SQLDialect.computable`).
  func computable(_ column: Column) -> String {
    dialect.computable(quoted(column.name), exactDecimal: column.decimalPlaces != nil)
  }

  /// A column as its MIN and MAX are taken: by its order key, except MariaDB's integers as
  /// `x + 0`, since MariaDB answers MIN and MAX of a BIT column over a whole table in decimal text
  /// where its rows (and a grouped MIN) come as the bits' raw bytes.
  func extremeKey(_ column: Column) -> String {
    dialect.engine == .mysql && column.type == .int ? "(\(quoted(column.name)) + 0)" : orderKey(column)
  }

  /// The sheet's columns, typed as `schema` types them, without rows.
  public func columnsOnly() throws -> Table {
    try session { try schema($0, summarizing: false) }
  }

  /// Runs `body` on a new session, closed after it, whose statements `monitor` stops (nil: the
  /// monitor of the work this runs in, `WorkMonitor.current`).
  func session<Result>(monitor: WorkMonitor? = nil, _ body: (SQLSession) throws -> Result) throws -> Result {
    let connection = try server.connect()
    defer { connection.close() }
    return try body(
      SQLSession(
        connection: connection, log: log, dialect: dialect, sourceParameters: condition?.parameters ?? [],
        monitor: monitor ?? WorkMonitor.current))
  }

  /// `SELECT <columns> FROM <source>`, every column when nil.
  func selectList(_ names: [String]?) -> String {
    "SELECT \(names.map { $0.map(quoted).joined(separator: ", ") } ?? "*") FROM \(from)"
  }

  /// The named columns' rows read from the engine, summarised in memory: for what SQL cannot
  /// count as Assay does.
  func pulled(_ names: [String]) throws -> TableAggregates {
    try session { session in
      let schema = try schema(session)
      for column in names { _ = try schema.requireColumn(column) }
      return TableAggregates(try session.table(selectList(names), [], name: name))
    }
  }
}
