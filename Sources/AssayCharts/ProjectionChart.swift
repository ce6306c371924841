import AssayAnalysis
import AssayCore
import AssayGrid

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
  public func render(width: Int, height: Int) -> Grid { placedRender(width: width, height: height).grid }

  /// The chart, with where its plot area lies, so a cursor can find the point under a cell.
  public func placedRender(width: Int, height: Int) -> (grid: Grid, placement: PlotPlacement) {
    var chart = XYChart(
      series: series(), mark: .points, canvas: canvas, decorations: decorations, skipped: skipped,
      sampledFrom: sampledFrom)
    chart.notes = notes
    chart.legendForOneSeries = labels != nil
    let placed = chart.placedRender(width: width, height: height)
    return (canvas == .ascii ? ASCIIFallback.grid(placed.grid) : placed.grid, placed.placement)
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

/// Where a chart's plot area lies in its grid and which data ranges its edges stand for: maps a
/// data point to the dot and cell it is drawn in.
public struct PlotPlacement: Sendable, Equatable {
  /// The plot area's left column.
  public var x: Int
  /// The plot area's top row.
  public var y: Int
  /// The plot area's width in cells.
  public var width: Int
  /// The plot area's height in cells.
  public var height: Int
  /// The data range across the plot area.
  public var xRange: ClosedRange<Double>
  /// The data range up the plot area.
  public var yRange: ClosedRange<Double>
  /// Dots per cell across.
  public var dotsAcross: Int
  /// Dots per cell down.
  public var dotsDown: Int

  /// A placement.
  public init(
    x: Int, y: Int, width: Int, height: Int, xRange: ClosedRange<Double>, yRange: ClosedRange<Double>,
    dotsAcross: Int, dotsDown: Int
  ) {
    self.x = x
    self.y = y
    self.width = width
    self.height = height
    self.xRange = xRange
    self.yRange = yRange
    self.dotsAcross = dotsAcross
    self.dotsDown = dotsDown
  }

  /// Where a data point is drawn, in cell widths from the plot area's top-left corner, a cell
  /// being two widths tall (so distances look as they do on screen); nil for a non-finite point.
  public func screenPosition(x: Double, y: Double) -> (x: Double, y: Double)? {
    guard x.isFinite, y.isFinite else { return nil }
    let across = width * dotsAcross, down = height * dotsDown
    func dot(_ v: Double, _ range: ClosedRange<Double>, _ dots: Int) -> Double {
      let span = range.upperBound - range.lowerBound
      guard span > 0 else { return Double(dots / 2) }
      return ((v - range.lowerBound) / span * Double(dots - 1)).rounded()
    }
    let dotX = dot(x, xRange, across), dotY = Double(down - 1) - dot(y, yRange, down)
    return ((dotX + 0.5) / Double(dotsAcross), (dotY + 0.5) / Double(dotsDown) * 2)
  }
}
