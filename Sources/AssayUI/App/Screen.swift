/// A screen that is not a table: a chart, the storage wizard, or a scrollable report.
/// The app's stack holds these between its sheets; `q` pops either kind.
public enum Screen: Sendable {
  /// A chart of one table.
  case chart(ChartScreen)
  /// The storage wizard's questions beside the running recommendation.
  case wizard(WizardScreen)
  /// A scrollable text, such as a storage recommendation.
  case report(ReportScreen)
  /// A PCA or t-SNE projection of a table's numeric columns.
  case projection(ProjectionScreen)

  /// The name shown in the status line's breadcrumb.
  public var title: String {
    switch self {
    case .chart(let chart): return chart.title
    case .wizard: return "wizard"
    case .report(let report): return report.title
    case .projection(let projection): return projection.title
    }
  }

  /// Which key runs which command on this screen.
  public var keymap: Keymap {
    switch self {
    case .chart: return .chart
    case .wizard: return .wizard
    case .report: return .report
    case .projection(let projection): return projection.chooser == nil ? .projection : .columnChooser
    }
  }

  /// This screen's commands, in the order help lists them.
  public var commands: [Command] {
    switch self {
    case .chart: return CommandRegistry.chart
    case .wizard: return CommandRegistry.wizard
    case .report: return CommandRegistry.report
    case .projection(let projection):
      return projection.chooser == nil ? CommandRegistry.projection : CommandRegistry.columnChooser
    }
  }
}

/// A screen on the app's stack, with the number of sheets under it.
public struct StackedScreen: Sendable {
  /// The screen.
  public var screen: Screen
  /// How many sheets were on the stack when it was pushed; sheets pushed later lie above it.
  public let sheetsBelow: Int
}
