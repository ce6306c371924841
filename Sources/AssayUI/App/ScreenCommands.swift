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

  /// Pops the screen on top; a chart still being drawn or a projection still being computed stops
  /// its job, and a wizard run on its own
  /// ends the app.
  private static func close(_ state: inout AppState) -> [Effect] {
    switch state.screen {
    case .wizard(let wizard) where wizard.endsApp: return [.quit]
    case .chart(let chart) where chart.pending != nil && state.job != nil:
      state.job = nil
      _ = state.pop()
      return [.cancelJob]
    case .projection(let projection) where projection.pending != nil && state.job != nil:
      state.job = nil
      _ = state.pop()
      return [.cancelJob]
    default:
      return state.pop() ? [] : [.quit]
    }
  }
}
