import AssayCore
import Foundation

/// A table, view or query result of a database as a sheet: its rows stream in pages as the engine
/// sends them (a cursor, `mysql_use_result`, stepping SQLite), each page a growing snapshot, and
/// stopping the load cancels the statement on the server. A sheet on screen holds a bounded
/// window of the rows (`browsing`); the engine sorts, filters and pages them (`RowPushdown`).
public struct DatabaseTable: TableSource {
  /// The database.
  public let server: any DatabaseServer
  /// What is read.
  public let reference: TableReference
  /// The columns read (nil: every column).
  public internal(set) var columns: [String]?
  /// Every statement sent for the sheet and the sheets sorted or filtered from it.
  public let log = SQLLog()
  /// The columns its statements give, learned once (for the sheet and those filtered from it).
  let schemas = LearnedSchemas()
  /// The order the engine reads the rows in; empty: its own.
  var order: [SQLOrderKey] = []
  /// The filters the rows meet, every one.
  public internal(set) var filters: [RowFilter] = []
  /// The filters as SQL; nil when there are none.
  var condition: SQLCondition?
  /// The first row read (0-based), in the engine's order.
  var firstRow = 0
  /// At most this many rows are read, when given.
  var limit: Int?
  /// Rows a sheet on screen holds at once, when known: a person gave it (`-O hold=N`), or an
  /// earlier window of the sheet found it; nil: as many as fit in `heldBytes`.
  var heldRows: Int?
  /// Whether a load holds a bounded window of the rows (a sheet on screen) or every row (a
  /// headless command, an export).
  var bounded = false

  /// Rows in the first page: small, so the first screen shows as soon as the engine answers.
  static let firstPageRows = 1_000
  /// Rows in every later page.
  static let pageRows = 50_000
  /// Bytes of cells a sheet on screen holds at once unless told otherwise, as estimated from the
  /// first page: beyond them the engine pages, sorts and filters.
  static let heldBytes = 96 << 20

  /// A sheet of `reference` in `server`'s database, reading only `columns` when given; a sheet on
  /// screen holds `heldRows` rows at once when given.
  public init(
    server: any DatabaseServer, reference: TableReference, columns: [String]? = nil, heldRows: Int? = nil
  ) {
    self.server = server
    self.reference = reference
    self.columns = columns
    self.heldRows = heldRows
  }

  /// The sheet's summaries, computed by the engine over every row the sheet's filters keep.
  public var aggregates: SQLAggregates {
    SQLAggregates(
      server: server, reference: reference, columns: columns, name: displayName, log: log,
      condition: condition, schemas: schemas)
  }

  /// `database › table`, password masked.
  public var displayName: String { server.displayName + " › " + reference.displayName }

  /// The statement that reads the sheet's rows, and its values. A query read as it is from its
  /// first row runs as written when it is read whole, or when it is no SELECT (and so cannot be a
  /// derived table: SHOW, a mistyped SELEC; the window keeps only the rows it holds), so the engine
  /// judges it whole: a write is refused by the read-only session, a syntax error points into the
  /// text typed. Otherwise the columns by name, filtered, ordered and from the first row asked (a
  /// query no SELECT can wrap then fails in the engine, never shows its rows as sorted or filtered).
  func selectStatement() -> (sql: String, parameters: [Value]) {
    let dialect = server.dialect
    if case .query(let sql) = reference, columns == nil, condition == nil, order.isEmpty, firstRow == 0,
      limit == nil || !QueryOpening.readingWords.contains(QueryOpening.firstWord(of: sql))
    {
      return (sql, [])
    }
    var statement = SQLStatement(dialect)
    let list = columns.map { $0.map(dialect.quote).joined(separator: ", ") } ?? "*"
    var sql = "SELECT \(list) FROM \(SQLAggregates.from(reference, condition, dialect))"
    if !order.isEmpty { sql += " ORDER BY " + order.flatMap { $0.terms(dialect) }.joined(separator: ", ") }
    // A window of known size asks for one row more than it holds: whether rows follow.
    let window = bounded ? heldRows.map { $0 + 1 } : nil
    if let rows = [limit, window].compactMap({ $0 }).min() {
      sql += " LIMIT \(statement.bind(rows))"
    } else if firstRow > 0, dialect.engine != .postgres {
      sql += " LIMIT \(statement.bind(Int.max))"
    }
    if firstRow > 0 { sql += " OFFSET \(statement.bind(firstRow))" }
    return SQLPlacement.placed(
      sql, statement: statement.parameters, source: condition?.parameters ?? [], dialect: dialect)
  }

  /// Rows in the first page and in each later one: for a window of a known number of rows, pages
  /// that end one row past it, so that learning whether rows follow reads one row more, not a page.
  var pageSizes: (first: Int, later: Int) {
    guard bounded, let held = heldRows else { return (Self.firstPageRows, Self.pageRows) }
    let first = min(Self.firstPageRows, held + 1)
    return (first, min(Self.pageRows, max(1, held + 1 - first)))
  }

  /// Streams the rows, page by page, on a background thread. Cancelling the consuming task
  /// cancels the statement on the server and keeps what the last snapshot holds. A bounded load
  /// stops once it holds its window, and says whether rows follow.
  public func load() -> AsyncThrowingStream<LoadUpdate, Error> {
    let (server, statement, name, log, table) = (server, selectStatement(), displayName, log, self)
    return AsyncThrowingStream { continuation in
      let session = SessionSlot()
      continuation.onTermination = { _ in session.cancel() }
      session.runDetached(on: server) { connection in
        var window = HeldWindow(table: table, name: name)
        var finished = false
        let entry = log.start(sql: statement.sql, parameters: statement.parameters)
        defer { log.finish(entry, rowsReceived: window.received, failed: !finished) }
        let pages = table.pageSizes
        func take(_ page: ResultPage) -> Bool {
          let more = window.take(page)
          if window.growing.table.rowCount > 0 || table.firstRow == 0 {
            continuation.yield(window.update(finished: false))
          }
          return more && !session.isCancelled
        }
        // Without a sort, a window meets the one before it only if the rows come in the same
        // order each time (a whole read keeps the engine's fastest plan).
        let isWindow = table.bounded || table.firstRow > 0 || table.limit != nil
        let run = table.order.isEmpty && isWindow ? connection.runInRepeatableOrder : connection.run
        try run(
          statement.sql, statement.parameters, pages.first, pages.later, { window.growing.start($0) }, take)
        finished = true
        if window.growing.table.rowCount == 0, table.firstRow > 0 {
          throw AssayError(
            message: "\(name): no rows after row \(NumberFormatting.grouped(table.firstRow))",
            hint: "< reads the rows before")
        }
        continuation.yield(window.update(finished: true))
      } done: { error in
        // A stopped statement ends the load quietly, keeping what its last snapshot holds.
        guard let error, !(error is CancellationError) else { return continuation.finish() }
        continuation.finish(throwing: session.isCancelled ? CancellationError() : error)
      }
    }
  }
}

/// The rows a load keeps: every row, or for a bounded load the rows that fit its window, the rest
/// of the result left unread.
private struct HeldWindow {
  /// The rows kept.
  var growing: GrowingTable
  /// Rows the engine sent.
  private(set) var received = 0
  /// The load's first row, in the source's order.
  let firstRow: Int
  /// Rows kept at most; nil: every row, or not known before the first page.
  private var bound: Int?
  /// Bytes of cells the window may hold, when its bound comes from them.
  private let bytes: Int?
  /// True once a row was left unread for want of room.
  private(set) var moreFollow = false
  /// True for a load of a limited window that came back full: the rows it was read before follow.
  private let limitFollows: Int?

  init(table: DatabaseTable, name: String) {
    growing = GrowingTable(name: name)
    firstRow = table.firstRow
    bound = table.bounded ? table.heldRows : nil
    bytes = table.bounded && table.heldRows == nil ? DatabaseTable.heldBytes : nil
    limitFollows = table.limit
  }

  /// Keeps what fits of `page`; false once the window is full and a row was left.
  mutating func take(_ page: ResultPage) -> Bool {
    received += page.rowCount
    if bound == nil, let bytes, page.rowCount > 0 {
      bound = Swift.max(
        DatabaseTable.firstPageRows, bytes / Swift.max(1, GrowingTable.estimatedBytesPerRow(page)))
    }
    guard let bound else {
      growing.append(page)
      return true
    }
    let room = bound - growing.table.rowCount
    guard page.rowCount > room else {
      growing.append(page)
      return true
    }
    growing.append(ResultPage(values: page.values.map { Array($0.prefix(room)) }))
    moreFollow = true
    return false
  }

  /// The update of the rows kept, with the window they are.
  func update(finished: Bool) -> LoadUpdate {
    let rows = growing.table.rowCount
    let follows = moreFollow || (limitFollows.map { rows == $0 && $0 > 0 } ?? false)
    return LoadUpdate(
      table: growing.table, progress: growing.progress(finished: finished),
      window: RowWindow(firstRow: firstRow, moreFollow: finished && follows, capacity: bound))
  }
}
