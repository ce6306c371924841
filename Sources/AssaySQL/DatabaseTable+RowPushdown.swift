import AssayCore

/// A database sheet too large to hold asks the engine for its rows in windows, sorted and filtered.
extension DatabaseTable: RowPushdown {
  /// The table as a sheet on screen loads it: a bounded window of rows, `capacity` of them at
  /// most when given.
  public func browsing(capacity: Int?) -> any RowPushdown {
    var table = self
    table.bounded = true
    if let capacity { table.heldRows = capacity }
    return table
  }

  /// The same rows, ordered and filtered alike, from `firstRow` on.
  public func window(from firstRow: Int, limit: Int?) -> any RowPushdown {
    var table = self
    table.firstRow = max(0, firstRow)
    table.limit = limit
    return table
  }

  /// The sheet's columns, ordered by `keys` with `ORDER BY`, from the first row. Rows whose keys
  /// tie are ordered by the other columns, left to right: an engine orders ties as it meets them
  /// (a bounded sort for each LIMIT, parallel workers), so windows read one after another would
  /// repeat some rows and skip others; rows equal in every column look the same in any order.
  public func sorted(by keys: [SortKey], columns: [Column]) -> any RowPushdown {
    var table = reading(columns)
    let chosen = keys.filter { columns.indices.contains($0.column) }
    let others = columns.indices.filter { index in !chosen.contains { $0.column == index } }
    func key(_ index: Int, descending: Bool, breaksTies: Bool) -> SQLOrderKey {
      let column = columns[index]
      return SQLOrderKey(
        column: column.name, type: column.type, descending: descending, breaksTies: breaksTies,
        exactDecimal: column.decimalPlaces != nil)
    }
    table.order =
      chosen.map { key($0.column, descending: $0.descending, breaksTies: false) }
      + others.map { key($0, descending: false, breaksTies: true) }
    return table
  }

  /// The sheet's columns where `expression` holds as well as the filters before, in the same
  /// order, from the first row.
  public func filtered(by expression: FilterExpression, columns: [Column], text: String) throws
    -> any RowPushdown
  {
    var table = reading(columns)
    table.filters.append(RowFilter(text: text, expression: expression, columns: columns))
    table.condition = try SQLCondition(table.filters, dialect: server.dialect)
    return table
  }

  /// The same rows, reading the columns the sheet shows (in its order), from the first row.
  private func reading(_ sheetColumns: [Column]) -> DatabaseTable {
    var table = self
    table.columns = sheetColumns.map(\.name)
    table.firstRow = 0
    table.limit = nil
    return table
  }
}
