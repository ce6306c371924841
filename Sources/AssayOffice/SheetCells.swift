/// The non-empty cells of a sheet as its part lists them, column by column, with the span they
/// cover and the merged ranges. Empty cells (a style and no value) take no room.
struct SheetCells: Sendable {
  /// One column's non-empty cells: rows (from 1) and values, in the order read.
  struct ColumnCells: Sendable {
    /// The rows.
    var rows: [Int32] = []
    /// The values, one per row.
    var values: [CellValue] = []
  }

  /// The columns from 0 (A) to the last that has a value.
  private(set) var columns: [ColumnCells] = []
  /// The merged ranges, each from its first (top-left) cell to its last.
  var merged: [(first: CellReference, last: CellReference)] = []
  /// The first and last rows and columns with a value; `first > last` while there is none.
  private(set) var rows = (first: Int.max, last: 0)
  /// The first and last columns with a value.
  private(set) var columnSpan = (first: Int.max, last: -1)
  /// The number of values kept.
  private(set) var count = 0

  /// True when no cell has a value.
  var isEmpty: Bool { count == 0 }

  /// Keeps `value` as the cell at `reference`.
  mutating func set(_ value: CellValue, at reference: CellReference) {
    if columns.count <= reference.column {
      columns += repeatElement(ColumnCells(), count: reference.column + 1 - columns.count)
    }
    columns[reference.column].rows.append(Int32(reference.row))
    columns[reference.column].values.append(value)
    rows = (min(rows.first, reference.row), max(rows.last, reference.row))
    columnSpan = (min(columnSpan.first, reference.column), max(columnSpan.last, reference.column))
    count += 1
  }

  /// The value of the cell at `reference`, if it has one (the first, should the part list it twice).
  func value(at reference: CellReference) -> CellValue? {
    guard columns.indices.contains(reference.column) else { return nil }
    let column = columns[reference.column]
    return column.rows.firstIndex(of: Int32(reference.row)).map { column.values[$0] }
  }
}
