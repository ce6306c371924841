import AssayCore
import AssayGrid

/// Draws the screen for a state at a size. Pure: the same state and size give the same grid.
/// Only the visible cells are formatted, so the cost does not grow with the table.
public func view(state: AppState, size: Size) -> Grid {
  if let screen = state.screen { return ScreenView.frame(screen, state: state, size: size) }
  var grid = Grid(width: size.width, height: size.height)
  guard size.width > 0, size.height > 0 else { return grid }
  let sheet = state.sheet
  if size.height > 1 {
    TableBody.draw(sheet, into: &grid, height: size.height - 1, isLoading: state.loadFeedsSheetOnScreen)
  }
  StatusLine.draw(state, into: &grid, y: size.height - 1)
  return grid
}

/// The header row and the visible rows of a sheet.
enum TableBody {
  /// Draws the header at row 0 and rows below it, `height` rows in all.
  static func draw(_ sheet: Sheet, into grid: inout Grid, height: Int, isLoading: Bool) {
    let table = sheet.storedTable
    guard !table.columns.isEmpty else {
      let text = isLoading ? "loading…" : "\(table.name) has no columns"
      grid.put(text, x: 0, y: 0, style: Style(.warning))
      return
    }
    let bodyHeight = height - 1
    let window = TableWindow(sheet: sheet, bodyHeight: bodyHeight, width: grid.width)
    for shown in window.columns {
      let column = table.columns[shown.index]
      let alignRight = CellText.alignsRight(column.type)
      let header = Style(.header)
      CellText.put(
        column.name, into: &grid, x: shown.x, y: 0, width: shown.width, alignRight: alignRight,
        style: header)
      let lastRow = min(table.rowCount, window.topRow + bodyHeight)
      for row in window.topRow..<max(window.topRow, lastRow) {
        let y = 1 + row - window.topRow
        let isCursorRow = row == sheet.cursorRow
        let style = cellStyle(
          type: column.type, isCursorRow: isCursorRow,
          isCursor: isCursorRow && shown.index == sheet.cursorColumn, isSelected: sheet.isSelected(row))
        guard
          let text = CellText.text(
            column, row: sheet.storedRow(row), significantDigits: sheet.significantDigits[shown.index])
        else {
          grid.restyle(x: shown.x, y: y, width: shown.width, style: nullStyle(style))
          continue
        }
        grid.restyle(x: shown.x, y: y, width: shown.width, style: style)
        CellText.put(
          text, into: &grid, x: shown.x, y: y, width: shown.width, alignRight: alignRight, style: style)
      }
    }
    if table.rowCount == 0, bodyHeight > 0 {
      grid.put(isLoading ? "loading…" : "no rows", x: 0, y: 1, style: Style(.warning))
    }
  }

  private static func cellStyle(type: ColumnType, isCursorRow: Bool, isCursor: Bool, isSelected: Bool)
    -> Style
  {
    if isCursor { return Style(.cursor) }
    if isSelected { return Style(.selection, bold: isCursorRow) }
    return Style(CellText.role(for: type), bold: isCursorRow)
  }

  private static func nullStyle(_ style: Style) -> Style {
    style.role == .cursor || style.role == .selection ? style : Style(.null, bold: style.bold)
  }
}
