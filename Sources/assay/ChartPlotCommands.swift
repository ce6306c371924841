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
  @OptionGroup var explain: ExplainArguments

  func run() async throws {
    if let sample, sample < 1 { throw ValidationError("--sample must be at least 1") }
    var spec = style.spec(.scatter, x: xColumn.x, y: [y])
    spec.colorBy = colorBy
    spec.sample = sample
    try await ChartPrinting.print(spec, source: source, size: size, output: output, explain: explain)
  }
}

/// `assay chart line`: rows joined in x order, one line per y column or category.
struct LineCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "line",
    abstract: "Join rows in x order with lines; several y columns or a category give several series.",
    discussion: """
      With --every, the rows are resampled to calendar periods (1h, 6h, 1d, 1w from Monday, 1M, 1Q,
      1Y) and --agg combines each period's values; a period without rows is a gap in the line, and
      --format csv prints the resampled series (period start, series, value) instead of the chart.

      Examples:
        assay chart line data.csv --x day --y price
        assay chart line data.csv --x day --y low,high --width 100 --height 30
        assay chart line data.csv --x day --y price --color-by ticker
        assay chart line weather.csv --x date --y temp_max --every 1M --agg mean
        assay chart line weather.csv --x date --y precipitation --every 1Y --agg sum --format csv
      """)

  @OptionGroup var source: SourceArguments
  @OptionGroup var xColumn: XColumnArgument

  @Option(help: "The column (or comma-separated columns) along y.")
  var y: String

  @Option(help: "A column whose values split the rows into series.")
  var colorBy: String?

  @Option(help: "Resample to this calendar period: 1h, 6h, 1d, 1w, 1M, 1Q, 1Y (x must hold dates or times).")
  var every: CalendarPeriod?

  @Option(help: "How --every combines a period's values: mean (default), sum, count, min, max or median.")
  var agg: ResampleAggregate?

  @Option(help: "chart (default), or csv: the resampled series as data (needs --every).")
  var format: LineFormat = .chart

  @OptionGroup var style: ChartStyleArguments
  @OptionGroup var size: ChartSizeArguments
  @OptionGroup var output: OutputArguments
  @OptionGroup var explain: ExplainArguments

  /// What `assay chart line` prints.
  enum LineFormat: String, ExpressibleByArgument, CaseIterable {
    case chart, csv
  }

  func run() async throws {
    let ys = y.split(separator: ",").map { String($0) }
    guard !ys.isEmpty else { throw ValidationError("--y needs at least one column") }
    if ys.count > 1 && colorBy != nil {
      throw ValidationError("give several --y columns or --color-by, not both")
    }
    guard every != nil || (agg == nil && format == .chart) else {
      throw ValidationError("--agg and --format csv resample, and need --every")
    }
    var spec = style.spec(.line, x: xColumn.x, y: ys)
    spec.colorBy = colorBy
    spec.every = every
    spec.resampling = agg ?? .mean
    guard format == .csv else {
      return try await ChartPrinting.print(spec, source: source, size: size, output: output, explain: explain)
    }
    try await reportingFailures {
      let loaded = try await source.loadSource(columns: ChartPrinting.columns(of: spec))
      defer { explain.report(loaded) }  // also when the summary fails
      try output.emitSheet(try spec.resampledTable(loaded.table), format: .csv)
    }
  }
}

extension CalendarPeriod: ExpressibleByArgument {
  /// The period a command-line word names (`1h`, `1M`).
  public init?(argument: String) { self.init(argument) }
}

extension ResampleAggregate: ExpressibleByArgument {}

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
  @OptionGroup var explain: ExplainArguments

  func run() async throws {
    let spec = style.spec(.heatmap, x: xColumn.x, y: [y], defaultCanvas: .density)
    try await ChartPrinting.print(spec, source: source, size: size, output: output, explain: explain)
  }
}
