import AssayCore

/// Counts of (x, y) pairs in a grid of equal-width bins, for heatmaps.
public struct Histogram2D: Sendable, Equatable {
  /// X bin edges, ascending (`xBins + 1`).
  public let xEdges: [Double]
  /// Y bin edges, ascending (`yBins + 1`).
  public let yEdges: [Double]
  /// Pairs per bin, row-major from the lowest y bin: `counts[yBin * xBins + xBin]`.
  public let counts: [Int]

  /// Bins across.
  public var xBins: Int { xEdges.count - 1 }
  /// Bins down.
  public var yBins: Int { yEdges.count - 1 }
  /// Pairs counted.
  public var total: Int { counts.reduce(0, +) }
  /// The busiest bin's count.
  public var maximum: Int { counts.max() ?? 0 }

  /// Pairs in one bin (0 outside the grid).
  public func count(xBin: Int, yBin: Int) -> Int {
    guard xBin >= 0, yBin >= 0, xBin < xBins, yBin < yBins else { return 0 }
    return counts[yBin * xBins + xBin]
  }

  /// Bins every pair into `xBins × yBins` bins spanning `xRange` × `yRange` (each bin
  /// `[lo, hi)`, the last one closed, as numpy.histogram2d); pairs outside the ranges are not
  /// counted. Bin counts are clamped to 1...4096.
  public init(
    pairs: NumericPairs, xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, xBins: Int, yBins: Int
  ) {
    let columns = Self.clampedBins(xBins), rows = Self.clampedBins(yBins)
    xEdges = Histogram.linspace(xRange.lowerBound, xRange.upperBound, count: columns + 1)
    yEdges = Histogram.linspace(yRange.lowerBound, yRange.upperBound, count: rows + 1)
    var tally = [Int](repeating: 0, count: columns * rows)
    tally.withUnsafeMutableBufferPointer { t in
      pairs.xs.withUnsafeBufferPointer { xs in
        pairs.ys.withUnsafeBufferPointer { ys in
          for i in xs.indices {
            guard let column = Histogram2D.bin(xs[i], xRange, bins: columns),
              let row = Histogram2D.bin(ys[i], yRange, bins: rows)
            else { continue }
            t[row &* columns &+ column] &+= 1
          }
        }
      }
    }
    counts = tally
  }

  /// Bins counted elsewhere (a database's GROUP BY of the bins `init(pairs:…)` would place each
  /// pair in), `counts` row-major from the lowest y bin, with the edges that init makes.
  public init(xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, xBins: Int, yBins: Int, counts: [Int])
  {
    xEdges = Histogram.linspace(xRange.lowerBound, xRange.upperBound, count: xBins + 1)
    yEdges = Histogram.linspace(yRange.lowerBound, yRange.upperBound, count: yBins + 1)
    self.counts = counts
  }

  /// A number of bins held within 1...4096.
  public static func clampedBins(_ bins: Int) -> Int { min(max(1, bins), 4096) }

  /// The bin of a value, or nil outside `range`; a range of one value puts it in bin 0.
  @inline(__always) private static func bin(_ v: Double, _ range: ClosedRange<Double>, bins: Int) -> Int? {
    let low = range.lowerBound, high = range.upperBound
    guard high > low else { return v == low ? 0 : nil }
    let position = WideSpan.fraction(v, low: low, high: high)
    guard position >= 0, position <= 1 else { return nil }
    return WideSpan.bin(position, count: bins)
  }
}
