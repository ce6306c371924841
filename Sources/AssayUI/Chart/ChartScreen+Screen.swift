import AssayGrid

extension ChartScreen: Screen {
  /// The chart keys' commands, help and back.
  public static let commands: [Command] = ChartCommands.all + ScreenCommands.common
  /// Chart the current column; scatter it against another.
  public static var openingCommands: [Command] { ChartCommands.opening }
  /// `.` and `V` chart the column, `S` scatters.
  public static var openingKeys: [KeyBinding] {
    [
      KeyBinding(.character("."), "chart-column"), KeyBinding(.character("V"), "chart-column"),
      KeyBinding(.character("S"), "chart-scatter"),
    ]
  }
  /// Changing a chart while one is drawn starts the new drawing instead.
  public static var commandsRunDuringJobs: Bool { true }

  /// The canvas, bins, scale and colours.
  public var status: String { settings }
  /// The chart screen's keys.
  public var keymap: Keymap { .chart }
  /// True while a job draws the chart.
  public var awaitsJob: Bool { pending != nil }

  /// The last drawing, or what is happening.
  public func draw(into grid: inout Grid, area: Size, state: AppState) {
    ChartView.draw(self, into: &grid, area: area, drawing: state.job != nil)
  }

  /// Draws the chart again when its spec or the size changed.
  public mutating func refresh(size: Size) -> [Effect] { ChartRendering.refresh(&self, size: size) }
}
