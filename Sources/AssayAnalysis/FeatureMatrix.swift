import AssayCore

/// Numeric columns of a table gathered into one row-major matrix of doubles, the input of PCA and
/// t-SNE. Rows with a null (or a NaN or infinite value) in any chosen column are dropped and counted;
/// an optional label column is kept, one `Value` per kept row, to colour the projected points.
public struct FeatureMatrix: Sendable, Equatable {
  /// The chosen column names, in matrix column order.
  public let columnNames: [String]
  /// Number of kept rows.
  public let rowCount: Int
  /// The values, row after row: row r, column c is at `r * columnCount + c`.
  public let values: [Double]
  /// Name of the label column, when one was asked for.
  public let labelName: String?
  /// One label per kept row, when a label column was asked for.
  public let labels: [Value]?
  /// Rows left out because a chosen column was null, NaN or infinite there.
  public let droppedRowCount: Int

  /// Number of columns.
  public var columnCount: Int { columnNames.count }

  /// A matrix from row-major values; `values.count` must be `rowCount * columnNames.count`.
  public init(
    columnNames: [String], rowCount: Int, values: [Double], labelName: String? = nil, labels: [Value]? = nil,
    droppedRowCount: Int = 0
  ) {
    precondition(values.count == rowCount * columnNames.count, "values must fill rowCount x columnCount")
    precondition(labels == nil || labels?.count == rowCount, "one label per row")
    self.columnNames = columnNames
    self.rowCount = rowCount
    self.values = values
    self.labelName = labelName
    self.labels = labels
    self.droppedRowCount = droppedRowCount
  }

  /// The chosen int and double columns of `table`, with the label column `label` if given.
  /// Throws an `AssayError` naming the column when one is unknown, not numeric or all null, and
  /// when no row has a value in every chosen column.
  public init(table: Table, columns names: [String], label: String? = nil) throws {
    guard !names.isEmpty else {
      throw AssayError(
        message: "no columns chosen to project", location: SourceLocation(source: table.name),
        hint: "name numeric columns with --columns a,b,c or use --all-numeric")
    }
    let columns = try names.map { try Self.numericColumn($0, of: table) }
    let labelColumn = try label.map { try Self.column($0, of: table) }
    let kept = KeptRows(columns: columns)
    guard kept.count > 0 else {
      throw AssayError(
        message: "no row has a value in every chosen column (\(table.rowCount) rows dropped)",
        location: SourceLocation(source: table.name),
        hint: "choose columns that are filled in on the same rows")
    }
    let width = columns.count
    var gathered = [Double](repeating: 0, count: kept.count * width)
    gathered.withUnsafeMutableBufferPointer { out in
      for (c, column) in columns.enumerated() { kept.copy(column, into: out, column: c, width: width) }
    }
    self.init(
      columnNames: names, rowCount: kept.count, values: gathered, labelName: label,
      labels: labelColumn.map { kept.values(of: $0) }, droppedRowCount: table.rowCount - kept.count)
  }

  /// The names of the int and double columns of `table`, leaving out `excluded` (e.g. the label).
  public static func numericColumnNames(of table: Table, excluding excluded: [String] = []) -> [String] {
    table.columns.filter { $0.type.isNumeric && !excluded.contains($0.name) }.map(\.name)
  }

  /// The 0-based rows of `table` with a finite number in every one of `columns`: the rows a
  /// matrix of those columns keeps, in order.
  public static func keptRows(of table: Table, columns names: [String]) -> [Int] {
    KeptRows(columns: names.compactMap { table.column(named: $0) }).rows
  }

  /// The value at row `row`, column `column`.
  public subscript(row: Int, column: Int) -> Double { values[row * columnCount + column] }

  /// A matrix of the given rows, in the given order, with their labels.
  public func selecting(rows chosen: [Int]) -> FeatureMatrix {
    let width = columnCount
    var picked = [Double]()
    picked.reserveCapacity(chosen.count * width)
    values.withUnsafeBufferPointer { all in
      for row in chosen { picked.append(contentsOf: all[(row * width)..<((row + 1) * width)]) }
    }
    return FeatureMatrix(
      columnNames: columnNames, rowCount: chosen.count, values: picked, labelName: labelName,
      labels: labels.map { all in chosen.map { all[$0] } }, droppedRowCount: droppedRowCount)
  }

  /// At most `limit` rows drawn uniformly without replacement with a seeded generator, in row
  /// order; nil when the matrix has no more than `limit` rows.
  public func sampledRows(limit: Int, seed: UInt64) -> [Int]? {
    SeededRandom.sampleIndices(limit, of: rowCount, seed: seed)
  }

  private static func column(_ name: String, of table: Table) throws -> Column {
    guard let column = table.column(named: name) else {
      throw AssayError(
        message: "no column named '\(SafeText.visible(name))'", location: SourceLocation(source: table.name),
        hint: "columns are: " + table.columnNames.map(SafeText.visible).joined(separator: ", "))
    }
    return column
  }

  private static func numericColumn(_ name: String, of table: Table) throws -> Column {
    let column = try column(name, of: table)
    guard column.type.isNumeric else {
      throw AssayError(
        message: "column '\(SafeText.visible(name))' holds \(column.type.rawValue) values, not numbers",
        location: SourceLocation(source: table.name),
        hint: "choose int or double columns with --columns, or use --all-numeric")
    }
    guard column.nullCount < column.count else {
      throw AssayError(
        message: "column '\(SafeText.visible(name))' has no values (all \(column.count) rows are empty)",
        location: SourceLocation(source: table.name), hint: "leave it out of --columns")
    }
    return column
  }
}
