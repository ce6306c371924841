import AssayAnalysis
import AssayCore
import AssayGrid

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
    let span = low <= high ? low...high : 0...1
    let frame = PlotFrame(
      width: width, height: height, decorations: decorations, footer: footer(),
      xScale: { AxisScale.linear(span, maximumTicks: $0) }, yAxis: .categories(boxes.map(\.name)))
    var plot = Grid(width: frame.plotWidth, height: frame.plotHeight)
    for (index, (box, band)) in zip(boxes, frame.categoryBands).enumerated() {
      let row = band.top - frame.plotY + band.rows / 2
      let tall = band.rows >= 3 && decorations.glyphs == .unicode
      if !tall || !drawTall(box, row: row, scale: frame.xScale, into: &plot, role: .series(index)) {
        draw(box, row: row, scale: frame.xScale, into: &plot, role: .series(index))
      }
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

  /// One box on three rows, outlined with box drawing, when it is at least three cells wide:
  /// ```
  ///       ┌──┬──┐
  /// ├─────┤  │  ├──────┤  •
  ///       └──┴──┘
  /// ```
  /// Returns false, drawing nothing, for a narrower box.
  private func drawTall(_ box: BoxSummary, row: Int, scale: AxisScale, into plot: inout Grid, role: Role)
    -> Bool
  {
    func column(_ value: Double) -> Int { scale.dot(value, dots: plot.width) }
    let boxLow = column(box.q1), boxHigh = column(box.q3), median = column(box.median)
    guard boxHigh >= boxLow + 2, median > boxLow, median < boxHigh else { return false }
    let style = Style(role)
    let whiskerLow = column(box.lowerWhisker), whiskerHigh = column(box.upperWhisker)
    for x in min(whiskerLow, boxLow)..<boxLow { plot[x: x, y: row] = Cell("─", style) }
    for x in (boxHigh + 1)...max(boxHigh + 1, whiskerHigh) where x <= whiskerHigh {
      plot[x: x, y: row] = Cell("─", style)
    }
    if whiskerLow < boxLow { plot[x: whiskerLow, y: row] = Cell("├", style) }
    if whiskerHigh > boxHigh { plot[x: whiskerHigh, y: row] = Cell("┤", style) }
    for x in boxLow...boxHigh {
      plot[x: x, y: row - 1] = Cell("─", style)
      plot[x: x, y: row + 1] = Cell("─", style)
    }
    for (y, left, middle, right) in [
      (row - 1, "┌", "┬", "┐"), (row, "┤", "│", "├"), (row + 1, "└", "┴", "┘"),
    ] {
      plot[x: boxLow, y: y] = Cell(Character(left), style)
      plot[x: median, y: y] = Cell(Character(middle), Style(.label, bold: true))
      plot[x: boxHigh, y: y] = Cell(Character(right), style)
    }
    if whiskerLow == boxLow { plot[x: boxLow, y: row] = Cell("│", style) }
    if whiskerHigh == boxHigh { plot[x: boxHigh, y: row] = Cell("│", style) }
    for outlier in box.outliers { plot[x: column(outlier), y: row] = Cell(decorations.glyphs.outlier, style) }
    return true
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
