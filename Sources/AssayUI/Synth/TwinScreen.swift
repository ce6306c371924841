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
  /// The bars of the column shown, as the last refresh drew them for the screen's size.
  private(set) var shown: TwinBars?
  /// The column and height `shown` was counted for.
  private var shownFor: [Int] = []

  /// The twin of `real`, `synthetic`, compared by `report`.
  public init(title: String, real: Table, synthetic: Table, report: FidelityReport) {
    (self.title, self.real, self.synthetic, self.report) = (title, real, synthetic, report)
  }

  /// Equal when they show the same column, drawn the same, of the same titled pair.
  public static func == (a: TwinScreen, b: TwinScreen) -> Bool {
    a.title == b.title && a.column == b.column && a.real.name == b.real.name && a.shown == b.shown
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

  /// Counts the column's bars for an area of `size` (kept until the column or the size changes).
  public mutating func refresh(size: Size) -> [Effect] {
    let height = ScreenView.area(size).height - 2
    guard shownFor != [column, height] else { return [] }
    (shown, shownFor) = (bars(height: height), [column, height])
    return []
  }

  /// The bars of the column shown, as many groups as `height` rows hold (two rows each under the
  /// legend's); nil for a generated column or one without values.
  func bars(height: Int) -> TwinBars? {
    guard let comparison, comparison.kind != .generated, real.columns.indices.contains(column),
      synthetic.columns.indices.contains(column)
    else { return nil }
    let names = (first: "real", second: "synthetic")
    let (left, right) = (real.columns[column], synthetic.columns[column])
    let groups = min(Self.groups, max(1, (height - 1) / 2))
    switch comparison.kind {
    case .number, .time: return TwinBars.histogram(left, right, bins: groups, names: names)
    default: return TwinBars.frequencies(left, right, top: max(1, groups - 1), names: names)
    }
  }

  /// Draws the heading and the bars into `area`.
  func draw(into grid: inout Grid, area: Size) {
    grid.put(heading, x: 0, y: 0, style: Style(.title), maxWidth: area.width)
    guard let shown else { return }
    grid.draw(shown.render(width: area.width, height: area.height - 2), x: 0, y: 2)
  }
}
