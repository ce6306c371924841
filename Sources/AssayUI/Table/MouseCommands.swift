import AssayCore

/// What the mouse does on the table screen, as commands: a click or a wheel turn is recorded in
/// the command log with its target and replays to the same cursor.
enum MouseCommands {
  /// Rows one notch of the wheel moves the cursor.
  static let wheelRows = 3

  static let all: [Command] = [
    Command(
      id: "click-cell",
      help: "put the cursor on a cell: its row number and column name, e.g. `12 x` (a click)",
      readsKey: false
    ) { state, input in click(&state, target: input) },
    Command(
      id: "wheel-rows", help: "move the cursor by a number of rows, e.g. `-3` (the mouse wheel)",
      readsKey: false
    ) { state, input in wheel(&state, rows: input) },
  ]

  /// The command a mouse event at the current state runs, and its input; nil for a click
  /// outside the cells.
  static func command(for mouse: MouseEvent, in state: AppState) -> (id: String, input: String)? {
    switch mouse.action {
    case .wheelUp: return ("wheel-rows", String(-wheelRows))
    case .wheelDown: return ("wheel-rows", String(wheelRows))
    case .press:
      let sheet = state.sheet
      let window = TableWindow(sheet: sheet, bodyHeight: state.bodyHeight, width: state.size.width)
      let row = window.topRow + mouse.y - 1
      guard mouse.y >= 1, mouse.y <= state.bodyHeight, row < sheet.rowCount,
        let column = window.columns.last(where: { $0.x <= mouse.x })
      else { return nil }
      return ("click-cell", "\(row + 1) \(sheet.storedTable.columns[column.index].name)")
    }
  }

  private static func click(_ state: inout AppState, target: String) -> [Effect] {
    let parts = target.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
    guard let number = Int(parts[0]), number >= 1, parts.count == 2 else {
      state.message = StatusMessage(
        "'\(target)' is not a cell: give a row number and a column name", isError: true)
      return []
    }
    let name = String(parts[1])
    guard let column = state.sheet.storedTable.columns.firstIndex(where: { $0.name == name }) else {
      state.message = StatusMessage("no column named '\(name)'", isError: true)
      return []
    }
    state.sheet.moveCursor(toRow: number - 1)
    state.sheet.moveCursor(toColumn: column)
    return []
  }

  private static func wheel(_ state: inout AppState, rows: String) -> [Effect] {
    guard let count = Int(rows.trimmingCharacters(in: .whitespaces)) else {
      state.message = StatusMessage("'\(rows)' is not a number of rows", isError: true)
      return []
    }
    state.sheet.moveCursor(rows: count)
    return []
  }
}
