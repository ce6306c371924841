import AssayCore

/// One table on screen with its cursor and scroll position; the app keeps a stack of them.
public struct Sheet: Sendable, Equatable {
  /// The name shown in the status line's breadcrumb.
  public var title: String
  /// The rows and columns shown.
  public private(set) var table: Table
  /// Laid-out width of each column.
  public private(set) var columnWidths: [Int]
  /// The cursor's row (0 when the table is empty).
  public private(set) var cursorRow = 0
  /// The cursor's column (0 when the table has none).
  public private(set) var cursorColumn = 0
  /// The first row shown.
  public private(set) var topRow = 0
  /// The first column shown.
  public private(set) var leftColumn = 0

  /// A sheet showing `table` with the cursor on its first cell.
  public init(title: String, table: Table) {
    self.title = title
    self.table = table
    columnWidths = ColumnWidths.measure(table)
  }

  /// Shows a newer snapshot of the table (a load grew it); the cursor stays where it was when it can.
  public mutating func replaceTable(_ newTable: Table) {
    let oldWidths = newTable.columns.count == table.columns.count ? columnWidths : nil
    table = newTable
    columnWidths = ColumnWidths.measure(newTable)
    if let oldWidths { columnWidths = zip(columnWidths, oldWidths).map { max($0, $1) } }
    clampCursor()
  }

  /// Moves the cursor by rows and columns, stopping at the table's edges.
  public mutating func moveCursor(rows: Int = 0, columns: Int = 0) {
    cursorRow = Self.saturatingSum(cursorRow, rows)
    cursorColumn = Self.saturatingSum(cursorColumn, columns)
    clampCursor()
  }

  private static func saturatingSum(_ a: Int, _ b: Int) -> Int {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? (b > 0 ? .max : .min) : sum
  }

  /// Puts the cursor on a row, clamped to the table.
  public mutating func moveCursor(toRow row: Int) {
    cursorRow = row
    clampCursor()
  }

  /// Puts the cursor on a column, clamped to the table.
  public mutating func moveCursor(toColumn column: Int) {
    cursorColumn = column
    clampCursor()
  }

  /// Scrolls by whole pages of `rowsPerPage` rows, moving the cursor with the page.
  public mutating func scrollPages(_ pages: Int, rowsPerPage: Int) {
    let delta = pages * max(1, rowsPerPage)
    topRow = max(0, topRow + delta)
    moveCursor(rows: delta)
  }

  private mutating func clampCursor() {
    cursorRow = min(max(0, cursorRow), max(0, table.rowCount - 1))
    cursorColumn = min(max(0, cursorColumn), max(0, table.columns.count - 1))
  }

  /// Scrolls so that the cursor's cell is inside a body of `bodyHeight` rows and `width` columns.
  /// Columns on screen grow to fit the cells shown.
  public mutating func scrollToCursor(bodyHeight: Int, width: Int) {
    var window = TableWindow(sheet: self, bodyHeight: bodyHeight, width: width)
    let rows = window.topRow..<min(table.rowCount, window.topRow + max(1, bodyHeight))
    if ColumnWidths.widen(&columnWidths, table: table, rows: rows, columns: window.columns.map(\.index)) {
      window = TableWindow(sheet: self, bodyHeight: bodyHeight, width: width)
    }
    topRow = window.topRow
    leftColumn = window.leftColumn
  }
}

/// The part of a sheet a body of given size shows: first row and the columns with their x positions.
struct TableWindow {
  /// First row shown.
  let topRow: Int
  /// First column shown.
  let leftColumn: Int
  /// The columns shown, each with its x position and the width it gets (the last may be cut short).
  let columns: [(index: Int, x: Int, width: Int)]

  /// The window that keeps the sheet's scroll position where it can and always shows the cursor.
  init(sheet: Sheet, bodyHeight: Int, width: Int) {
    let rows = max(1, bodyHeight)
    var top = min(sheet.topRow, max(0, sheet.table.rowCount - rows))
    if sheet.cursorRow < top { top = sheet.cursorRow }
    if sheet.cursorRow >= top + rows { top = sheet.cursorRow - rows + 1 }
    topRow = max(0, top)

    let widths = sheet.columnWidths
    var left = min(sheet.leftColumn, sheet.cursorColumn)
    while left < sheet.cursorColumn, Self.end(of: sheet.cursorColumn, from: left, widths: widths) > width {
      left += 1
    }
    leftColumn = max(0, left)

    var shown: [(index: Int, x: Int, width: Int)] = []
    var x = 0
    var index = leftColumn
    while index < widths.count, x < width {
      shown.append((index, x, min(widths[index], width - x)))
      x += widths[index] + 1
      index += 1
    }
    columns = shown
  }

  /// The x just past column `target` when columns are laid out from `left`.
  private static func end(of target: Int, from left: Int, widths: [Int]) -> Int {
    var x = 0
    for index in left..<target { x += widths[index] + 1 }
    return x + widths[target]
  }
}
