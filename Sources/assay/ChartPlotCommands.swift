import ArgumentParser
import AssayAnalysis
import AssayCharts
import AssayCore
import Foundation

/// `assay chart scatter`: one dot per row at (x, y).
struct ScatterCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scatter",
    abstract: "Plot one numeric column against another, a dot per row.",
    discussion: """
      Rows missing either number are skipped and counted in the footer. The density canvas shades
      each cell by how many points fall in it, so millions of points show where they gather.

      Examples:
        assay chart scatter sampledata/iris.csv --x petal_length --y petal_width --color-by species
        assay chart scatter big.csv --x a --y b --canvas density --sample 100000
      """)

  @OptionGroup var source: SourceArguments
  @OptionGroup var xColumn: XColumnArgument

  @Option(help: "The column along y.")
  var y: String

  @Option(help: "A column whose values colour the dots, with a legend.")
  var colorBy: String?

  @Option(help: "Draw a uniform random sample of this many rows (the footer says so).")
  var sample: Int?

  @OptionGroup var style: ChartStyleArguments
  @OptionGroup var size: ChartSizeArguments
  @OptionGroup var output: OutputArguments

  func run() async throws {
    let (width, height) = try size.resolved()
    if let sample, sample < 1 { throw ValidationError("--sample must be at least 1") }
    try await reportingFailures {
      let table = try await source.loadTable()
      let chart = try XYChart.of(
        table, x: xColumn.x, ys: [y], colorBy: colorBy, mark: .points, sample: sample, style: style)
      try output.emit(
        output.text(of: style.finished(chart.render(width: width, height: height), canvas: chart.canvas)))
    }
  }
}

/// `assay chart line`: rows joined in x order, one line per y column or category.
struct LineCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "line",
    abstract: "Join rows in x order with lines; several y columns or a category give several series.",
    discussion: """
      Examples:
        assay chart line data.csv --x day --y price
        assay chart line data.csv --x day --y low,high --width 100 --height 30
        assay chart line data.csv --x day --y price --color-by ticker
      """)

  @OptionGroup var source: SourceArguments
  @OptionGroup var xColumn: XColumnArgument

  @Option(help: "The column (or comma-separated columns) along y.")
  var y: String

  @Option(help: "A column whose values split the rows into series.")
  var colorBy: String?

  @OptionGroup var style: ChartStyleArguments
  @OptionGroup var size: ChartSizeArguments
  @OptionGroup var output: OutputArguments

  func run() async throws {
    let (width, height) = try size.resolved()
    let ys = y.split(separator: ",").map { String($0) }
    guard !ys.isEmpty else { throw ValidationError("--y needs at least one column") }
    if ys.count > 1 && colorBy != nil {
      throw ValidationError("give several --y columns or --color-by, not both")
    }
    try await reportingFailures {
      let table = try await source.loadTable()
      let chart = try XYChart.of(
        table, x: xColumn.x, ys: ys, colorBy: colorBy, mark: .lines, sample: nil, style: style)
      try output.emit(
        output.text(of: style.finished(chart.render(width: width, height: height), canvas: chart.canvas)))
    }
  }
}

/// `assay chart heatmap`: how many rows fall in each cell of an x–y grid.
struct HeatmapCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "heatmap",
    abstract: "Count rows in a grid of x–y bins, one bin per cell, shaded by count with a scale legend.",
    discussion: """
      Examples:
        assay chart heatmap sampledata/iris.csv --x sepal_length --y sepal_width
        assay chart heatmap data.csv --x a --y b --canvas ascii
      """)

  @OptionGroup var source: SourceArguments
  @OptionGroup var xColumn: XColumnArgument

  @Option(help: "The column along y.")
  var y: String

  @OptionGroup var style: ChartStyleArguments
  @OptionGroup var size: ChartSizeArguments
  @OptionGroup var output: OutputArguments

  func run() async throws {
    let (width, height) = try size.resolved()
    try await reportingFailures {
      let table = try await source.loadTable()
      let pairs = NumericPairs(x: try table.requireNumbers(xColumn.x), y: try table.requireNumbers(y))
      let canvas = style.canvasKind(default: .density)
      let chart = HeatmapChart(
        pairs: pairs, canvas: canvas,
        decorations: style.decorations(
          title: "\(y) by \(xColumn.x) — \(table.name)", x: xColumn.x, y: y, canvas: canvas))
      try output.emit(
        output.text(of: style.finished(chart.render(width: width, height: height), canvas: canvas)))
    }
  }
}

extension XYChart {
  /// A scatter or line chart of columns of `table`: one series per y column, or per category of
  /// `colorBy`; line series are sorted by x.
  static func of(
    _ table: Table, x: String, ys: [String], colorBy: String?, mark: Mark, sample: Int?,
    style: ChartStyleArguments
  ) throws -> XYChart {
    let xValues = try table.requireNumbers(x)
    let categories = try colorBy.map { CategoryCodes(try table.requireColumn($0)) }
    var series = [Series]()
    var skipped = SkippedRows()
    var population = 0
    for name in ys {
      var pairs = NumericPairs(x: xValues, y: try table.requireNumbers(name), groups: categories)
      population += pairs.count
      if let sample { pairs = pairs.sampled(sample) }
      skipped.nulls += pairs.skipped.nulls
      skipped.nonNumeric += pairs.skipped.nonNumeric
      var split = Series.split(pairs, name: name, groupNames: categories?.names ?? [])
      if mark == .lines { split = split.map(\.sortedByX) }
      series += split
    }
    let canvas = style.canvasKind()
    let title = "\(ys.joined(separator: ", ")) by \(x) — \(table.name)"
    return XYChart(
      series: series, mark: mark, canvas: canvas,
      decorations: style.decorations(title: title, x: x, y: ys.count == 1 ? ys[0] : nil, canvas: canvas),
      skipped: skipped, sampledFrom: sample != nil ? population : nil)
  }
}
