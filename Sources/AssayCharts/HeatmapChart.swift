import AssayAnalysis
import AssayCore
import AssayGrid

/// A 2-D histogram: the plot area split into one bin per cell, each shaded by how many (x, y)
/// pairs fall in it, with a colour scale legend mapping each shade to its range of counts.
public struct HeatmapChart: Sendable {
  /// The pairs to bin.
  public var bins: PairBins
  /// `.ascii` shades with ASCII characters; any other canvas with blocks.
  public var canvas: CanvasKind
  /// Title, axis names and border.
  public var decorations: ChartDecorations
  /// What the x values stand for: numbers, or instants with calendar ticks.
  public var xAxis: AxisKind = .number
  /// What the y values stand for.
  public var yAxis: AxisKind = .number

  /// A heatmap of pairs counted by `bins`.
  public init(bins: PairBins, canvas: CanvasKind = .density, decorations: ChartDecorations = .init()) {
    self.bins = bins
    self.canvas = canvas
    self.decorations = decorations
  }

  /// A heatmap of `pairs`.
  public init(pairs: NumericPairs, canvas: CanvasKind = .density, decorations: ChartDecorations = .init()) {
    self.init(bins: PairBins(pairs: pairs), canvas: canvas, decorations: decorations)
  }

  /// Shade characters from the lightest to the darkest.
  private var shades: [Character] { canvas == .ascii ? [".", ":", "*", "#"] : ["░", "▒", "▓", "█"] }
  /// Colour roles from the lightest shade to the darkest: blue, green, yellow, red.
  private static let ramp: [Role] = [.series1, .series3, .series4, .series2]

  /// The chart in a grid of exactly `width × height` cells, and the bins it drew (counted by
  /// `bins`, which a database may fail to do).
  public func renderWithBins(width: Int, height: Int) throws -> (grid: Grid, bins: Histogram2D) {
    let xData = bins.xRange ?? 0...1, yData = bins.yRange ?? 0...1
    func frame(legend: [LegendEntry], footer: [String]) -> PlotFrame {
      PlotFrame(
        width: width, height: height, decorations: decorations, legend: legend, footer: footer,
        xScale: { [xAxis] in xAxis.scale(xData, maximumTicks: $0) },
        yAxis: .numeric { [yAxis] in yAxis.scale(yData, maximumTicks: $0) })
    }
    func counted(in frame: PlotFrame) throws -> Histogram2D {
      try bins.bins(
        xRange: frame.xScale.range, yRange: frame.yScale?.range ?? yData, xBins: frame.plotWidth,
        yBins: frame.plotHeight)
    }
    // The legend's rows change the plot's size and so the bins; a few rounds settle it.
    var layout = frame(legend: [], footer: [""])
    var fitted = try counted(in: layout)
    var busiest = fitted.maximum
    for _ in 0..<3 {
      layout = frame(legend: legend(maximum: busiest), footer: footer(fitted))
      fitted = try counted(in: layout)
      if fitted.maximum == busiest { break }
      busiest = fitted.maximum
    }
    busiest = max(busiest, fitted.maximum)
    layout = frame(legend: legend(maximum: busiest), footer: footer(fitted))
    var plot = Grid(width: layout.plotWidth, height: layout.plotHeight)
    for yBin in 0..<fitted.yBins {
      for xBin in 0..<fitted.xBins {
        let count = fitted.count(xBin: xBin, yBin: yBin)
        guard count > 0, busiest > 0 else { continue }
        let level = HeatmapChart.level(count, busiest: busiest, levels: shades.count)
        plot[x: xBin, y: fitted.yBins - 1 - yBin] = Cell(shades[level], Style(HeatmapChart.ramp[level]))
      }
    }
    return (layout.compose(plot: plot), fitted)
  }

  /// The chart in a grid of exactly `width × height` cells.
  public func render(width: Int, height: Int) throws -> Grid {
    try renderWithBins(width: width, height: height).grid
  }

  /// The shade (0-based) of a bin: its share of the busiest bin, in `levels` equal steps.
  static func level(_ count: Int, busiest: Int, levels: Int) -> Int {
    let share = Double(count) / Double(busiest)
    return min(levels - 1, max(0, Int((share * Double(levels)).rounded(.up)) - 1))
  }

  /// One entry per shade with the counts it stands for: `░ 1–3`, `▒ 4–6`.
  private func legend(maximum: Int) -> [LegendEntry] {
    guard maximum > 0 else { return [] }
    var entries = [LegendEntry]()
    var low = 1
    for level in shades.indices {
      var high = low
      while high < maximum && HeatmapChart.level(high + 1, busiest: maximum, levels: shades.count) == level {
        high += 1
      }
      guard low <= maximum, HeatmapChart.level(low, busiest: maximum, levels: shades.count) == level else {
        continue
      }
      let text =
        low == high
        ? NumberFormatting.grouped(low) : "\(NumberFormatting.grouped(low))–\(NumberFormatting.grouped(high))"
      entries.append(LegendEntry(text, role: HeatmapChart.ramp[level], marker: shades[level]))
      low = high + 1
    }
    return entries
  }

  private func footer(_ fitted: Histogram2D) -> [String] {
    let counted = "\(NumberFormatting.grouped(fitted.total)) pairs in \(fitted.xBins)×\(fitted.yBins) bins"
    let full = [counted, bins.skipped.text, "counts per bin"].filter { !$0.isEmpty }.joined(separator: " · ")
    let short = [counted, bins.skipped.text].filter { !$0.isEmpty }.joined(separator: " · ")
    return [full, short]
  }
}
