import AssayCore

/// Two numeric columns' rows where both hold a number, as a heatmap needs them: their extent, the
/// rows skipped, and a way to count them in any grid of 2-D bins (the chart tries a few grids).
public struct PairBins: Sendable {
  /// The smallest to the largest x (nil without pairs).
  public let xRange: ClosedRange<Double>?
  /// The smallest to the largest y (nil without pairs).
  public let yRange: ClosedRange<Double>?
  /// Rows left out, by reason.
  public let skipped: SkippedRows
  private let counting: @Sendable (ClosedRange<Double>, ClosedRange<Double>, Int, Int) throws -> Histogram2D

  /// Pairs counted by `counting(xRange, yRange, xBins, yBins)`, which must bin as `Histogram2D` does.
  public init(
    xRange: ClosedRange<Double>?, yRange: ClosedRange<Double>?, skipped: SkippedRows,
    counting: @escaping @Sendable (ClosedRange<Double>, ClosedRange<Double>, Int, Int) throws -> Histogram2D
  ) {
    self.xRange = xRange
    self.yRange = yRange
    self.skipped = skipped
    self.counting = counting
  }

  /// Pairs held in memory.
  public init(pairs: NumericPairs) {
    self.init(
      xRange: NumericValues.range(of: pairs.xs), yRange: NumericValues.range(of: pairs.ys),
      skipped: pairs.skipped
    ) { Histogram2D(pairs: pairs, xRange: $0, yRange: $1, xBins: $2, yBins: $3) }
  }

  /// The pairs counted in `xBins × yBins` bins spanning `xRange` × `yRange` (see `Histogram2D`).
  public func bins(xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, xBins: Int, yBins: Int)
    throws -> Histogram2D
  {
    try counting(xRange, yRange, xBins, yBins)
  }
}
