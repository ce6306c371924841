import AssayGrid

extension WizardScreen: Screen {
  /// Answer, back, skip, report, help and leave.
  public static let commands: [Command] = WizardCommands.all + ScreenCommands.common

  /// The breadcrumb's name.
  public var title: String { "wizard" }
  /// `question 3 of 10`.
  public var status: String { progress }
  /// The wizard screen's keys.
  public var keymap: Keymap { .wizard }

  /// The question beside (or above) the running recommendation.
  public func draw(into grid: inout Grid, area: Size, state: AppState) {
    WizardView.draw(self, into: &grid, area: area)
  }
}
