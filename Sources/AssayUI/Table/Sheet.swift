import AssayAnalysis
import AssayCore

/// One table on screen with its cursor and scroll position; the app keeps a stack of them.
/// A sorted sheet keeps its rows where they are and reads them through the sort's order; whole
/// columns are gathered into that order only when a command needs them.
public struct Sheet: Sendable, Equatable {
  /// The name shown in the status line's breadcrumb.
  public var title: String
  /// The rows in their stored order (the order before any sort); `storedRow(_:)` maps a row of
  /// the sheet to its row here. For order-free reads: column names, types, counts.
  public private(set) var storedTable: Table
  /// The sort's view of `storedTable`; nil while the rows are in stored order.
  private var ordered: OrderedRows?
  /// Laid-out width of each column.
  public private(set) var columnWidths: [Int]
  /// Per column: the significant digits its doubles are shown with (a frequency table's percents,
  /// `33.3333`), or nil for every digit, as data is shown. Only the text shown changes: sorts,
  /// filters, Enter and exports read the values themselves.
  public private(set) var significantDigits: [Int?]
  /// The columns `-` hid, in the order it hid them; `showHiddenColumns()` puts them back.
  private(set) var hiddenColumns: [HiddenColumn] = []
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
  /// Which of its source's rows the sheet holds, for a source that pages itself (a database
  /// table); nil when the sheet holds every row it has.
  public private(set) var window: RowWindow?
  /// The texts besides the empty field its source read as nulls (`NA`, `-`), by column; describe
  /// lists them.
  public var nullTexts: [String: [String]] = [:]
  /// Per stored row: selected or not; empty when nothing was ever selected.
  private var selection: [Bool] = []
  /// Number of selected rows.
  public private(set) var selectedCount = 0
  /// The command and the text typed at its prompt that made this sheet (a query and its SQL);
  /// when the sheet's load fails, the prompt opens holding that text again.
  public var typedAtPrompt: LoggedCommand?
  /// What the sheet's rows stand for, for Enter on a row (a frequency table's value, a listing's
  /// entry); nil for sheets of their own.
  public var origin: (any SheetOrigin)? {
    get { originBox?.origin }
    set { originBox = newValue.map(SheetOriginBox.init) }
  }
  private var originBox: SheetOriginBox?
  /// What computes summaries of the sheet's rows where its source does it itself (a database);
  /// nil for sheets whose rows in memory are summarised.
  public var aggregates: (any Aggregating)? {
    get { aggregatesBox?.aggregates }
    set { aggregatesBox = newValue.map(SheetAggregatesBox.init) }
  }
  private var aggregatesBox: SheetAggregatesBox?

  /// A sheet showing `table` with the cursor on its first cell, its doubles shown with every
  /// digit, or with `significantDigits` per column (nil entries: every digit) when given.
  public init(title: String, table: Table, significantDigits: [Int?]? = nil) {
    self.title = title
    self.storedTable = table
    let digits = significantDigits ?? Array(repeating: nil, count: table.columns.count)
    precondition(digits.count == table.columns.count, "one entry of significant digits per column")
    self.significantDigits = digits
    columnWidths = ColumnWidths.measure(table, significantDigits: digits)
  }

  /// The rows in the sheet's order as a table. After a sort, the columns are gathered into that
  /// order on the first use (then kept): prefer `value(row:column:)`, `column(_:)` or
  /// `storedTable` where they do.
  public var table: Table { ordered?.table() ?? storedTable }

  /// Like `table`, reporting the rows gathered to `monitor`; throws `CancellationError` when it is stopped.
  public func table(monitor: WorkMonitor) throws -> Table {
    try ordered?.table(monitor: monitor) ?? storedTable
  }

  /// Column `index` with its rows in the sheet's order (gathered on first use after a sort).
  public func column(_ index: Int) -> Column { ordered?.column(index) ?? storedTable.columns[index] }

  /// Number of rows.
  public var rowCount: Int { storedTable.rowCount }

  /// Number of columns.
  public var columnCount: Int { storedTable.columns.count }

  /// The row of `storedTable` shown at row `row` of the sheet.
  public func storedRow(_ row: Int) -> Int { ordered?.order[row] ?? row }

  /// The order of the rows as rows of `storedTable`; nil while it is the stored order.
  public var rowOrder: [Int]? { ordered?.order }

  /// The cell at a row and column of the sheet.
  public func value(row: Int, column: Int) -> Value { storedTable.columns[column][storedRow(row)] }

  /// A sheet of some of this sheet's rows (a filter's, a selection's), its columns shown as here,
  /// keeping the origin when it carries to row subsets.
  public func subset(title: String, table: Table) -> Sheet {
    var sheet = Sheet(
      title: title, table: table,
      significantDigits: table.columns.count == columnCount ? significantDigits : nil)
    if let origin, origin.carriesToRowSubsets { sheet.origin = origin }
    return sheet
  }

  /// A table of the sheet's rows at `rows` (rows of the sheet), in that order, gathered straight
  /// from the stored rows.
  public func gathering(rows: [Int], name: String? = nil) -> Table {
    storedTable.gathering(rows: rows.map(storedRow), name: name)
  }

  /// The rows of the sheet (as rows of `storedTable`, in the sheet's order) among the stored
  /// rows `storedRows`: how a filter computed on the stored rows keeps the sheet's order.
  public func inSheetOrder(storedRows: [Int]) -> [Int] {
    guard let order = ordered?.order else { return storedRows }
    var kept = [Bool](repeating: false, count: order.count)
    for row in storedRows where row < kept.count { kept[row] = true }
    return order.filter { kept[$0] }
  }

  /// The source that orders, filters and pages the sheet's rows when the sheet holds only part of
  /// them; nil when the sheet holds every row, and sorts and filters them itself.
  public var pagingSource: (any RowPushdown)? {
    guard let window, !window.isWhole else { return nil }
    return (aggregates as? any RowPushdown)?.browsing(capacity: window.capacity)
  }

  /// Shows a newer snapshot of the table (a load grew it), holding `window` of the source's rows
  /// when the source pages itself; the cursor stays where it was when it can. A sort of the old
  /// rows is dropped, since the new rows are not in it; so are hidden columns, since the snapshot
  /// has every column.
  public mutating func replaceTable(_ newTable: Table, window: RowWindow? = nil) {
    let oldWidths = newTable.columns.count == columnCount ? columnWidths : nil
    if oldWidths == nil { significantDigits = Array(repeating: nil, count: newTable.columns.count) }
    storedTable = newTable
    self.window = window
    hiddenColumns = []
    if ordered != nil {
      ordered = nil
      sortKeys = []
      clearSelection()
    }
    columnWidths = ColumnWidths.measure(newTable, significantDigits: significantDigits)
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

  /// Shows the rows sorted by `keys` in `order`, a permutation of the rows of `storedTable`
  /// (as `TableSort.order` gives from `rowOrder`); nothing is copied, and the selection stays
  /// with its rows.
  public mutating func applySort(_ keys: [SortKey], order: [Int]) {
    guard order.count == rowCount else { return }
    ordered = OrderedRows(base: storedTable, order: order)
    sortKeys = keys
  }

  /// Shows the rows as `source` orders them, by `keys`, once its load replaces them; the
  /// selection, of rows about to go, is cleared.
  public mutating func showSourceOrder(_ keys: [SortKey], source: any RowPushdown) {
    ordered = nil
    sortKeys = keys
    aggregates = source as? any Aggregating
    clearSelection()
  }

  /// True when `row` is selected.
  public func isSelected(_ row: Int) -> Bool {
    guard selectedCount > 0, row < rowCount else { return false }
    let stored = storedRow(row)
    return stored < selection.count && selection[stored]
  }

  /// The selected rows, in order.
  public var selectedRows: [Int] {
    guard selectedCount > 0 else { return [] }
    return (0..<rowCount).filter(isSelected)
  }

  /// Selects or unselects one row.
  public mutating func toggleSelection(row: Int) {
    guard row < rowCount else { return }
    growSelection()
    let stored = storedRow(row)
    selection[stored].toggle()
    selectedCount += selection[stored] ? 1 : -1
  }

  /// Adds the rows flagged in `mask` (one flag per row of the sheet) to the selection; returns
  /// how many were not selected before.
  @discardableResult
  public mutating func select(_ mask: [Bool]) -> Int {
    guard let order = ordered?.order else { return select(storedMask: mask) }
    var stored = [Bool](repeating: false, count: rowCount)
    for (row, flagged) in mask.enumerated() where flagged && row < order.count { stored[order[row]] = true }
    return select(storedMask: stored)
  }

  /// Adds the stored rows flagged in `mask` (one flag per row of `storedTable`) to the
  /// selection; returns how many were not selected before.
  @discardableResult
  public mutating func select(storedMask mask: [Bool]) -> Int {
    growSelection()
    var added = 0
    for (row, flagged) in mask.enumerated() where flagged && row < selection.count && !selection[row] {
      selection[row] = true
      added += 1
    }
    selectedCount += added
    return added
  }

  private mutating func growSelection() {
    if selection.count < rowCount { selection += repeatElement(false, count: rowCount - selection.count) }
  }

  /// Unselects every row.
  public mutating func clearSelection() {
    selection = []
    selectedCount = 0
  }

  /// Removes a column from the sheet (its data stays in the sheets below) until
  /// `showHiddenColumns()` puts it back.
  public mutating func hideColumn(_ index: Int) {
    guard storedTable.columns.indices.contains(index) else { return }
    hiddenColumns.append(
      HiddenColumn(
        column: storedTable.columns[index], width: columnWidths[index],
        significantDigits: significantDigits[index],
        leftNeighbour: index > 0 ? storedTable.columns[index - 1].name : nil, wasPinned: index < pinnedCount))
    var kept = Array(storedTable.columns.indices)
    kept.remove(at: index)
    keepColumns(kept)
    if index < pinnedCount { pinnedCount -= 1 }
    renumberSortKeys(kept)
    clampCursor()
  }

  /// Pins a column as a key column at the left (after the pinned ones), or unpins a pinned one.
  public mutating func togglePin(_ index: Int) {
    guard storedTable.columns.indices.contains(index) else { return }
    let target = index < pinnedCount ? pinnedCount - 1 : pinnedCount
    pinnedCount += index < pinnedCount ? -1 : 1
    var order = Array(storedTable.columns.indices)
    order.remove(at: index)
    order.insert(index, at: target)
    keepColumns(order)
    renumberSortKeys(order)
    cursorColumn = target
  }

  /// Puts back every column `-` hid, last hidden first, each right of the column it stood right
  /// of (a pinned one among the pinned columns, another after them) with its width; the cursor
  /// stays on its column. Returns the names of the columns put back, in the order they were hidden.
  @discardableResult
  public mutating func showHiddenColumns() -> [String] {
    guard !hiddenColumns.isEmpty else { return [] }
    let shown = columnCount
    let cursor = shown > 0 ? cursorColumn : nil
    let all = storedTable.columns + hiddenColumns.map(\.column)
    var order = Array(0..<shown)
    for (offset, hidden) in hiddenColumns.enumerated().reversed() {
      let neighbour = hidden.leftNeighbour.flatMap { name in order.firstIndex { all[$0].name == name } }
      let place = neighbour.map { $0 + 1 } ?? 0
      order.insert(
        shown + offset,
        at: hidden.wasPinned ? min(place, pinnedCount) : min(max(place, pinnedCount), order.count))
      if hidden.wasPinned { pinnedCount += 1 }
    }
    let names = hiddenColumns.map(\.column.name)
    storedTable = Table(name: storedTable.name, columns: all)
    // The same order over every column; columns gathered into it before are gathered again when needed.
    ordered = ordered.map { OrderedRows(base: storedTable, order: $0.order) }
    columnWidths += hiddenColumns.map(\.width)
    significantDigits += hiddenColumns.map(\.significantDigits)
    hiddenColumns = []
    keepColumns(order)
    renumberSortKeys(order)
    cursorColumn = cursor.flatMap { order.firstIndex(of: $0) } ?? 0
    return names
  }

  /// Keeps the columns at `indices`, in that order, with their widths and digits, and the row order.
  private mutating func keepColumns(_ indices: [Int]) {
    storedTable = Table(name: storedTable.name, columns: indices.map { storedTable.columns[$0] })
    ordered = ordered?.selectingColumns(indices)
    columnWidths = indices.map { columnWidths[$0] }
    significantDigits = indices.map { significantDigits[$0] }
  }

  /// Points the sort keys at their columns after `keepColumns(order)`; a key whose column left goes.
  private mutating func renumberSortKeys(_ order: [Int]) {
    sortKeys = sortKeys.compactMap { key in
      order.firstIndex(of: key.column).map { SortKey(column: $0, descending: key.descending) }
    }
  }

  /// Makes a column exactly as wide as the widest of its header and the cells on screen (up to the screen).
  public mutating func fitColumn(_ index: Int, bodyHeight: Int, width: Int) {
    guard storedTable.columns.indices.contains(index) else { return }
    let window = TableWindow(sheet: self, bodyHeight: bodyHeight, width: width)
    let rows = window.topRow..<min(rowCount, window.topRow + max(1, bodyHeight))
    columnWidths[index] = min(
      max(1, width),
      ColumnWidths.fit(
        storedTable.columns[index], significantDigits: significantDigits[index], rows: rows.map(storedRow)))
  }

  private mutating func clampCursor() {
    cursorRow = min(max(0, cursorRow), max(0, rowCount - 1))
    cursorColumn = min(max(0, cursorColumn), max(0, columnCount - 1))
  }

  /// Scrolls so that the cursor's cell is inside a body of `bodyHeight` rows and `width` columns.
  /// Columns on screen grow to fit the cells shown.
  public mutating func scrollToCursor(bodyHeight: Int, width: Int) {
    var window = TableWindow(sheet: self, bodyHeight: bodyHeight, width: width)
    let rows = window.topRow..<min(rowCount, window.topRow + max(1, bodyHeight))
    if ColumnWidths.widen(
      &columnWidths, table: storedTable, significantDigits: significantDigits, rows: rows.map(storedRow),
      columns: window.columns.map(\.index))
    {
      window = TableWindow(sheet: self, bodyHeight: bodyHeight, width: width)
    }
    topRow = window.topRow
    leftColumn = window.leftColumn
  }
}

/// What a sheet's rows stand for, when Enter on a row opens something: a frequency table's row
/// opens the rows holding its value, a listing's row opens its entry. Sheets of their own (data,
/// describe, help) have none.
public protocol SheetOrigin: Sendable {
  /// Names the origin for people and tells origins apart: `frequency of species`.
  var name: String { get }
  /// True when a sheet of some of these rows (a filter's, a selection's) has the same origin, so
  /// Enter still works there.
  var carriesToRowSubsets: Bool { get }
  /// Opens what the cursor's row of the sheet on screen stands for; returns what the run loop must do.
  func openRow(in state: inout AppState) -> [Effect]
}

/// A sheet's origin, compared by name so that sheets stay comparable.
struct SheetOriginBox: Sendable, Equatable {
  /// The origin.
  let origin: any SheetOrigin

  static func == (a: SheetOriginBox, b: SheetOriginBox) -> Bool { a.origin.name == b.origin.name }
}

/// The part of a sheet a body of given size shows: first row and the columns with their x positions.
struct TableWindow {
  /// First row shown.
  let topRow: Int
  /// First column shown.
  let leftColumn: Int
  /// The columns shown, each with its x position and the width it gets (the last may be cut short).
  let columns: [(index: Int, x: Int, width: Int)]

  /// The window that keeps the sheet's scroll position where it can, always shows the cursor and
  /// leaves no room at the right while columns are scrolled off at the left.
  init(sheet: Sheet, bodyHeight: Int, width: Int) {
    let rows = max(1, bodyHeight)
    var top = min(sheet.topRow, max(0, sheet.rowCount - rows))
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
    // Columns scrolled off while the window was narrower come back once the rest leave room.
    var rest = Self.end(of: widths.count - 1, from: left, widths: widths)
    while left > pinned, left <= widths.count, scrolledFrom + widths[left - 1] + 1 + rest <= width {
      left -= 1
      rest += widths[left] + 1
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
