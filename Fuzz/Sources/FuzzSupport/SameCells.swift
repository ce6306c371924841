import AssayCore

/// Whether two tables have the same column names, types and cells, however their columns are chunked.
public func sameCells(_ a: Table, _ b: Table) -> Bool {
  guard a.columnNames == b.columnNames, a.columns.map(\.type) == b.columns.map(\.type),
    a.rowCount == b.rowCount
  else { return false }
  return zip(a.columns, b.columns).allSatisfy { x, y in
    (0..<a.rowCount).allSatisfy { x[$0] == y[$0] || "\(x[$0])" == "\(y[$0])" }  // NaN is not == itself
  }
}
