import AssayAnalysis
import AssayCore
import AssayGrid

/// A scatter plot or line chart of one or more series on numeric axes, drawn on a chosen canvas,
/// with a legend when there are several series and a footer counting points and skipped rows.
public struct XYChart: Sendable {
  /// How points are shown.
  public enum Mark: Sendable {
    /// A dot per point.
    case points
    /// Points joined in order (sort each series by x first).
    case lines
  }

  /// The series, drawn in order with the theme's series colours.
  public var series: [Series]
  /// Dots or lines.
  public var mark: Mark
  /// The canvas drawn on.
  public var canvas: CanvasKind
  /// Title, axis names and border.
  public var decorations: ChartDecorations
  /// Rows left out, for the footer.
  public var skipped: SkippedRows
  /// When the points are a sample, how many there were in all.
  public var sampledFrom: Int?
  /// Words put first in the footer, most important first, such as how the points were computed;
  /// a narrow footer keeps only the first.
  public var notes: [String] = []
  /// Show the legend even for a single series, when its name says something (one class of a label).
  public var legendForOneSeries = false
  /// What the x values stand for: numbers, or instants with calendar ticks.
  public var xAxis: AxisKind = .number
  /// What the y values stand for.
  public var yAxis: AxisKind = .number

  /// A chart of `series`.
  public init(
    series: [Series], mark: Mark, canvas: CanvasKind = .braille, decorations: ChartDecorations = .init(),
    skipped: SkippedRows = .init(), sampledFrom: Int? = nil
  ) {
    self.series = series
    self.mark = mark
    self.canvas = canvas
    self.decorations = decorations
    self.skipped = skipped
    self.sampledFrom = sampledFrom
  }

  /// The chart in a grid of exactly `width × height` cells.
  public func render(width: Int, height: Int) -> Grid { placedRender(width: width, height: height).grid }

  /// The chart, with where its plot area lies and which data ranges its edges stand for.
  public func placedRender(width: Int, height: Int) -> (grid: Grid, placement: PlotPlacement) {
    let xData = Series.range(series, \.xs) ?? 0...1, yData = Series.range(series, \.ys) ?? 0...1
    let legend =
      series.count > 1 || legendForOneSeries
      ? series.enumerated().map { LegendEntry($1.name, role: .series($0)) } : []
    let frame = PlotFrame(
      width: width, height: height, decorations: decorations, legend: legend, footer: footer(),
      xScale: { [xAxis] in xAxis.scale(xData, maximumTicks: $0) },
      yAxis: .numeric { [yAxis] in yAxis.scale(yData, maximumTicks: $0) }, dotsAcross: canvas.dots.across,
      dotsDown: canvas.dots.down)
    let painter = Painter(
      series: series, mark: mark, xRange: frame.xScale.range, yRange: frame.yScale?.range ?? yData)
    let placement = PlotPlacement(
      x: frame.plotX, y: frame.plotY, width: frame.plotWidth, height: frame.plotHeight,
      xRange: painter.xRange, yRange: painter.yRange, dotsAcross: canvas.dots.across,
      dotsDown: canvas.dots.down)
    return (
      frame.compose(plot: canvas.render(width: frame.plotWidth, height: frame.plotHeight, painter)), placement
    )
  }

  private func footer() -> [String] {
    // A value that is not a number is a gap (an empty period): not a point, and lines stop there.
    let points = series.reduce(0) { $0 + $1.ys.filter { !$0.isNaN }.count }
    let gaps = series.contains { $0.ys.contains { $0.isNaN } }
    let noun = mark == .points ? "points" : gaps ? "points joined where adjacent" : "points joined"
    var counted = "\(NumberFormatting.grouped(points)) \(points == 1 ? "point" : noun)"
    if let sampledFrom, sampledFrom > points {
      counted =
        "sample of \(NumberFormatting.grouped(points)) of \(NumberFormatting.grouped(sampledFrom)) points"
    }
    if points == 0 { counted = "no points to draw" }
    let skippedText = skipped.text
    let canvasText = "\(canvas.rawValue) canvas"
    let forms = [
      notes + [counted, skippedText, canvasText], notes + [counted, skippedText],
      notes.prefix(1) + [counted, skippedText], [counted, skippedText],
    ]
    return forms.map {
      $0.filter { !$0.isEmpty }.joined(separator: " · ")
    }
  }

  private struct Painter: CanvasPainter {
    let series: [Series]
    let mark: Mark
    let xRange: ClosedRange<Double>
    let yRange: ClosedRange<Double>

    func paint<C: Canvas>(on canvas: inout C) {
      for (index, one) in series.enumerated() {
        let role = Role.series(index)
        var previous: (x: Int, y: Int)?
        for i in one.xs.indices {
          guard let dot = canvas.dot(x: one.xs[i], y: one.ys[i], xRange: xRange, yRange: yRange) else {
            previous = nil
            continue
          }
          if mark == .lines, let previous {
            canvas.line(from: previous, to: dot, role: role)
          } else {
            canvas.set(x: dot.x, y: dot.y, role: role)
          }
          previous = dot
        }
      }
    }
  }
}
