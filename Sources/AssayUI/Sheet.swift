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
  /// The first `pinnedCount` columns are key columns, always shown at the left.
  public private(set) var pinnedCount = 0
  /// The columns the rows are sorted by, most significant first.
  public private(set) var sortKeys: [SortKey] = []
  /// Per row: selected or not; empty when nothing was ever selected.
  public private(set) var selection: [Bool] = []
  /// Number of selected rows.
  public private(set) var selectedCount = 0
  /// What the sheet was made from, for commands that act on their source (Enter on a frequency row).
  public var origin: SheetOrigin = .table

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

  /// Shows the rows sorted: `sorted` is the table gathered in `order` by `keys`; the selection
  /// moves with its rows.
  public mutating func applySort(_ keys: [SortKey], order: [Int], table sorted: Table) {
    guard sorted.rowCount == table.rowCount, sorted.columns.count == table.columns.count else { return }
    if selectedCount > 0 { selection = order.map { selection.indices.contains($0) && selection[$0] } }
    table = sorted
    sortKeys = keys
  }

  /// True when `row` is selected.
  public func isSelected(_ row: Int) -> Bool { selectedCount > 0 && row < selection.count && selection[row] }

  /// The selected rows, in order.
  public var selectedRows: [Int] {
    guard selectedCount > 0 else { return [] }
    return selection.indices.filter { selection[$0] }
  }

  /// Selects or unselects one row.
  public mutating func toggleSelection(row: Int) {
    guard row < table.rowCount else { return }
    if selection.count < table.rowCount {
      selection += repeatElement(false, count: table.rowCount - selection.count)
    }
    selection[row].toggle()
    selectedCount += selection[row] ? 1 : -1
  }

  /// Adds the rows flagged in `mask` to the selection; returns how many were not selected before.
  @discardableResult
  public mutating func select(_ mask: [Bool]) -> Int {
    if selection.count < mask.count { selection += repeatElement(false, count: mask.count - selection.count) }
    var added = 0
    for (row, flagged) in mask.enumerated() where flagged && !selection[row] {
      selection[row] = true
      added += 1
    }
    selectedCount += added
    return added
  }

  /// Unselects every row.
  public mutating func clearSelection() {
    selection = []
    selectedCount = 0
  }

  /// Removes a column from the sheet (its data stays in the sheets below).
  public mutating func hideColumn(_ index: Int) {
    guard table.columns.indices.contains(index) else { return }
    var columns = table.columns
    columns.remove(at: index)
    columnWidths.remove(at: index)
    table = Table(name: table.name, columns: columns)
    if index < pinnedCount { pinnedCount -= 1 }
    sortKeys = sortKeys.compactMap { key in
      key.column == index
        ? nil : SortKey(column: key.column - (key.column > index ? 1 : 0), descending: key.descending)
    }
    clampCursor()
  }

  /// Pins a column as a key column at the left (after the pinned ones), or unpins a pinned one.
  public mutating func togglePin(_ index: Int) {
    guard table.columns.indices.contains(index) else { return }
    let target = index < pinnedCount ? pinnedCount - 1 : pinnedCount
    pinnedCount += index < pinnedCount ? -1 : 1
    var order = Array(table.columns.indices)
    order.remove(at: index)
    order.insert(index, at: target)
    table = Table(name: table.name, columns: order.map { table.columns[$0] })
    columnWidths = order.map { columnWidths[$0] }
    sortKeys = sortKeys.map { key in
      SortKey(column: order.firstIndex(of: key.column) ?? key.column, descending: key.descending)
    }
    cursorColumn = target
  }

  /// Makes a column exactly as wide as the widest of its header and the cells on screen (up to the screen).
  public mutating func fitColumn(_ index: Int, bodyHeight: Int, width: Int) {
    guard table.columns.indices.contains(index) else { return }
    let window = TableWindow(sheet: self, bodyHeight: bodyHeight, width: width)
    let rows = window.topRow..<min(table.rowCount, window.topRow + max(1, bodyHeight))
    columnWidths[index] = min(max(1, width), ColumnWidths.fit(table.columns[index], rows: rows))
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

/// Where a sheet's rows came from.
public enum SheetOrigin: Equatable, Sendable {
  /// A table of its own (data, filtered rows, describe, help).
  case table
  /// The frequency table of the named column of the sheet below.
  case frequency(columnName: String)
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
    let pinned = min(sheet.pinnedCount, widths.count)
    var shown: [(index: Int, x: Int, width: Int)] = []
    var x = 0
    for index in 0..<pinned where x < width {
      shown.append((index, x, min(widths[index], width - x)))
      x += widths[index] + 1
    }
    let scrolledFrom = x
    var left = max(pinned, min(sheet.leftColumn, sheet.cursorColumn))
    while left < sheet.cursorColumn,
      scrolledFrom + Self.end(of: sheet.cursorColumn, from: left, widths: widths) > width
    {
      left += 1
    }
    leftColumn = left
    var index = left
    while index < widths.count, x < width {
      shown.append((index, x, min(widths[index], width - x)))
      x += widths[index] + 1
      index += 1
    }
    columns = shown
  }

  /// The x just past column `target` when columns are laid out from `left` (0 when it is left of it).
  private static func end(of target: Int, from left: Int, widths: [Int]) -> Int {
    guard target >= left else { return 0 }
    var x = 0
    for index in left..<target { x += widths[index] + 1 }
    return x + widths[target]
  }
}
