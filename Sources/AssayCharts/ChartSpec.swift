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
  /// A line chart's rows resampled to this calendar period (the x column must hold times); nil
  /// joins the rows themselves.
  public var every: CalendarPeriod?
  /// How a resampled line combines the values in each period.
  public var resampling: ResampleAggregate = .mean
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
  /// plain ASCII on the ASCII canvas, with the bins it counted. Histogram bins, box quartiles and
  /// heatmap bins are asked of `aggregates` (nil: the table's own, `TableAggregates`); scatter,
  /// line and bar charts read the table's columns, and a scatter's sample comes from `aggregates`.
  /// A date column's axis ticks the calendar, and its histogram's calendar bins are counted from
  /// the table's column.
  /// - Throws: `AssayError` for a missing or unsuitable column or option.
  public func render(_ table: Table, aggregates: (any Aggregating)? = nil, width: Int, height: Int) throws
    -> ChartRender
  {
    let source = aggregates ?? TableAggregates(table)
    var drawn: ChartRender
    switch kind {
    case .histogram: drawn = try histogram(table, source, width: width, height: height)
    case .scatter, .line:
      drawn = ChartRender(grid: try xyChart(table, source).render(width: width, height: height))
    case .bar: drawn = ChartRender(grid: try barChart(table).render(width: width, height: height))
    case .heatmap:
      let (grid, bins) = try heatmap(table, source).renderWithBins(width: width, height: height)
      drawn = ChartRender(grid: grid, bins2D: bins)
    case .box: drawn = ChartRender(grid: try boxPlot(table, source).render(width: width, height: height))
    }
    if canvas == .ascii { drawn.grid = ASCIIFallback.grid(drawn.grid) }
    return drawn
  }

  private func histogram(_ table: Table, _ source: any Aggregating, width: Int, height: Int) throws
    -> ChartRender
  {
    let name = try required(x, "x")
    let axis = try axisKind(table, name)
    let histogram =
      if case .time(let time) = axis {
        try CalendarHistogram.compute(table.requireNumbers(name), axis: time, rule: binRule)
      } else { try source.histogram(column: name, rule: binRule) }
    let title = decorations.title ?? "\(name) — \(table.name)"
    guard vertical else {
      var chart = HistogramChart(histogram: histogram, title: title, logScale: logScale)
      chart.axis = axis
      return ChartRender(grid: chart.render(width: width, height: height), histogram: histogram)
    }
    var chart = VerticalHistogramChart(
      histogram: histogram, canvas: canvas,
      decorations: filled(title: title, x: name, y: logScale ? "count (log)" : "count"), logScale: logScale)
    chart.axis = axis
    return ChartRender(grid: chart.render(width: width, height: height), histogram: histogram)
  }

  private func xyChart(_ table: Table, _ source: any Aggregating) throws -> XYChart {
    let xName = try required(x, "x")
    guard !y.isEmpty else {
      throw AssayError(message: "a \(kind.rawValue) chart needs a y column", hint: "give --y")
    }
    if kind == .line, let every { return try resampledLines(table, x: xName, every: every) }
    let sampled = try sample.flatMap { kind == .scatter ? try scatterSample($0, source) : nil }
    let rows = sampled?.table ?? table
    let xValues = try rows.requireNumbers(xName)
    let categories = try colorBy.map { CategoryCodes(try rows.requireColumn($0)) }
    var series = [Series](), skipped = SkippedRows(nulls: sampled?.incomplete ?? 0)
    for name in y {
      let pairs = NumericPairs(x: xValues, y: try rows.requireNumbers(name), groups: categories)
      skipped.nulls += pairs.skipped.nulls
      skipped.nonNumeric += pairs.skipped.nonNumeric
      let split = Series.split(pairs, name: name, groupNames: categories?.names ?? [])
      series += kind == .line ? split.map(\.sortedByX) : split
    }
    let title = "\(y.joined(separator: ", ")) by \(xName) — \(table.name)"
    var chart = XYChart(
      series: series, mark: kind == .line ? .lines : .points, canvas: canvas,
      decorations: filled(title: title, x: xName, y: y.count == 1 ? y[0] : nil), skipped: skipped,
      sampledFrom: sampled?.population)
    chart.xAxis = try axisKind(rows, xName)
    let yAxes = try y.map { try axisKind(rows, $0) }
    chart.yAxis = yAxes.allSatisfy { $0 == yAxes[0] } ? yAxes[0] : .number
    return chart
  }

  /// A scatter's sample: `size` of the rows with a number in x and every y (and a colouring
  /// category), drawn with seed 1; nil without one.
  private func scatterSample(_ size: Int, _ source: any Aggregating) throws -> RowSample? {
    try source.sample(rows: size, seed: 1, complete: [x].compactMap { $0 } + y + [colorBy].compactMap { $0 })
  }

  private func barChart(_ table: Table) throws -> BarChart {
    let xName = try required(x, "x")
    let aggregate = self.aggregate ?? (y.isEmpty ? .count : .mean)
    if aggregate != .count && y.isEmpty {
      throw AssayError(message: "\(aggregate.rawValue) bars need a y column", hint: "give --y")
    }
    let categories = CategoryCodes(try table.requireColumn(xName))
    let values = try y.first.map { try table.requireNumbers($0) }
    let (totals, skipped) = CategoryTotals.compute(
      categories: categories, values: values, aggregate: aggregate)
    let measure = aggregate == .count ? "count" : "\(aggregate.rawValue) of \(y.first ?? "")"
    return BarChart(
      totals: totals, measure: measure, decorations: filled(title: "\(measure) by \(xName) — \(table.name)"),
      skipped: skipped)
  }

  private func heatmap(_ table: Table, _ source: any Aggregating) throws -> HeatmapChart {
    let xName = try required(x, "x"), yName = try required(y.first, "y")
    for name in [xName, yName] {
      let column = try table.requireColumn(name)
      guard column.type.isNumeric || column.type.isTime else {
        let holds = column.type == .string ? "text" : "\(column.type.rawValue) values"
        throw AssayError(
          message: "\(table.name): a heatmap bins two numeric or time columns; '\(name)' holds \(holds)",
          hint: "count a text column's values with `assay chart bar --x \(name)`; \(table.numericColumnsHint)"
        )
      }
    }
    var chart = HeatmapChart(
      bins: try source.bins2D(x: xName, y: yName), canvas: canvas,
      decorations: filled(title: "\(yName) by \(xName) — \(table.name)", x: xName, y: yName))
    chart.xAxis = try axisKind(table, xName)
    chart.yAxis = try axisKind(table, yName)
    return chart
  }

  private func boxPlot(_ table: Table, _ source: any Aggregating) throws -> BoxPlotChart {
    let yName = try required(y.first, "y")
    let (boxes, skipped) = try source.boxes(values: yName, groups: x)
    let title = x.map { "\(yName) by \($0) — \(table.name)" } ?? "\(yName) — \(table.name)"
    return BoxPlotChart(boxes: boxes, decorations: filled(title: title, x: yName, y: x), skipped: skipped)
  }

  /// The decorations with unset words filled in and the canvas's glyphs.
  func filled(title: String, x: String? = nil, y: String? = nil) -> ChartDecorations {
    ChartDecorations(
      title: decorations.title ?? title, xLabel: decorations.xLabel ?? x, yLabel: decorations.yLabel ?? y,
      border: decorations.border, glyphs: canvas.glyphs)
  }

  /// The axis a column's values are drawn on: calendar ticks for dates, numbers otherwise.
  private func axisKind(_ table: Table, _ name: String) throws -> AxisKind {
    AxisKind(try table.requireColumn(name))
  }

  private func required(_ name: String?, _ option: String) throws -> String {
    guard let name else {
      throw AssayError(
        message: "a \(kind.rawValue) chart needs an \(option) column", hint: "give --\(option)")
    }
    return name
  }
}
