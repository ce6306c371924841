import AssayAnalysis
import AssayCore
import AssayGrid

/// Everything a command line or a screen chooses about a chart of a table — kind, columns, bins,
/// canvas, words — so that one pure call turns a table into a grid.
public struct ChartSpec: Sendable, Equatable {
  /// The chart kinds.
  public enum Kind: String, Sendable, CaseIterable {
    /// Counts of one numeric column in bins (`x`).
    case histogram
    /// A dot per row at (`x`, `y`), coloured by `colorBy`.
    case scatter
    /// Rows joined in x order, a line per y column or per category of `colorBy`.
    case line
    /// A bar per category of `x`: rows, or the sum or mean of `y`.
    case bar
    /// Rows counted in x–y bins, one per cell.
    case heatmap
    /// Box plots of `y`, one per category of `x` (or one for all rows).
    case box
  }

  /// The kind of chart.
  public var kind: Kind
  /// The x column (the binned column of a histogram, the categories of bars and boxes).
  public var x: String?
  /// The y columns (one, except for line charts).
  public var y: [String]
  /// A column whose categories colour scatter dots or split lines.
  public var colorBy: String?
  /// How a histogram chooses its bins.
  public var binRule: BinRule
  /// Upright histogram bars between axes, rather than a row per bin.
  public var vertical: Bool
  /// Histogram counts on a log scale.
  public var logScale: Bool
  /// What a bar shows; nil: count without `y`, mean with it.
  public var aggregate: Aggregate?
  /// Draw a uniform random sample of this many scatter points.
  public var sample: Int?
  /// The canvas drawn on.
  public var canvas: CanvasKind
  /// Title and axis names (nil fields are filled from the columns and the table) and border.
  public var decorations: ChartDecorations

  /// A chart of the given kind; the options default to a Freedman–Diaconis, horizontal, linear
  /// histogram on braille with titles and axis names from the columns.
  public init(
    kind: Kind, x: String? = nil, y: [String] = [], colorBy: String? = nil, binRule: BinRule = .default,
    vertical: Bool = false, logScale: Bool = false, aggregate: Aggregate? = nil, sample: Int? = nil,
    canvas: CanvasKind = .braille, decorations: ChartDecorations = ChartDecorations()
  ) {
    self.kind = kind
    self.x = x
    self.y = y
    self.colorBy = colorBy
    self.binRule = binRule
    self.vertical = vertical
    self.logScale = logScale
    self.aggregate = aggregate
    self.sample = sample
    self.canvas = canvas
    self.decorations = decorations
  }

  /// The chart of `table` at `width × height` (histograms and bars may take fewer rows), in
  /// plain ASCII on the ASCII canvas.
  /// - Throws: `AssayError` for a missing or unsuitable column or option.
  public func render(_ table: Table, width: Int, height: Int) throws -> Grid {
    let grid: Grid
    switch kind {
    case .histogram: grid = try histogram(table, width: width, height: height)
    case .scatter, .line: grid = try xyChart(table).render(width: width, height: height)
    case .bar: grid = try barChart(table).render(width: width, height: height)
    case .heatmap: grid = try heatmap(table).render(width: width, height: height)
    case .box: grid = try boxPlot(table).render(width: width, height: height)
    }
    return canvas == .ascii ? ASCIIFallback.grid(grid) : grid
  }

  private func histogram(_ table: Table, width: Int, height: Int) throws -> Grid {
    let name = try required(x, "x")
    let histogram = try Histogram.compute(try ChartSpec.column(name, of: table), rule: binRule)
    let title = decorations.title ?? "\(name) — \(table.name)"
    guard vertical else {
      return HistogramChart(histogram: histogram, title: title, logScale: logScale).render(
        width: width, height: height)
    }
    return VerticalHistogramChart(
      histogram: histogram, canvas: canvas,
      decorations: filled(title: title, x: name, y: logScale ? "count (log)" : "count"), logScale: logScale
    ).render(width: width, height: height)
  }

  private func xyChart(_ table: Table) throws -> XYChart {
    let xName = try required(x, "x")
    guard !y.isEmpty else {
      throw AssayError(message: "a \(kind.rawValue) chart needs a y column", hint: "give --y")
    }
    let xValues = try ChartSpec.numbers(xName, of: table)
    let categories = try colorBy.map { CategoryCodes(try ChartSpec.column($0, of: table)) }
    var series = [Series](), skipped = SkippedRows(), population = 0
    for name in y {
      var pairs = NumericPairs(x: xValues, y: try ChartSpec.numbers(name, of: table), groups: categories)
      population += pairs.count
      if let sample, kind == .scatter { pairs = pairs.sampled(sample) }
      skipped.nulls += pairs.skipped.nulls
      skipped.nonNumeric += pairs.skipped.nonNumeric
      let split = Series.split(pairs, name: name, groupNames: categories?.names ?? [])
      series += kind == .line ? split.map(\.sortedByX) : split
    }
    let title = "\(y.joined(separator: ", ")) by \(xName) — \(table.name)"
    return XYChart(
      series: series, mark: kind == .line ? .lines : .points, canvas: canvas,
      decorations: filled(title: title, x: xName, y: y.count == 1 ? y[0] : nil), skipped: skipped,
      sampledFrom: sample != nil && kind == .scatter ? population : nil)
  }

  private func barChart(_ table: Table) throws -> BarChart {
    let xName = try required(x, "x")
    let aggregate = self.aggregate ?? (y.isEmpty ? .count : .mean)
    if aggregate != .count && y.isEmpty {
      throw AssayError(message: "\(aggregate.rawValue) bars need a y column", hint: "give --y")
    }
    let categories = CategoryCodes(try ChartSpec.column(xName, of: table))
    let values = try y.first.map { try ChartSpec.numbers($0, of: table) }
    let (totals, skipped) = CategoryTotals.compute(
      categories: categories, values: values, aggregate: aggregate)
    let measure = aggregate == .count ? "count" : "\(aggregate.rawValue) of \(y.first ?? "")"
    return BarChart(
      totals: totals, measure: measure, decorations: filled(title: "\(measure) by \(xName) — \(table.name)"),
      skipped: skipped)
  }

  private func heatmap(_ table: Table) throws -> HeatmapChart {
    let xName = try required(x, "x"), yName = try required(y.first, "y")
    let pairs = NumericPairs(
      x: try ChartSpec.numbers(xName, of: table), y: try ChartSpec.numbers(yName, of: table))
    return HeatmapChart(
      pairs: pairs, canvas: canvas,
      decorations: filled(title: "\(yName) by \(xName) — \(table.name)", x: xName, y: yName))
  }

  private func boxPlot(_ table: Table) throws -> BoxPlotChart {
    let yName = try required(y.first, "y")
    let values = try ChartSpec.numbers(yName, of: table)
    let groups = try x.map { CategoryCodes(try ChartSpec.column($0, of: table)) }
    let (boxes, skipped) = BoxSummary.compute(values: values, groups: groups)
    let title = x.map { "\(yName) by \($0) — \(table.name)" } ?? "\(yName) — \(table.name)"
    return BoxPlotChart(boxes: boxes, decorations: filled(title: title, x: yName, y: x), skipped: skipped)
  }

  /// The decorations with unset words filled in and the canvas's glyphs.
  private func filled(title: String, x: String? = nil, y: String? = nil) -> ChartDecorations {
    ChartDecorations(
      title: decorations.title ?? title, xLabel: decorations.xLabel ?? x, yLabel: decorations.yLabel ?? y,
      border: decorations.border, glyphs: canvas.glyphs)
  }

  private func required(_ name: String?, _ option: String) throws -> String {
    guard let name else {
      throw AssayError(
        message: "a \(kind.rawValue) chart needs an \(option) column", hint: "give --\(option)")
    }
    return name
  }

  /// The column with this name, or an error that lists the names there are.
  static func column(_ name: String, of table: Table) throws -> Column {
    if let found = table.column(named: name) { return found }
    throw AssayError(
      message: "\(table.name): no column named '\(name)'",
      hint: "columns are: " + table.columnNames.joined(separator: ", "))
  }

  /// The column's values as numbers, or an error when it holds no number at all but has text.
  static func numbers(_ name: String, of table: Table) throws -> NumericValues {
    let values = NumericValues(try column(name, of: table))
    if values.nonNumeric > 0 && values.nulls + values.nonNumeric == values.values.count {
      throw AssayError(
        message: "\(table.name): column '\(name)' holds text, not numbers",
        hint: "choose a numeric column; numeric columns are: "
          + table.columns.filter { $0.type.isNumeric }.map(\.name).joined(separator: ", "))
    }
    return values
  }
}
