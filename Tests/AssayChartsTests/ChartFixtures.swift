import AssayAnalysis
import AssayCore
import AssayGrid
import Foundation

@testable import AssayCharts

/// Seeded data for chart tests: three clusters of (x, y) points with a group column, a few nulls
/// and a time-like x for lines.
enum ChartFixtures {
  /// Columns x, y, group (a, b, c), t (0, 1, 2, ...) and wave (a sine of t), 600 rows; x is null
  /// in every 50th row.
  static let table: Table = {
    var random = SeededRandom(seed: 2024)
    var xs = [Value](), ys = [Value](), groups = [Value](), ts = [Value](), waves = [Value]()
    let centres: [(Double, Double)] = [(2, 30), (5, 45), (8, 20)]
    for row in 0..<600 {
      let group = row % 3
      let (cx, cy) = centres[group]
      xs.append(row % 50 == 7 ? .null : .double(random.nextGaussian(mean: cx, standardDeviation: 1)))
      ys.append(.double(random.nextGaussian(mean: cy, standardDeviation: 5)))
      groups.append(.string(["a", "b", "c"][group]))
      ts.append(.int(Int64(row / 3)))
      waves.append(.double(sin(Double(row) / 30) * 100 + Double(group) * 40))
    }
    return Table(
      name: "fixture",
      columns: [
        Column(name: "x", type: .double, values: xs), Column(name: "y", type: .double, values: ys),
        Column(name: "group", type: .string, values: groups), Column(name: "t", type: .int, values: ts),
        Column(name: "wave", type: .double, values: waves),
      ])
  }()

  /// A column of the fixture table.
  static func column(_ name: String) -> Column {
    table.column(named: name) ?? Column(name: name, type: .double, values: [])
  }

  /// Every chart kind, drawn from the fixture on a canvas.
  enum Kind: String, CaseIterable, Sendable {
    case histogram, verticalHistogram, scatter, line, bar, heatmap, box

    /// The canvases the kind draws differently on: the horizontal histogram draws only text.
    var canvases: [CanvasKind] { self == .histogram ? [.braille] : CanvasKind.allCases }

    /// True when a chart drawn for `height` rows has them all (horizontal histograms and bars
    /// take at most that many).
    func fits(_ grid: Grid, height: Int) -> Bool {
      self == .histogram || self == .bar ? grid.height <= height : grid.height == height
    }

    /// The chart at a size on a canvas.
    func render(canvas: CanvasKind, width: Int, height: Int) throws -> Grid {
      let decorations = ChartDecorations(
        title: "\(rawValue) on \(canvas.rawValue)", xLabel: "x", yLabel: "y", glyphs: canvas.glyphs)
      let x = NumericValues(column("x")), y = NumericValues(column("y"))
      let groups = CategoryCodes(column("group"))
      switch self {
      case .histogram:
        return HistogramChart(histogram: try Histogram.compute(column("y")), title: decorations.title)
          .render(width: width, height: height)
      case .verticalHistogram:
        return VerticalHistogramChart(
          histogram: try Histogram.compute(column("y"), rule: .count(12)), canvas: canvas,
          decorations: decorations
        ).render(width: width, height: height)
      case .scatter:
        let pairs = NumericPairs(x: x, y: y, groups: groups)
        return XYChart(
          series: Series.split(pairs, name: "y", groupNames: groups.names), mark: .points, canvas: canvas,
          decorations: decorations, skipped: pairs.skipped
        ).render(width: width, height: height)
      case .line:
        let pairs = NumericPairs(
          x: NumericValues(column("t")), y: NumericValues(column("wave")), groups: groups)
        return XYChart(
          series: Series.split(pairs, name: "wave", groupNames: groups.names).map(\.sortedByX), mark: .lines,
          canvas: canvas, decorations: decorations
        ).render(width: width, height: height)
      case .bar:
        let (totals, skipped) = CategoryTotals.compute(categories: groups, values: x, aggregate: .mean)
        return BarChart(totals: totals, measure: "mean of x", decorations: decorations, skipped: skipped)
          .render(width: width, height: height)
      case .heatmap:
        return try HeatmapChart(pairs: NumericPairs(x: x, y: y), canvas: canvas, decorations: decorations)
          .render(width: width, height: height)
      case .box:
        let (boxes, skipped) = BoxSummary.compute(values: x, groups: groups)
        return BoxPlotChart(boxes: boxes, decorations: decorations, skipped: skipped)
          .render(width: width, height: height)
      }
    }
  }
}
