import AssayCore

/// How to reach one database (a SQLite file, a PostgreSQL or MariaDB server and database): opens
/// sessions on demand, each operation its own, so a load and a summary can run at once.
public protocol DatabaseServer: Sendable {
  /// The database for people, with any password masked (`postgres://ana@db:5432/shop`).
  var displayName: String { get }
  /// The SQL the engine speaks.
  var dialect: SQLDialect { get }
  /// A new read-only session; an `AssayError` with the server's message (and no password) when
  /// it cannot be had.
  func connect() throws -> any DatabaseConnection
}

/// A read-only session with a database that runs one statement at a time. `cancel` may be called
/// from any thread while `run` blocks in another.
public protocol DatabaseConnection: AnyObject, Sendable {
  /// Runs `sql` with `parameters` bound to its placeholders (`SQLDialect.placeholder`), hands the
  /// result's columns to `columns` once, then its rows to `rows` a page at a time as they arrive
  /// from the engine, never the whole result at once: at most `firstPageRows` in the first page
  /// (small, so a first screen shows at once), at most `pageRows` in each later one. `rows`
  /// returning false ends the statement early. Errors are `AssayError`s carrying the engine's
  /// message; a statement stopped by `cancel` throws `CancellationError`.
  func run(
    _ sql: String, parameters: [Value], firstPageRows: Int, pageRows: Int,
    columns: ([SQLColumn]) throws -> Void,
    rows: (ResultPage) throws -> Bool
  ) throws

  /// Asks the engine to stop the statement running now: PostgreSQL's cancel request, MariaDB's
  /// `KILL QUERY`, `sqlite3_interrupt`. Does nothing when none runs.
  func cancel()

  /// The tables and views of every schema the session may read, with the catalog's estimates of
  /// rows and bytes (no table is counted row by row past a bound).
  func catalog() throws -> [CatalogTable]

  /// Ends the session; the connection is not used again.
  func close()

  /// The whole result of a statement known to be small (a catalog, an aggregate's groups): its
  /// columns and its rows, row by row. By default `run` read whole; an engine may ask its server
  /// to hold such a result until the statement ends, so a late error is never half an answer.
  func fetch(_ sql: String, parameters: [Value]) throws -> (columns: [SQLColumn], rows: [[Value]])

  /// `run` for a statement that gives no order, whose rows must come in the same order each time
  /// it runs (the windows of a sheet read without a sort meet only then). By default `run`: an
  /// engine whose scans may answer in another order each time asks its server for one that
  /// does not.
  func runInRepeatableOrder(
    _ sql: String, parameters: [Value], firstPageRows: Int, pageRows: Int,
    columns: ([SQLColumn]) throws -> Void,
    rows: (ResultPage) throws -> Bool
  ) throws
}

/// One column of a result: its name, Assay's type for its values, and the engine's own type name.
public struct SQLColumn: Sendable, Equatable {
  /// The column's name in the result.
  public var name: String
  /// The type of the values the driver hands out for it.
  public var type: ColumnType
  /// The engine's type, as the catalog writes it (`numeric`, `timestamptz`, `varchar`).
  public var databaseType: String
  /// For timestamps: whether the engine keeps an instant (shown in UTC) or a wall-clock time.
  public var timeZone: TimeZoneForm?
  /// For exact decimals: the scale the engine declares (2 for `numeric(10,2)`), the decimal places
  /// its values are shown with; nil when it declares none (a computed or unconstrained numeric).
  public var decimalPlaces: Int?

  /// A column.
  public init(
    name: String, type: ColumnType, databaseType: String, timeZone: TimeZoneForm? = nil,
    decimalPlaces: Int? = nil
  ) {
    self.name = name
    self.type = type
    self.databaseType = databaseType
    self.timeZone = timeZone
    self.decimalPlaces = decimalPlaces
  }

  /// A column of no rows, named and typed as this one, with its decimal places.
  var emptyColumn: Column {
    var column = Column(name: name, type: type, values: [])
    column.decimalPlaces = decimalPlaces
    return column
  }
}

/// Rows of a result, column by column: `values[c][r]` is row `r` of column `c`, typed as the
/// result's `SQLColumn` says (or `.null`).
public struct ResultPage: Sendable {
  /// One array per column, all of `rowCount` values.
  public var values: [[Value]]

  /// A page of these columns.
  public init(values: [[Value]]) { self.values = values }

  /// Rows in the page.
  public var rowCount: Int { values.first?.count ?? 0 }

  /// Rows in each page of a small result read whole.
  public static let wholeResultPageRows = 10_000

  /// A small result read whole, row by row: `read` runs the statement, handing its columns and
  /// then each page to the two functions it is given.
  public static func gathered(
    by read: (_ columns: ([SQLColumn]) throws -> Void, _ rows: (ResultPage) throws -> Bool) throws -> Void
  ) throws -> (columns: [SQLColumn], rows: [[Value]]) {
    var described: [SQLColumn] = []
    var rows: [[Value]] = []
    try read(
      { described = $0 },
      { page in
        for row in 0..<page.rowCount { rows.append(page.values.map { $0[row] }) }
        return true
      })
    return (described, rows)
  }
}

/// A table or view as the catalog lists it.
public struct CatalogTable: Sendable, Equatable {
  /// The schema (PostgreSQL), database (MariaDB) or `main`/attached name (SQLite).
  public var schema: String
  /// The table's name.
  public var name: String
  /// True for a view (or materialized view), false for a table.
  public var isView: Bool
  /// Rows, as the catalog estimates them; nil when it does not say.
  public var estimatedRows: Int?
  /// Bytes on disk with indexes, when the catalog says.
  public var bytes: Int?
  /// The table's engine where an engine has several (ClickHouse's `MergeTree`, `Distributed`).
  public var engine: String?

  /// A catalog entry.
  public init(
    schema: String, name: String, isView: Bool, estimatedRows: Int?, bytes: Int?, engine: String? = nil
  ) {
    self.schema = schema
    self.name = name
    self.isView = isView
    self.estimatedRows = estimatedRows
    self.bytes = bytes
    self.engine = engine
  }
}

extension DatabaseConnection {
  /// `run`: the order of the engine's scans is the same each time.
  public func runInRepeatableOrder(
    _ sql: String, parameters: [Value], firstPageRows: Int, pageRows: Int,
    columns: ([SQLColumn]) throws -> Void,
    rows: (ResultPage) throws -> Bool
  ) throws {
    try run(
      sql, parameters: parameters, firstPageRows: firstPageRows, pageRows: pageRows, columns: columns,
      rows: rows)
  }

  /// The whole result of a statement without parameters (see `fetch(_:parameters:)`).
  public func fetch(_ sql: String) throws -> (columns: [SQLColumn], rows: [[Value]]) {
    try fetch(sql, parameters: [])
  }

  /// The whole result of a small statement, read whole by `run`.
  public func fetch(_ sql: String, parameters: [Value]) throws -> (columns: [SQLColumn], rows: [[Value]]) {
    try fetchRun(sql, parameters: parameters)
  }

  /// `run` read whole, row by row: what `fetch` does unless an engine does more.
  public func fetchRun(_ sql: String, parameters: [Value]) throws -> (columns: [SQLColumn], rows: [[Value]]) {
    let pageRows = ResultPage.wholeResultPageRows
    return try ResultPage.gathered { columns, rows in
      try run(
        sql, parameters: parameters, firstPageRows: pageRows, pageRows: pageRows, columns: columns, rows: rows
      )
    }
  }

}
