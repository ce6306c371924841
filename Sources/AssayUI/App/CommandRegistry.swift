/// Every command of every screen, in the order help lists them.
public enum CommandRegistry {
  /// The kinds of screen that are not tables. This list is the one place a new screen is registered:
  /// its commands, the table commands that open it (listed in this order) and their keys come from
  /// its type.
  static let screenKinds: [any Screen.Type] = [
    ChartScreen.self, ProjectionScreen.self, ReportScreen.self, WizardScreen.self, TwinScreen.self,
  ]

  /// The table screen's commands, with those that open the other screens.
  public static let table: [Command] = TableCommands.all(opening: screenKinds.flatMap { $0.openingCommands })

  /// What the mouse does on the table screen (bound to no key, so help leaves them out).
  public static let mouse: [Command] = MouseCommands.all

  private static let byID: [String: Command] = Dictionary(
    (table + mouse + SheetCommands.answers + screenKinds.flatMap { $0.commands }).map { ($0.id, $0) },
    uniquingKeysWith: { first, _ in first })

  /// The ids of the commands that may run while a job computes: moving around and cancelling.
  private static let duringJobs: Set<String> = Set(
    ["cancel-job"] + NavigationCommands.all.filter { $0.prompt == nil }.map(\.id) + mouse.map(\.id)
      + screenKinds.filter { $0.commandsRunDuringJobs }.flatMap { $0.commands }.map(\.id))

  /// The command with this id, if any.
  public static func command(id: String) -> Command? { byID[id] }

  /// True for the commands that may run while a job computes: moving around and cancelling.
  public static func worksDuringJobs(_ id: String) -> Bool { duringJobs.contains(id) }

  /// Runs a command with its input and records it in the state's command log.
  public static func perform(_ command: Command, input: String = "", on state: inout AppState) -> [Effect] {
    state.log.append(LoggedCommand(id: command.id, input: input))
    return command.run(&state, input)
  }
}
