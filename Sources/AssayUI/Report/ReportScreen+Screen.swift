import AssayGrid

extension ReportScreen: Screen {
  /// Scrolling, help and back.
  public static let commands: [Command] = ReportCommands.all + ScreenCommands.common
  /// Recommend storage for the table.
  public static var openingCommands: [Command] { RecommendCommands.opening }
  /// `R` recommends.
  public static var openingKeys: [KeyBinding] { [KeyBinding(.character("R"), "recommend-storage")] }

  /// `line 3/40`: the first line shown, and `from column 61` once scrolled sideways.
  public var status: String {
    "line \(min(topLine + 1, lines.count))/\(lines.count)"
      + (leftColumn > 0 ? " from column \(leftColumn + 1)" : "")
  }
  /// The report screen's keys.
  public var keymap: Keymap { .report }

  /// The lines from `topLine` down.
  public func draw(into grid: inout Grid, area: Size, state: AppState) {
    draw(into: &grid, height: area.height)
  }
}
