import AssayCore

/// A sheet's cells as a table. The table spans the rows and columns that hold values (leading empty
/// rows and columns are left out, empty rows inside kept as nulls). Its first row names the columns
/// when any of its cells is text; a first row of only numbers, dates or booleans is data, and the
/// columns are named by their letters (A, B, …), as are columns whose header cell is empty. A
/// header cell inside a merged range takes the text of the range's first cell.
struct SheetTable {
  /// The table's name.
  let name: String
  /// Force (true) or forbid (false) a header row; nil decides as above.
  var header: Bool?
  /// The only columns to keep, by name; nil keeps all.
  var columns: [String]?
  /// The most cells (rows × columns) a table may have: a sheet whose few values lie far apart
  /// would otherwise fill memory with empty cells.
  var cellLimit = 1 << 28

  /// The table of `cells`.
  func table(_ cells: SheetCells) throws -> Table {
    guard !cells.isEmpty else { return Table(name: name, columns: []) }
    let span = cells.columnSpan.first...cells.columnSpan.last
    let top = cells.rows.first
    let hasHeader =
      header
      ?? span.contains { column in
        if case .text = cells.value(at: CellReference(column: column, row: top)) { return true }
        return false
      }
    let names = ColumnNames.unique(
      span.map { column in hasHeader ? headerText(cells, column, top) : nil }, firstColumn: span.lowerBound)
    let firstRow = hasHeader ? top + 1 : top
    let rowCount = max(0, cells.rows.last - firstRow + 1)
    // At most 1,048,576 rows × 16,384 columns: no overflow.
    guard rowCount * span.count <= cellLimit else {
      throw AssayError(
        message:
          "\(name): spans \(rowCount) rows × \(span.count) columns, over the \(cellLimit) cells Assay reads of a sheet",
        hint: "its values lie far apart: copy the range that holds the data to a sheet of its own")
    }
    let kept = try keptColumns(names)
    return Table(
      name: name,
      columns: try kept.map { index in
        try SheetColumn.column(
          named: names[index], cells: cells.columns[span.lowerBound + index],
          firstRow: firstRow, count: rowCount, table: name)
      })
  }

  /// The text that names `column` from the header row `row`: its own cell's, else that of the
  /// first cell of a merged range over it; nil when neither has one.
  private func headerText(_ cells: SheetCells, _ column: Int, _ row: Int) -> String? {
    let own = cells.value(at: CellReference(column: column, row: row))
    let range = cells.merged.first { range in
      (range.first.row...range.last.row).contains(row)
        && (range.first.column...range.last.column).contains(column)
    }
    guard let value = own ?? range.flatMap({ cells.value(at: $0.first) }) else { return nil }
    if case .text(let text) = value { return text }
    return value.value.description
  }

  /// The positions of the columns `columns` names among `names` (all when nil); an `AssayError`
  /// listing the names when one is not there.
  private func keptColumns(_ names: [String]) throws -> [Int] {
    guard let columns else { return Array(names.indices) }
    return try Set(
      columns.map { wanted in
        guard let index = names.firstIndex(of: wanted) else {
          throw AssayError(
            message: "\(name): no column named '\(SafeText.visible(wanted))'",
            hint: "columns are: " + names.map { SafeText.visible($0) }.joined(separator: ", "))
        }
        return index
      }
    ).sorted()
  }
}

/// Column names from header texts: an empty or missing one named by its column's letters, a repeated
/// one given a suffix (`name_2`), so every name is different.
enum ColumnNames {
  /// The names for `texts`, one per column from `firstColumn` (0 for A) on.
  static func unique(_ texts: [String?], firstColumn: Int) -> [String] {
    UniqueNames.make(
      texts.enumerated().map { index, text in
        text.flatMap { $0.isEmpty ? nil : $0 } ?? CellReference.letters(firstColumn + index)
      })
  }
}
