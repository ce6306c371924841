/// A named action on the app state: what keys run, help lists, and a command log replays.
public struct Command: Sendable {
  /// Stable id, e.g. `"cursor-down"`; keymaps bind keys to it and command logs name it.
  public let id: String
  /// One line saying what it does, for help.
  public let help: String
  /// The question asked for the command's input (a pattern, an expression, a file name);
  /// nil for commands that take none.
  public let prompt: String?
  /// True when the command's input is the label of the key that ran it (`3` for an answer's number).
  public let readsKey: Bool
  /// The action, given the input (empty for commands without a prompt); returns what the run loop must do.
  public let run: @Sendable (inout AppState, String) -> [Effect]

  /// A command that takes no input.
  public init(id: String, help: String, run: @escaping @Sendable (inout AppState) -> [Effect]) {
    self.id = id
    self.help = help
    prompt = nil
    readsKey = false
    self.run = { state, _ in run(&state) }
  }

  /// A command whose input is the label of the key pressed, so one command serves several keys.
  public init(
    id: String, help: String, readsKey: Bool, run: @escaping @Sendable (inout AppState, String) -> [Effect]
  ) {
    self.id = id
    self.help = help
    prompt = nil
    self.readsKey = readsKey
    self.run = run
  }

  /// A command that asks for a line of input first.
  public init(
    id: String, help: String, prompt: String, run: @escaping @Sendable (inout AppState, String) -> [Effect]
  ) {
    self.id = id
    self.help = help
    self.prompt = prompt
    readsKey = false
    self.run = run
  }
}

/// Every command of every screen, in the order help lists them.
public enum CommandRegistry {
  /// The table screen's commands.
  public static let table: [Command] =
    NavigationCommands.all + SearchCommands.all + SortFilterCommands.all + ChartCommands.opening
    + ProjectionCommands.opening + RecommendCommands.opening + SheetCommands.all

  /// What the mouse does on the table screen (bound to no key, so help leaves them out).
  public static let mouse: [Command] = MouseCommands.all

  /// The chart screen's commands.
  public static let chart: [Command] = ChartCommands.all + ScreenCommands.common

  /// The wizard screen's commands.
  public static let wizard: [Command] = WizardCommands.all + ScreenCommands.common

  /// The report screen's commands.
  public static let report: [Command] = ReportCommands.all + ScreenCommands.common

  /// The projection screen's commands.
  public static let projection: [Command] = ProjectionCommands.all + ScreenCommands.common

  /// The projection's column chooser's commands.
  public static let columnChooser: [Command] = ProjectionCommands.chooser

  private static let byID: [String: Command] = Dictionary(
    (table + mouse + chart + wizard + report + projection + columnChooser).map { ($0.id, $0) },
    uniquingKeysWith: { first, _ in first })

  /// The command with this id, if any.
  public static func command(id: String) -> Command? { byID[id] }

  /// True for the commands that may run while a job computes: moving around and cancelling.
  public static func worksDuringJobs(_ id: String) -> Bool {
    id == "cancel-job" || NavigationCommands.all.contains { $0.id == id && $0.prompt == nil }
      || mouse.contains { $0.id == id } || chart.contains { $0.id == id }
      || projection.contains { $0.id == id } || columnChooser.contains { $0.id == id }
  }

  /// Runs a command with its input and records it in the state's command log.
  public static func perform(_ command: Command, input: String = "", on state: inout AppState) -> [Effect] {
    state.log.append(LoggedCommand(id: command.id, input: input))
    return command.run(&state, input)
  }
}
