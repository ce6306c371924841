import AssayCore

extension DatabaseTable {
  /// The sheet's row count and each column's type and nulls, read as a load reads the rows but
  /// one page at a time, none kept: the schema a load would give (a column widened as a load widens
  /// it, where a later value does not fit its first type), in the memory of one page. `progress`
  /// hears the rows read so far after each page.
  public func scannedSchema(progress: (Int) -> Void = { _ in }) throws -> SourceSchema {
    let statement = selectStatement()
    let connection = try server.connect()
    defer { connection.close() }
    var tally = SchemaTally()
    let entry = log.start(sql: statement.sql, parameters: statement.parameters)
    var finished = false
    defer { log.finish(entry, rowsReceived: tally.rows, failed: !finished) }
    try connection.run(
      statement.sql, parameters: statement.parameters, firstPageRows: Self.firstPageRows,
      pageRows: Self.pageRows, columns: { tally.start($0) },
      rows: { page in
        tally.count(page)
        progress(tally.rows)
        return true
      })
    finished = true
    return tally.schema
  }
}

/// A result's schema counted page by page: its rows, and per column the type that holds every
/// value so far and the nulls among them.
struct SchemaTally {
  /// Rows counted.
  private(set) var rows = 0
  private var columns: [(name: String, type: ColumnType, nulls: Int)] = []

  /// Sets the columns as the engine describes them, before any page.
  mutating func start(_ described: [SQLColumn]) {
    columns = described.map { ($0.name, $0.type, 0) }
  }

  /// Counts a page's rows and nulls, and widens a column whose values its type does not hold.
  mutating func count(_ page: ResultPage) {
    rows += page.rowCount
    for index in columns.indices {
      let values = page.values[index]
      columns[index].type = GrowingTable.widened(columns[index].type, toHold: values)
      columns[index].nulls += values.reduce(0) { $0 + ($1.isNull ? 1 : 0) }
    }
  }

  /// The schema counted.
  var schema: SourceSchema {
    SourceSchema(
      rows: rows, columns: columns.map { SourceSchema.Entry(name: $0.name, type: $0.type, nulls: $0.nulls) })
  }
}
