import AssayAnalysis
import AssayCore

/// Box plots on one numeric axis, a row band per group: whiskers to the furthest values within
/// 1.5 IQR, a box from the first to the third quartile with the median marked, outliers as dots.
public struct BoxPlotChart: Sendable {
  /// One summary per group, top to bottom.
  public var boxes: [BoxSummary]
  /// Title, axis names, border and glyphs.
  public var decorations: ChartDecorations
  /// Rows left out, for the footer.
  public var skipped: SkippedRows

  /// A chart of `boxes`.
  public init(boxes: [BoxSummary], decorations: ChartDecorations = .init(), skipped: SkippedRows = .init()) {
    self.boxes = boxes
    self.decorations = decorations
    self.skipped = skipped
  }

  /// The chart in a grid of exactly `width × height` cells.
  public func render(width: Int, height: Int) -> Grid {
    let low = boxes.map { min($0.lowerWhisker, $0.outliers.first ?? $0.lowerWhisker) }.min() ?? 0
    let high = boxes.map { max($0.upperWhisker, $0.outliers.last ?? $0.upperWhisker) }.max() ?? 1
    let frame = PlotFrame(
      width: width, height: height, decorations: decorations, footer: footer(),
      xScale: { AxisScale.linear(low...high, maximumTicks: $0) }, yAxis: .categories(boxes.map(\.name)))
    var plot = Grid(width: frame.plotWidth, height: frame.plotHeight)
    for (index, (box, band)) in zip(boxes, frame.categoryBands).enumerated() {
      draw(
        box, row: band.top - frame.plotY + band.rows / 2, scale: frame.xScale, into: &plot,
        role: .series(index))
    }
    return frame.compose(plot: plot)
  }

  /// One box on one row: `├──[▒▒┃▒▒▒]───┤  •`.
  private func draw(_ box: BoxSummary, row: Int, scale: AxisScale, into plot: inout Grid, role: Role) {
    let glyphs = decorations.glyphs
    func column(_ value: Double) -> Int { scale.dot(value, dots: plot.width) }
    let style = Style(role)
    let whiskerLow = column(box.lowerWhisker), whiskerHigh = column(box.upperWhisker)
    let boxLow = column(box.q1), boxHigh = column(box.q3), median = column(box.median)
    for x in whiskerLow...max(whiskerLow, whiskerHigh) { plot[x: x, y: row] = Cell(glyphs.horizontal, style) }
    plot[x: whiskerLow, y: row] = Cell(glyphs.whiskerLeft, style)
    plot[x: whiskerHigh, y: row] = Cell(glyphs.whiskerRight, style)
    for x in boxLow...max(boxLow, boxHigh) { plot[x: x, y: row] = Cell(glyphs.boxFill, style) }
    if boxHigh > boxLow + 1 {
      plot[x: boxLow, y: row] = Cell(glyphs.boxLeft, style)
      plot[x: boxHigh, y: row] = Cell(glyphs.boxRight, style)
    }
    plot[x: median, y: row] = Cell(glyphs.boxMedian, Style(.label, bold: true))
    for outlier in box.outliers { plot[x: column(outlier), y: row] = Cell(glyphs.outlier, style) }
  }

  private func footer() -> [String] {
    let values = boxes.reduce(0) { $0 + $1.count }
    let outliers = boxes.reduce(0) { $0 + $1.outliers.count }
    let groups = boxes.count == 1 ? "1 group" : "\(boxes.count) groups"
    let counted = "\(NumberFormatting.grouped(values)) values in \(groups)"
    let outlierText = "\(NumberFormatting.grouped(outliers)) beyond 1.5 IQR"
    let full = [counted, outlierText, skipped.text].filter { !$0.isEmpty }.joined(separator: " · ")
    let short = [counted, skipped.text].filter { !$0.isEmpty }.joined(separator: " · ")
    return boxes.isEmpty ? ["no values to draw"] : [full, short]
  }
}
