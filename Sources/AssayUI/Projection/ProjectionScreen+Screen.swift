import AssayGrid

extension ProjectionScreen: Screen {
  /// The projection's commands, help and back, and the column chooser's.
  public static let commands: [Command] =
    ProjectionCommands.all + ScreenCommands.common + ProjectionCommands.chooser
  /// Project the numeric columns.
  public static var openingCommands: [Command] { ProjectionCommands.opening }
  /// `P` projects.
  public static var openingKeys: [KeyBinding] { [KeyBinding(.character("P"), "project-columns")] }
  /// The crosshair moves and the settings change while t-SNE runs.
  public static var commandsRunDuringJobs: Bool { true }

  /// The method (with t-SNE's progress while it runs) and the colouring.
  public var status: String { settings }
  /// The chooser's keys while it is open, else the projection's.
  public var keymap: Keymap { chooser == nil ? .projection : .columnChooser }
  /// The chooser's commands while it is open, else the projection's with help and back.
  public var commands: [Command] {
    chooser == nil ? ProjectionCommands.all + ScreenCommands.common : ProjectionCommands.chooser
  }
  /// True while a job computes the projection.
  public var awaitsJob: Bool { pending != nil }
  /// True while t-SNE runs: the status shows its iteration.
  public var showsJobProgress: Bool { watch != nil }

  /// The chart with its crosshair, the info line and the chooser (the chart's size is the
  /// terminal's, `grid`'s, less two lines).
  public func draw(into grid: inout Grid, area: Size, state: AppState) {
    ProjectionView.draw(
      self, into: &grid, size: Size(width: grid.width, height: grid.height), running: state.job != nil)
  }

  /// Draws the finished projection again when the colouring or the size changed.
  public mutating func refresh(size: Size) -> [Effect] { ProjectionRendering.refresh(&self, size: size) }
}
