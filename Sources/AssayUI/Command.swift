/// A named action on the app state: what keys run, help lists, and a command log replays.
public struct Command: Sendable {
  /// Stable id, e.g. `"cursor-down"`; keymaps bind keys to it.
  public let id: String
  /// One line saying what it does, for help.
  public let help: String
  /// The action; returns what the run loop must do.
  public let run: @Sendable (inout AppState) -> [Effect]

  /// A command.
  public init(id: String, help: String, run: @escaping @Sendable (inout AppState) -> [Effect]) {
    self.id = id
    self.help = help
    self.run = run
  }
}

/// Every command of the table screen, in the order help lists them.
public enum CommandRegistry {
  /// The table screen's commands.
  public static let table: [Command] = [
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
    Command(id: "show-help", help: "list this screen's commands and keys") { state in
      state.push(HelpSheet.make(commands: table, keymap: state.keymap))
      return []
    },
    Command(id: "cancel-job", help: "stop the running load, keeping the rows so far") { cancelJob(&$0) },
    Command(id: "quit-sheet", help: "go back to the previous sheet, or quit") { state in
      state.pop() ? [] : [.quit]
    },
  ]

  private static let byID: [String: Command] = Dictionary(
    table.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

  /// The command with this id, if any.
  public static func command(id: String) -> Command? { byID[id] }

  private static func move(_ state: inout AppState, rows: Int = 0, columns: Int = 0) -> [Effect] {
    state.sheet.moveCursor(rows: rows, columns: columns)
    return []
  }

  private static func jump(_ state: inout AppState, row: Int? = nil, column: Int? = nil) -> [Effect] {
    if let row { state.sheet.moveCursor(toRow: row) }
    if let column { state.sheet.moveCursor(toColumn: column) }
    return []
  }

  private static func page(_ state: inout AppState, by pages: Int) -> [Effect] {
    state.sheet.scrollPages(pages, rowsPerPage: state.bodyHeight)
    return []
  }

  private static func cancelJob(_ state: inout AppState) -> [Effect] {
    guard state.load.phase == .loading else {
      state.message = StatusMessage("press q to quit")
      return []
    }
    state.load.phase = .stopped
    return [.cancelLoad]
  }
}
