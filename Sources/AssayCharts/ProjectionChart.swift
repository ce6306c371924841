import AssayAnalysis
import AssayCore

/// A two-dimensional projection of a table's rows (PCA, t-SNE) as a scatter plot: a dot per row,
/// coloured by a label column with a legend naming every class (even a single one), axes named
/// after the components, and a footer saying how the points were computed.
public struct ProjectionChart: Sendable {
  /// The first coordinate of each point.
  public var xs: [Double]
  /// The second coordinate of each point.
  public var ys: [Double]
  /// Each point's class, for colours and the legend; nil draws every point in one colour.
  public var labels: CategoryCodes?
  /// Title, axis names and border.
  public var decorations: ChartDecorations
  /// The canvas drawn on.
  public var canvas: CanvasKind
  /// Footer words first: the method and its settings.
  public var notes: [String]
  /// Rows left out before projecting.
  public var skipped: SkippedRows
  /// When the points are a sample, how many rows there were in all.
  public var sampledFrom: Int?

  /// A chart of points given row-major in `coordinates`, `dimensions` numbers per point, of which
  /// the first two are drawn; `labels`, when given, holds one code per point.
  public init(
    coordinates: [Double], dimensions: Int, labels: CategoryCodes? = nil, decorations: ChartDecorations,
    canvas: CanvasKind = .braille, notes: [String] = [], skipped: SkippedRows = .init(),
    sampledFrom: Int? = nil
  ) {
    let width = max(1, dimensions)
    let count = coordinates.count / width
    xs = (0..<count).map { coordinates[$0 * width] }
    ys = (0..<count).map { width > 1 ? coordinates[$0 * width + 1] : 0 }
    self.labels = labels
    self.decorations = decorations
    self.canvas = canvas
    self.notes = notes
    self.skipped = skipped
    self.sampledFrom = sampledFrom
  }

  /// An axis name for a principal component with its share of the variance: `PC1 (72.9%)`.
  public static func componentName(_ index: Int, varianceRatio: Double) -> String {
    "PC\(index + 1) (\(percent(varianceRatio)))"
  }

  /// A share as a percentage with one decimal: `0.7296` → `73.0%`; `?` when it is not a number.
  public static func percent(_ share: Double) -> String {
    guard share.isFinite, abs(share) < 1e12 else { return "?" }
    let tenths = Int((abs(share) * 1000).rounded())
    return (share < 0 ? "-" : "") + "\(tenths / 10).\(tenths % 10)%"
  }

  /// The chart in a grid of exactly `width × height` cells, in plain ASCII on the ASCII canvas.
  public func render(width: Int, height: Int) -> Grid {
    var chart = XYChart(
      series: series(), mark: .points, canvas: canvas, decorations: decorations, skipped: skipped,
      sampledFrom: sampledFrom)
    chart.notes = notes
    chart.legendForOneSeries = labels != nil
    let grid = chart.render(width: width, height: height)
    return canvas == .ascii ? ASCIIFallback.grid(grid) : grid
  }

  /// One series per class in the labels' order, and one for unlabelled points when there are any.
  private func series() -> [Series] {
    guard let labels else { return [Series(name: "rows", xs: xs, ys: ys)] }
    let classes = labels.names.count
    var groupedXs = [[Double]](repeating: [], count: classes + 1), groupedYs = groupedXs
    for (i, code) in labels.codes.enumerated() where i < xs.count {
      let group = code < 0 || Int(code) >= classes ? classes : Int(code)
      groupedXs[group].append(xs[i])
      groupedYs[group].append(ys[i])
    }
    let names = labels.names + ["(null)"]
    return names.indices.filter { $0 < classes || !groupedXs[$0].isEmpty }.map {
      Series(name: names[$0], xs: groupedXs[$0], ys: groupedYs[$0])
    }
  }
}
