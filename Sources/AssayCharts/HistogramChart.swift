import AssayAnalysis
import AssayCore
import AssayGrid
import Foundation

/// A horizontal histogram: one row per bin, labelled with its interval, a bar of block
/// characters and its count, with a footer naming the bin rule and any nulls skipped.
///
/// When there are more bins than rows, neighbouring bins are merged into groups of equal size
/// (the last group may be smaller) so that every value stays on the chart; the footer says so.
public struct HistogramChart: Sendable {
  /// The bins to draw.
  public var histogram: Histogram
  /// A title centred above the bars; none when nil.
  public var title: String?
  /// Bars as long as `log10(1 + count)` rather than the count.
  public var logScale: Bool
  /// What the bins' edges stand for: numbers (the last bin holds its right edge), or instants
  /// (calendar bins, each without its right edge).
  public var axis: AxisKind = .number

  /// A chart of `histogram`.
  public init(histogram: Histogram, title: String? = nil, logScale: Bool = false) {
    self.histogram = histogram
    self.title = title
    self.logScale = logScale
  }

  /// The chart in a grid `width` cells wide and at most `height` rows high: a row per bin (bins
  /// merged when they do not fit), the title above when there is room, and the footer.
  public func render(width: Int, height maximumHeight: Int) -> Grid {
    let titleRows = title != nil && maximumHeight > 1 ? 1 : 0
    let height = min(maximumHeight, titleRows + histogram.counts.count + 1)
    var grid = Grid(width: width, height: height)
    var top = 0
    if let title, titleRows == 1 {
      let shown = DisplayWidth.of(SafeText.visible(title))
      grid.put(title, x: max(0, (width - shown) / 2), y: 0, style: Style(.title))
      top = 1
    }
    let rows = max(0, height - top - 1)
    let perRow = rows > 0 ? (histogram.counts.count + rows - 1) / rows : histogram.counts.count
    let groups = HistogramChart.group(histogram, binsPerRow: max(1, perRow))
    if rows > 0 { drawBars(groups, into: &grid, top: top, width: width) }
    let footers = histogram.footerVariants(layout: layoutNotes(binsPerRow: perRow, drawn: rows > 0))
    let footer = footers.first { DisplayWidth.of($0) <= width } ?? footers[footers.count - 1]
    grid.put(footer, x: 0, y: height - 1, style: Style(.label))
    return grid
  }

  /// Consecutive bins merged `binsPerRow` at a time: the edges that bound each group and its count.
  /// A histogram whose edges do not bound its counts gives no groups.
  static func group(_ histogram: Histogram, binsPerRow: Int) -> (edges: [Double], counts: [Int]) {
    var edges = [Double](), counts = [Int]()
    guard histogram.edges.count == histogram.counts.count + 1 else { return ([], []) }
    var start = 0
    while start < histogram.counts.count {
      let end = min(start + binsPerRow, histogram.counts.count)
      edges.append(histogram.edges[start])
      counts.append(histogram.counts[start..<end].reduce(0, +))
      start = end
    }
    if let last = histogram.edges.last { edges.append(last) }
    return (edges, counts)
  }

  private func drawBars(
    _ groups: (edges: [Double], counts: [Int]), into grid: inout Grid, top: Int, width: Int
  ) {
    let edgeTexts = axis.edgeLabels(groups.edges)
    let lowWidth = edgeTexts.dropLast().map(DisplayWidth.of).max() ?? 0
    let highWidth = edgeTexts.dropFirst().map(DisplayWidth.of).max() ?? 0
    let countTexts = groups.counts.map(NumberFormatting.grouped)
    let countWidth = countTexts.map(DisplayWidth.of).max() ?? 0
    let labelWidth = lowWidth + highWidth + 4  // "[" lo ", " hi ")"
    let barStart = labelWidth + 2  // " ┤"
    let barWidth = max(1, width - barStart - 1 - countWidth)
    let maximum = groups.counts.max() ?? 0
    for (row, count) in groups.counts.enumerated() {
      let y = top + row
      let isLast = row == groups.counts.count - 1
      let low = edgeTexts[row], high = edgeTexts[row + 1]
      let label =
        "[" + String(repeating: " ", count: lowWidth - DisplayWidth.of(low)) + low + ", "
        + String(repeating: " ", count: highWidth - DisplayWidth.of(high)) + high
        + (isLast && axis == .number ? "]" : ")")
      grid.put(label, x: 0, y: y, style: Style(.label))
      grid.put(" ┤", x: labelWidth, y: y, style: Style(.axis))
      let bar =
        logScale
        ? HorizontalBar.text(fraction: log10(1 + Double(count)) / log10(1 + Double(maximum)), width: barWidth)
        : HorizontalBar.text(value: count, maximum: maximum, width: barWidth)
      let barCells = grid.put(bar, x: barStart, y: y, style: Style(.series1))
      grid.put(countTexts[row], x: barStart + barCells + 1, y: y, style: Style(.label))
    }
  }

  /// The footer's layout notes: merged bins, no room, log scale.
  private func layoutNotes(binsPerRow: Int, drawn: Bool) -> [String] {
    var layout = [String]()
    if !drawn {
      layout.append("no room for bars")
    } else if binsPerRow > 1 {
      layout.append("\(binsPerRow) per row")
    }
    if logScale { layout.append("log scale") }
    return layout
  }
}
