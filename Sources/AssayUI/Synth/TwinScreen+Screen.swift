import AssayGrid

extension TwinScreen: Screen {
  /// Moving between columns, the whole report, help and back.
  public static let commands: [Command] = SynthCommands.all + ScreenCommands.common
  /// Make a synthetic twin of the sheet.
  public static var openingCommands: [Command] { SynthCommands.opening }
  /// `Y` makes the twin.
  public static var openingKeys: [KeyBinding] { [KeyBinding(.character("Y"), "synthesize-sheet")] }

  /// `←/→ column  r report`.
  public var status: String { "←/→ column  r report" }
  /// The twin screen's keys.
  public var keymap: Keymap { .twin }

  /// The heading and the column's bars.
  public func draw(into grid: inout Grid, area: Size, state: AppState) {
    draw(into: &grid, area: area)
  }
}

extension Keymap {
  /// The twin screen's keys.
  public static let twin = Keymap(
    [
      KeyBinding(.right, "twin-next-column"), KeyBinding(.character("l"), "twin-next-column"),
      KeyBinding(.left, "twin-previous-column"), KeyBinding(.character("h"), "twin-previous-column"),
      KeyBinding(.character("r"), "twin-report"),
    ] + screenKeys)
}
