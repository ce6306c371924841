import AssayCore
import AssayGrid

/// Column widths for the table screen, measured on the header and bounded samples of rows (the
/// first and last rows, then the rows on screen), so a ten-million-row table costs no more to lay
/// out than a small one. Widths only grow, so columns do not jump while scrolling back.
enum ColumnWidths {
  /// Rows measured from each end of the table.
  static let sampleRows = 100
  /// No column is laid out wider than this.
  static let maximumWidth = 40

  /// The width of each column of `table`, from its header, first rows and last rows, its doubles
  /// shown with `significantDigits` (one entry per column; nil: every digit).
  static func measure(_ table: Table, significantDigits: [Int?]) -> [Int] {
    let rows = table.rowCount
    let head = 0..<min(rows, sampleRows)
    let tail = max(head.upperBound, rows - sampleRows)..<rows
    var widths = table.columns.map { min(max(width(of: $0.name), 1), maximumWidth) }
    let all = Array(table.columns.indices)
    widen(&widths, table: table, significantDigits: significantDigits, rows: head, columns: all)
    widen(&widths, table: table, significantDigits: significantDigits, rows: tail, columns: all)
    return widths
  }

  /// Widens `widths` so the cells at `rows` of `table` fit (up to the maximum), shown with
  /// `significantDigits`; true when any width changed.
  @discardableResult
  static func widen(
    _ widths: inout [Int], table: Table, significantDigits: [Int?], rows: some Collection<Int>, columns: [Int]
  ) -> Bool {
    var changed = false
    for index in columns where index < widths.count && widths[index] < maximumWidth {
      let column = table.columns[index]
      let digits = significantDigits[index]
      for row in rows {
        guard let text = CellText.text(column, row: row, significantDigits: digits) else { continue }
        let needed = min(width(of: text), maximumWidth)
        if needed > widths[index] {
          widths[index] = needed
          changed = true
        }
      }
    }
    return changed
  }

  /// The widest of the column's header and its cells in `rows` (doubles shown with
  /// `significantDigits`), without the usual limit.
  static func fit(_ column: Column, significantDigits: Int?, rows: some Collection<Int>) -> Int {
    rows.reduce(width(of: column.name)) { widest, row in
      max(widest, CellText.text(column, row: row, significantDigits: significantDigits).map(width(of:)) ?? 0)
    }
  }

  private static func width(of text: String) -> Int { DisplayWidth.of(SafeText.visible(text)) }
}
