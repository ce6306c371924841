import AssayCore

/// Commands that move a sheet's window over a source too large to hold (a database table): the
/// next rows, the rows before, the rows from a given row on. Each window is read by the engine.
enum WindowCommands {
  static let all: [Command] = [
    Command(id: "next-rows", help: "read the rows after those held (a table too large to hold)") {
      next(&$0)
    },
    Command(id: "previous-rows", help: "read the rows before those held (a table too large to hold)") {
      previous(&$0)
    },
  ]

  /// Reads the window after the rows held.
  private static func next(_ state: inout AppState) -> [Effect] {
    guard let (window, source) = paging(&state) else { return [] }
    guard window.moreFollow else {
      state.message = StatusMessage("these are the last rows")
      return []
    }
    return read(&state, source.window(from: window.firstRow + state.sheet.rowCount, limit: nil))
  }

  /// Reads the window before the rows held, as many rows as are held now.
  private static func previous(_ state: inout AppState) -> [Effect] {
    guard let (window, source) = paging(&state) else { return [] }
    guard window.firstRow > 0 else {
      state.message = StatusMessage("these are the first rows")
      return []
    }
    let start = max(0, window.firstRow - max(1, state.sheet.rowCount))
    return read(&state, source.window(from: start, limit: window.firstRow - start))
  }

  /// Reads the window that starts at row `row` (0-based) of the source.
  static func read(from row: Int, in state: inout AppState) -> [Effect] {
    guard let (_, source) = paging(&state) else { return [] }
    return read(&state, source.window(from: row, limit: nil))
  }

  /// The sheet's window and the source that pages it; nil, with a message, when the sheet holds
  /// every row or is still loading.
  private static func paging(_ state: inout AppState) -> (RowWindow, any RowPushdown)? {
    guard !state.loadFeedsSheetOnScreen else {
      state.message = StatusMessage("still loading: wait, or Ctrl-C to stop the load")
      return nil
    }
    guard let window = state.sheet.window, let source = state.sheet.pagingSource else {
      state.message = StatusMessage("the sheet holds every row")
      return nil
    }
    return (window, source)
  }

  /// Loads `source` into the sheet on screen in place of its rows, the cursor on its first row.
  private static func read(_ state: inout AppState, _ source: any RowPushdown) -> [Effect] {
    state.sheet.clearSelection()
    state.sheet.moveCursor(toRow: 0)
    return [.startLoad(LoadRequest(source: source, sheet: state.sheets.count - 1))]
  }
}
