import AssayCore
import AssayGrid

/// A PCA's explained variance as a table with bars (a scree chart): a row per component with its
/// variance, its share of the total and the cumulative share, and a bar as long as its share.
public struct ProjectionScree: Sendable {
  /// Variance along each component, largest first.
  public var variances: [Double]
  /// Each component's share of the total variance.
  public var ratios: [Double]
  /// A title above the table; none when nil.
  public var title: String?

  /// A scree chart of the given variances and shares (one per component, in order).
  public init(variances: [Double], ratios: [Double], title: String? = "explained variance") {
    self.variances = variances
    self.ratios = ratios
    self.title = title
  }

  /// The rows the chart takes: the title, the header, one per component and the footer.
  public var height: Int { (title == nil ? 0 : 1) + 2 + ratios.count }

  /// The chart in a grid `width` cells wide and at most `height` rows high; components past the
  /// rows available are left out and the footer says how many.
  public func render(width: Int, height maximumHeight: Int) -> Grid {
    let height = max(1, min(maximumHeight, self.height))
    var grid = Grid(width: width, height: height)
    var y = 0
    if let title, height > 3 {
      grid.putCentred(title, y: 0, style: Style(.title, bold: true))
      y = 1
    }
    let rows = table()
    let widths = (0..<4).map { c in rows.map { DisplayWidth.of($0[c]) }.max() ?? 0 }
    let barStart = widths.reduce(0, +) + 2 * 4
    let shown = max(0, min(ratios.count, height - y - 2))
    for (index, cells) in rows.prefix(shown + 1).enumerated() {
      var x = 0
      for (c, text) in cells.enumerated() {
        let pad = c == 0 ? 0 : widths[c] - DisplayWidth.of(text)
        grid.put(
          text, x: x + pad, y: y, style: Style(index == 0 ? .header : .label), maxWidth: width - x - pad)
        x += widths[c] + 2
      }
      if index > 0 {
        let bar = HorizontalBar.text(fraction: ratios[index - 1], width: max(0, width - barStart))
        grid.put(bar, x: barStart, y: y, style: Style(.series1))
      }
      y += 1
    }
    let left = ratios.count - shown
    let footer =
      left > 0
      ? "\(left) more component\(left == 1 ? "" : "s") not shown"
      : "\(ratios.count) component\(ratios.count == 1 ? "" : "s") · bars show each one's share"
    grid.put(footer, x: 0, y: height - 1, style: Style(.label), maxWidth: width)
    return grid
  }

  /// The header and a row of texts per component: name, variance, share, cumulative share.
  private func table() -> [[String]] {
    var cumulative = 0.0
    let rows = ratios.indices.map { k -> [String] in
      cumulative += ratios[k]
      let variance = k < variances.count ? NumberFormatting.significant(variances[k], digits: 4) : ""
      return [
        "PC\(k + 1)", variance, ProjectionChart.percent(ratios[k]), ProjectionChart.percent(cumulative),
      ]
    }
    return [["component", "variance", "share", "cumulative"]] + rows
  }
}
