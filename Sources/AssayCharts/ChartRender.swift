import AssayAnalysis
import AssayGrid

/// A chart drawn by `ChartSpec.render`, with what was counted to draw it, so that a screen that
/// needs the bins (to step their number) does not count them again.
public struct ChartRender: Sendable, Equatable {
  /// The chart's cells.
  public var grid: Grid
  /// The histogram drawn, for a histogram.
  public var histogram: Histogram?
  /// The 2-D bins drawn, for a heatmap.
  public var bins2D: Histogram2D?

  /// A drawing and what it counted.
  public init(grid: Grid, histogram: Histogram? = nil, bins2D: Histogram2D? = nil) {
    self.grid = grid
    self.histogram = histogram
    self.bins2D = bins2D
  }
}
