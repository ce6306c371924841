import AssayCore

extension Table {
  /// The column with this name, or an error that lists the names there are.
  public func requireColumn(_ name: String) throws -> Column {
    if let found = column(named: name) { return found }
    throw AssayError(
      message: "\(self.name): no column named '\(name)'",
      hint: "columns are: " + columnNames.joined(separator: ", "))
  }

  /// The column's values as numbers, or an error when it holds no number at all but has text.
  public func requireNumbers(_ name: String) throws -> NumericValues {
    let values = NumericValues(try requireColumn(name))
    if values.nonNumeric > 0 && values.nulls + values.nonNumeric == values.values.count {
      throw AssayError(
        message: "\(self.name): column '\(name)' holds text, not numbers", hint: numericColumnsHint)
    }
    return values
  }

  /// What to choose instead of a text column: the numeric columns, or where to find them when
  /// none was loaded (a chart loads only the columns it names).
  public var numericColumnsHint: String {
    let numeric = columns.filter { $0.type.isNumeric }.map(\.name)
    guard !numeric.isEmpty else { return "choose a numeric column (assay schema lists each column's type)" }
    return "choose a numeric column; numeric columns are: " + numeric.joined(separator: ", ")
  }
}
