import Foundation

/// Commands that move the cursor and scroll.
enum NavigationCommands {
  static let all: [Command] = [
    Command(id: "cursor-down", help: "move the cursor down one row") { move(&$0, rows: 1) },
    Command(id: "cursor-up", help: "move the cursor up one row") { move(&$0, rows: -1) },
    Command(id: "cursor-left", help: "move the cursor left one column") { move(&$0, columns: -1) },
    Command(id: "cursor-right", help: "move the cursor right one column") { move(&$0, columns: 1) },
    Command(id: "page-down", help: "scroll down one screen") { page(&$0, by: 1) },
    Command(id: "page-up", help: "scroll up one screen") { page(&$0, by: -1) },
    Command(id: "go-first-row", help: "go to the first row") { jump(&$0, row: 0) },
    Command(id: "go-last-row", help: "go to the last row") { jump(&$0, row: .max) },
    Command(id: "go-first-column", help: "go to the first column") { jump(&$0, column: 0) },
    Command(id: "go-last-column", help: "go to the last column") { jump(&$0, column: .max) },
    Command(id: "go-row", help: "go to a row by its number", prompt: "row number: ") { state, input in
      guard let number = Int(input.trimmingCharacters(in: .whitespaces)) else {
        state.message = StatusMessage("'\(input)' is not a row number", isError: true)
        return []
      }
      guard let window = state.sheet.window, state.sheet.pagingSource != nil else {
        return jump(&state, row: number - 1)
      }
      // A row outside the rows held is read from the source, as the first of a new window.
      let row = number - 1 - window.firstRow
      if row < 0 || (row >= state.sheet.rowCount && window.moreFollow) {
        return WindowCommands.read(from: max(0, number - 1), in: &state)
      }
      return jump(&state, row: row)
    },
    Command(id: "go-column", help: "go to a column by its name", prompt: "column name: ") { state, input in
      guard let index = state.sheet.storedTable.columns.firstIndex(where: { $0.name == input }) else {
        state.message = StatusMessage("no column named '\(input)'", isError: true)
        return []
      }
      return jump(&state, column: index)
    },
  ]

  private static func move(_ state: inout AppState, rows: Int = 0, columns: Int = 0) -> [Effect] {
    state.sheet.moveCursor(rows: rows, columns: columns)
    if rows != 0 { sayWhenAtWindowEdge(&state, down: rows > 0) }
    return []
  }

  private static func jump(_ state: inout AppState, row: Int? = nil, column: Int? = nil) -> [Effect] {
    if let row { state.sheet.moveCursor(toRow: row) }
    if let column { state.sheet.moveCursor(toColumn: column) }
    if let row { sayWhenAtWindowEdge(&state, down: row > 0) }
    return []
  }

  private static func page(_ state: inout AppState, by pages: Int) -> [Effect] {
    state.sheet.scrollPages(pages, rowsPerPage: state.bodyHeight)
    sayWhenAtWindowEdge(&state, down: pages > 0)
    return []
  }

  /// When the cursor reached the last (first) row held of a source with rows after (before) it,
  /// says how to read them.
  private static func sayWhenAtWindowEdge(_ state: inout AppState, down: Bool) {
    guard let window = state.sheet.window, state.sheet.pagingSource != nil, state.sheet.rowCount > 0 else {
      return
    }
    if down, window.moreFollow, state.sheet.cursorRow == state.sheet.rowCount - 1 {
      state.message = StatusMessage("the last row held: > reads the next rows")
    } else if !down, window.firstRow > 0, state.sheet.cursorRow == 0 {
      state.message = StatusMessage("the first row held: < reads the rows before")
    }
  }
}
