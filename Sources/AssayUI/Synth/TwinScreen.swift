import AssayCharts
import AssayCore
import AssayGrid
import AssaySynth

/// A table beside its synthetic twin, one column at a time: the column's distributions on both
/// sides drawn bar by bar in two colours (`TwinBars`), under the line of the fidelity report that
/// compares them (the distance between the distributions). `r` opens the whole report.
public struct TwinScreen: Sendable, Equatable {
  /// The name shown in the breadcrumb.
  public var title: String
  /// The real table.
  let real: Table
  /// Its synthetic twin: the same columns.
  let synthetic: Table
  /// The report comparing them.
  let report: FidelityReport
  /// The column shown.
  public private(set) var column = 0

  /// Most groups a column's bars are split into.
  static let groups = 12

  /// The twin of `real`, `synthetic`, compared by `report`.
  public init(title: String, real: Table, synthetic: Table, report: FidelityReport) {
    (self.title, self.real, self.synthetic, self.report) = (title, real, synthetic, report)
  }

  /// Equal when they show the same column of the same titled pair.
  public static func == (a: TwinScreen, b: TwinScreen) -> Bool {
    a.title == b.title && a.column == b.column && a.real.name == b.real.name
  }

  /// Shows the column `offset` places on, wrapping around.
  public mutating func moveColumn(by offset: Int) {
    let count = max(1, real.columns.count)
    column = ((column + offset) % count + count) % count
  }

  /// The column's comparison in the report.
  var comparison: FidelityReport.ColumnComparison? {
    report.columns.indices.contains(column) ? report.columns[column] : nil
  }

  /// The heading line: the column, its kind and the distance between its two distributions.
  var heading: String {
    guard let comparison else { return "no columns" }
    let distance =
      comparison.distance.map { "\(comparison.distanceName ?? "distance") \(String(format: "%.3f", $0))" }
      ?? "generated in the shape of its values, not learned"
    return
      "\(SafeText.visible(comparison.name)) (\(column + 1)/\(report.columns.count), \(comparison.kind.rawValue)): \(distance)"
  }

  /// The bars of the column shown; nil for a generated column or one without values.
  func bars(height: Int) -> TwinBars? {
    guard let comparison, comparison.kind != .generated, real.columns.indices.contains(column),
      synthetic.columns.indices.contains(column)
    else { return nil }
    let names = (first: "real", second: "synthetic")
    let (left, right) = (real.columns[column], synthetic.columns[column])
    switch comparison.kind {
    case .number, .time: return TwinBars.histogram(left, right, bins: Self.groups, names: names)
    default:
      return TwinBars.frequencies(
        left, right, top: min(Self.groups, max(1, (height - 2) / 2 - 1)), names: names)
    }
  }

  /// Draws the heading and the bars into `area`.
  func draw(into grid: inout Grid, area: Size) {
    grid.put(heading, x: 0, y: 0, style: Style(.title), maxWidth: area.width)
    guard let bars = bars(height: area.height - 1) else { return }
    grid.draw(bars.render(width: area.width, height: area.height - 2), x: 0, y: 2)
  }
}
