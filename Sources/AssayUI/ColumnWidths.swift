import AssayCharts
import AssayCore

/// Column widths for the table screen, measured on the header and a bounded sample of rows,
/// so a ten-million-row table costs no more to lay out than a small one.
enum ColumnWidths {
  /// Rows measured from the top of the table.
  static let sampleRows = 200
  /// No column is laid out wider than this.
  static let maximumWidth = 40

  /// The width of each column of `table`.
  static func measure(_ table: Table) -> [Int] {
    let rows = min(table.rowCount, sampleRows)
    return table.columns.map { column in
      var width = DisplayWidth.of(SafeText.visible(column.name))
      for row in 0..<rows where width < maximumWidth {
        if let text = CellText.text(column, row: row) {
          width = max(width, DisplayWidth.of(SafeText.visible(text)))
        }
      }
      return min(max(width, 1), maximumWidth)
    }
  }
}
