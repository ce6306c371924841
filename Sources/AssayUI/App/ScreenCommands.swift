/// Commands every screen that is not a table shares: help and leaving.
enum ScreenCommands {
  /// Help and close, listed last in each screen's help.
  static let common: [Command] = [
    Command(id: "screen-help", help: "list this screen's commands and keys") { state in
      guard let screen = state.screen else { return [] }
      state.push(HelpSheet.make(commands: screen.commands, keymap: screen.keymap))
      return []
    },
    Command(id: "close-screen", help: "go back to the screen underneath (the wizard on its own: quit)") {
      close(&$0)
    },
  ]

  /// Pops the screen on top; a screen whose job still computes (a chart being drawn, a projection
  /// being computed) stops it, and a screen that is the whole app (the wizard on its own) ends it.
  private static func close(_ state: inout AppState) -> [Effect] {
    if let screen = state.screen {
      if screen.endsApp { return [.quit] }
      if screen.awaitsJob, state.job != nil {
        state.job = nil
        _ = state.pop()
        return [.cancelJob]
      }
    }
    return state.pop() ? [] : [.quit]
  }
}
