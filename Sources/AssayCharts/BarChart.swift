import AssayAnalysis
import AssayCore
import AssayGrid

/// Horizontal bars, one row per category, labelled and followed by their value; bars as long as
/// each value's share of the largest magnitude. Categories past the rows available are left
/// out and the footer says how many.
public struct BarChart: Sendable {
  /// The bars, top to bottom.
  public var totals: [CategoryTotal]
  /// What the values are: `count`, `sum of price`, `mean of price`.
  public var measure: String
  /// Title, border and glyphs (axis names are not drawn).
  public var decorations: ChartDecorations
  /// Rows left out, for the footer.
  public var skipped: SkippedRows

  /// A chart of `totals`.
  public init(
    totals: [CategoryTotal], measure: String, decorations: ChartDecorations = .init(),
    skipped: SkippedRows = .init()
  ) {
    self.totals = totals
    self.measure = measure
    self.decorations = decorations
    self.skipped = skipped
  }

  /// The chart in a grid `width` cells wide and at most `height` rows high: the title, a row per
  /// bar that fits, and the footer.
  public func render(width: Int, height maximumHeight: Int) -> Grid {
    let titleRows = decorations.title != nil && maximumHeight > 2 ? 1 : 0
    let height = min(maximumHeight, titleRows + max(1, totals.count) + 1)
    var grid = Grid(width: width, height: height)
    var top = 0
    if let title = decorations.title, titleRows == 1 {
      grid.putCentred(title, y: 0, style: Style(.title, bold: true))
      top = 1
    }
    let rows = max(0, height - top - 1)
    let shown = Array(totals.prefix(rows))
    let names = shown.map { SafeText.visible($0.name) }
    let labelWidth = min(names.map(DisplayWidth.of).max() ?? 0, max(1, width / 3))
    let values = shown.map { BarChart.text($0.value) }
    let valueWidth = values.map(DisplayWidth.of).max() ?? 0
    let barStart = labelWidth + 2
    let barWidth = max(1, width - barStart - 1 - valueWidth)
    let largest = shown.map { abs($0.value) }.max() ?? 0
    for (row, total) in shown.enumerated() {
      let y = top + row
      grid.put(names[row], x: 0, y: y, style: Style(.label), maxWidth: labelWidth)
      grid.put(String(decorations.glyphs.leftTick), x: labelWidth + 1, y: y, style: Style(.axis))
      let fraction = largest > 0 ? abs(total.value) / largest : 0
      let bar = HorizontalBar.text(fraction: fraction, width: barWidth)
      let cells = grid.put(bar, x: barStart, y: y, style: Style(total.value < 0 ? .series2 : .series1))
      grid.put(values[row], x: barStart + cells + 1, y: y, style: Style(.label))
    }
    let footers = footer(shown: shown.count)
    let chosen = footers.first { DisplayWidth.of($0) <= width } ?? footers[footers.count - 1]
    grid.put(chosen, x: 0, y: height - 1, style: Style(.label))
    return grid
  }

  /// A bar's value: integers with thousands separators, others to four significant digits.
  static func text(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return NumberFormatting.grouped(Int(value)) }
    return NumberFormatting.significant(value, digits: 4)
  }

  private func footer(shown: Int) -> [String] {
    let categories = totals.count == 1 ? "1 category" : "\(NumberFormatting.grouped(totals.count)) categories"
    let counted = shown < totals.count ? "top \(shown) of \(categories)" : categories
    let negative = totals.contains { $0.value < 0 } ? "bars show magnitude" : ""
    let full = [measure, counted, negative, skipped.text].filter { !$0.isEmpty }.joined(separator: " · ")
    let short = [counted, skipped.text].filter { !$0.isEmpty }.joined(separator: " · ")
    return totals.isEmpty ? ["no values to draw", "empty"] : [full, short]
  }
}
