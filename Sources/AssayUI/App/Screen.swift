import AssayGrid

/// A screen that is not a table sheet (a chart, a projection, the wizard, a report): it names its
/// keymap and commands, draws itself above the status line, and brings itself up to date after
/// every update. The app's stack holds these between its sheets; `q` pops either kind.
/// A new kind of screen is registered in `CommandRegistry.screenKinds`.
public protocol Screen: Sendable {
  /// Every command this kind of screen runs, in all its modes: the registry finds commands by id here.
  static var commands: [Command] { get }
  /// The table's commands that open this kind of screen; the table's help lists them.
  static var openingCommands: [Command] { get }
  /// The table's keys for `openingCommands`, part of the table keymap that keymap files rebind.
  static var openingKeys: [KeyBinding] { get }
  /// True when this screen's commands may run while a job computes (they only look and move).
  static var commandsRunDuringJobs: Bool { get }

  /// The name shown in the status line's breadcrumb.
  var title: String { get }
  /// What the status line says about the screen after the breadcrumb: a chart's settings, the
  /// wizard's question.
  var status: String { get }
  /// Which key runs which command on this screen now.
  var keymap: Keymap { get }
  /// The commands this screen runs now, in the order help lists them.
  var commands: [Command] { get }
  /// True while the running job computes for this screen: closing the screen stops the job.
  var awaitsJob: Bool { get }
  /// True when the status line's left part already shows the running job's progress.
  var showsJobProgress: Bool { get }
  /// True when closing this screen ends the app.
  var endsApp: Bool { get }

  /// Draws the screen into `area` at the top left of `grid` (the whole frame, as large as the
  /// terminal; the status line below `area` is the app's).
  func draw(into grid: inout Grid, area: Size, state: AppState)
  /// Brings the screen up to date for a terminal of `size` after an update or a resize; returns
  /// the jobs that do the slow part.
  mutating func refresh(size: Size) -> [Effect]
}

extension Screen {
  /// No command of the table opens it.
  public static var openingCommands: [Command] { [] }
  /// No key of the table opens it.
  public static var openingKeys: [KeyBinding] { [] }
  /// Its commands wait while a job computes.
  public static var commandsRunDuringJobs: Bool { false }
  /// All its commands, always.
  public var commands: [Command] { Self.commands }
  /// It starts no job of its own.
  public var awaitsJob: Bool { false }
  /// The status line shows the job's progress on the right.
  public var showsJobProgress: Bool { false }
  /// Closing it shows what lies under it.
  public var endsApp: Bool { false }
  /// Nothing goes out of date.
  public mutating func refresh(size: Size) -> [Effect] { [] }
}

/// A screen on the app's stack, with the number of sheets under it.
public struct StackedScreen: Sendable {
  /// The screen.
  public var screen: any Screen
  /// How many sheets were on the stack when it was pushed; sheets pushed later lie above it.
  public let sheetsBelow: Int
}
