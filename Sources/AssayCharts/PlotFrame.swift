import AssayCore
import AssayGrid

/// The layout of a chart with axes, fitted to a size: where the plot area goes, the scales of its
/// axes with tick labels that never overlap or leave the chart, and the rows of title, legend,
/// axis names and footer around it. `compose` puts a plot drawn at the plot area's size inside.
public struct PlotFrame: Sendable {
  /// The whole chart's width.
  public let width: Int
  /// The whole chart's height.
  public let height: Int
  /// The plot area's left column.
  public let plotX: Int
  /// The plot area's top row.
  public let plotY: Int
  /// The plot area's width in cells.
  public let plotWidth: Int
  /// The plot area's height in cells.
  public let plotHeight: Int
  /// The horizontal axis's scale.
  public let xScale: AxisScale
  /// The vertical axis's scale (nil for categories).
  public let yScale: AxisScale?
  /// The first row of each category's band, and the band's height, for a categorical axis.
  public let categoryBands: [(top: Int, rows: Int)]

  private let decorations: ChartDecorations
  private let legendLines: [[LegendEntry]]
  private let footer: [String]
  /// The x tick labels shown and the column each starts at.
  let xLabels: [(x: Int, text: String)]
  private let xTickColumns: [Int]
  private let yLabels: [(y: Int, text: String)]
  private let yLabelWidth: Int

  /// Lays out a chart `width × height` cells whose plot has `dotsAcross × dotsDown` dots per cell.
  /// `footer` lists the footer's forms, longest first; the first that fits is shown.
  public init(
    width: Int, height: Int, decorations: ChartDecorations, legend: [LegendEntry] = [], footer: [String],
    xScale makeXScale: (Int) -> AxisScale, yAxis: VerticalAxis, dotsAcross: Int = 1, dotsDown: Int = 1
  ) {
    self.width = max(1, width)
    self.height = max(1, height)
    self.decorations = decorations
    self.footer = footer
    let legendLines = PlotFrame.legendLines(legend, width: self.width, glyphs: decorations.glyphs)
    var top = (decorations.title != nil ? 1 : 0) + legendLines.count + (decorations.yLabel != nil ? 1 : 0)
    var bottom = 2 + (decorations.xLabel != nil ? 1 : 0) + (footer.isEmpty ? 0 : 1)
    if decorations.border { top += 1 }
    var shownLegend = legendLines
    if self.height - top - bottom < 2 && !shownLegend.isEmpty {
      top -= shownLegend.count - 1
      shownLegend = Array(shownLegend.prefix(1))
    }
    if self.height - top - bottom < 2 && decorations.xLabel != nil { bottom -= 1 }
    self.legendLines = shownLegend
    let plotY = top
    let plotHeight = max(1, self.height - top - bottom)
    self.plotY = plotY
    self.plotHeight = plotHeight

    var yLabels = [(y: Int, text: String)]()
    var bands = [(top: Int, rows: Int)]()
    var yScale: AxisScale?
    switch yAxis {
    case .numeric(let makeYScale):
      let fitted = PlotFrame.fitVertical(makeYScale, plotY: plotY, plotHeight: plotHeight, dotsDown: dotsDown)
      yScale = fitted.scale
      yLabels = fitted.labels
    case .categories(let names):
      let rowsEach = max(1, plotHeight / max(1, names.count))
      for (i, name) in names.prefix(plotHeight).enumerated() {
        bands.append((plotY + i * rowsEach, rowsEach))
        yLabels.append((plotY + i * rowsEach + rowsEach / 2, name))
      }
    }
    let widest = yLabels.map { DisplayWidth.of(SafeText.visible($0.text)) }.max() ?? 0
    yLabelWidth = min(widest, max(1, self.width / 3))
    self.yScale = yScale
    self.yLabels = yLabels
    categoryBands = bands
    plotX = yLabelWidth + 2
    plotWidth = max(1, self.width - plotX - (decorations.border ? 1 : 0))
    let fitted = PlotFrame.fitHorizontal(
      makeXScale, plotX: plotX, plotWidth: plotWidth, chartWidth: self.width, dotsAcross: dotsAcross)
    xScale = fitted.scale
    xLabels = fitted.labels
    xTickColumns = fitted.columns
  }

  /// The chart: decorations and axes around `plot`, which is drawn at the plot area.
  public func compose(plot: Grid) -> Grid {
    var grid = Grid(width: width, height: height)
    let glyphs = decorations.glyphs
    var row = 0
    if let title = decorations.title {
      grid.putCentred(title, y: row, style: Style(.title, bold: true))
      row += 1
    }
    for line in legendLines {
      var x = 0
      for entry in line {
        grid.put(String(entry.marker ?? glyphs.legendMarker), x: x, y: row, style: Style(entry.role))
        x += 2 + grid.put(entry.name, x: x + 2, y: row, style: Style(.label)) + 2
      }
      row += 1
    }
    if let yLabel = decorations.yLabel { grid.put(yLabel, x: 0, y: row, style: Style(.label)) }
    let axisX = plotX - 1, axisY = plotY + plotHeight, right = plotX + plotWidth
    let axisStyle = Style(.axis)
    for y in plotY..<axisY { grid[x: axisX, y: y] = Cell(glyphs.vertical, axisStyle) }
    for label in yLabels where label.y < axisY {
      grid[x: axisX, y: label.y] = Cell(glyphs.leftTick, axisStyle)
      let shown = min(yLabelWidth, DisplayWidth.of(SafeText.visible(label.text)))
      grid.put(label.text, x: yLabelWidth - shown, y: label.y, style: Style(.label), maxWidth: yLabelWidth)
    }
    grid[x: axisX, y: axisY] = Cell(glyphs.corner, axisStyle)
    for x in plotX..<right { grid[x: x, y: axisY] = Cell(glyphs.horizontal, axisStyle) }
    for x in xTickColumns { grid[x: x, y: axisY] = Cell(glyphs.downTick, axisStyle) }
    if decorations.border {
      grid[x: axisX, y: plotY - 1] = Cell(glyphs.topLeft, axisStyle)
      for x in plotX..<right { grid[x: x, y: plotY - 1] = Cell(glyphs.horizontal, axisStyle) }
      grid[x: right, y: plotY - 1] = Cell(glyphs.topRight, axisStyle)
      for y in plotY..<axisY { grid[x: right, y: y] = Cell(glyphs.vertical, axisStyle) }
      grid[x: right, y: axisY] = Cell(glyphs.bottomRight, axisStyle)
    }
    for label in xLabels { grid.put(label.text, x: label.x, y: axisY + 1, style: Style(.label)) }
    if let xLabel = decorations.xLabel, axisY + 2 < height - (footer.isEmpty ? 0 : 1) {
      let shown = DisplayWidth.of(SafeText.visible(xLabel))
      let centre = plotX + plotWidth / 2 - shown / 2
      grid.put(xLabel, x: max(0, min(centre, width - shown)), y: axisY + 2, style: Style(.label))
    }
    if let chosen = footer.first(where: { DisplayWidth.of($0) <= width }) ?? footer.last {
      grid.put(chosen, x: 0, y: height - 1, style: Style(.label))
    }
    grid.draw(plot, x: plotX, y: plotY)
    return grid
  }

  /// The densest nice scale whose tick labels sit on distinct rows, two apart where there is room.
  private static func fitVertical(
    _ makeScale: (Int) -> AxisScale, plotY: Int, plotHeight: Int, dotsDown: Int
  ) -> (scale: AxisScale, labels: [(y: Int, text: String)]) {
    let dots = plotHeight * dotsDown
    var fallback: (AxisScale, [(y: Int, text: String)])?
    for ticks in stride(from: min(11, max(2, plotHeight / 2 + 1)), through: 2, by: -1) {
      let scale = makeScale(ticks)
      let rows = scale.ticks.map { plotY + (dots - 1 - scale.dot($0, dots: dots)) / dotsDown }
      let labels = zip(rows, scale.labels).map { (y: $0, text: $1) }
      let gaps = zip(rows, rows.dropFirst()).map { $0 - $1 }
      if gaps.allSatisfy({ $0 >= 2 }) || (plotHeight < 4 && gaps.allSatisfy { $0 >= 1 }) {
        return (scale, labels)
      }
      if fallback == nil || ticks == 2 { fallback = (scale, labels) }
    }
    let (scale, labels) = fallback ?? (makeScale(2), [])
    var seen = Set<Int>()
    return (scale, labels.reversed().filter { seen.insert($0.y).inserted })
  }

  /// The densest nice scale whose tick labels fit inside the chart with two spaces between them.
  private static func fitHorizontal(
    _ makeScale: (Int) -> AxisScale, plotX: Int, plotWidth: Int, chartWidth: Int, dotsAcross: Int
  ) -> (scale: AxisScale, labels: [(x: Int, text: String)], columns: [Int]) {
    let dots = plotWidth * dotsAcross
    var last: (AxisScale, [(x: Int, text: String)], [Int])?
    for ticks in stride(from: min(11, max(2, plotWidth / 3)), through: 2, by: -1) {
      let scale = makeScale(ticks)
      let columns = scale.ticks.map { plotX + scale.dot($0, dots: dots) / dotsAcross }
      var labels = [(x: Int, text: String)]()
      var previousEnd = Int.min / 2
      var fits = true
      for (column, text) in zip(columns, scale.labels) {
        let shown = DisplayWidth.of(text)
        let start = max(0, min(column - shown / 2, chartWidth - shown))
        if start < previousEnd + 2 || shown > chartWidth { fits = false }
        labels.append((start, text))
        previousEnd = start + shown
      }
      if fits { return (scale, labels, columns) }
      last = (scale, labels, columns)
    }
    guard let (scale, labels, columns) = last else { return (makeScale(2), [], []) }
    let kept = labels.first.map { [$0] } ?? []
    return (scale, kept, columns)
  }

  /// Legend entries packed into lines no wider than the chart, at most three lines.
  private static func legendLines(_ legend: [LegendEntry], width: Int, glyphs: ChartGlyphs) -> [[LegendEntry]]
  {
    var lines = [[LegendEntry]](), current = [LegendEntry](), used = 0
    for entry in legend {
      let needed = 2 + DisplayWidth.of(SafeText.visible(entry.name)) + (current.isEmpty ? 0 : 2)
      if used + needed > width && !current.isEmpty {
        lines.append(current)
        current = []
        used = 0
      }
      current.append(entry)
      used += needed
    }
    if !current.isEmpty { lines.append(current) }
    if lines.count > 3 {
      let hidden = lines.dropFirst(3).reduce(0) { $0 + $1.count }
      lines = Array(lines.prefix(3))
      lines[2].append(LegendEntry("+\(hidden) more", role: .label, marker: " "))
    }
    return lines
  }
}
