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
    if let sample, sample < 1 { throw ValidationError("--sample must be at least 1") }
    var spec = style.spec(.scatter, x: xColumn.x, y: [y])
    spec.colorBy = colorBy
    spec.sample = sample
    try await ChartPrinting.print(spec, source: source, size: size, output: output)
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
    let ys = y.split(separator: ",").map { String($0) }
    guard !ys.isEmpty else { throw ValidationError("--y needs at least one column") }
    if ys.count > 1 && colorBy != nil {
      throw ValidationError("give several --y columns or --color-by, not both")
    }
    var spec = style.spec(.line, x: xColumn.x, y: ys)
    spec.colorBy = colorBy
    try await ChartPrinting.print(spec, source: source, size: size, output: output)
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
    let spec = style.spec(.heatmap, x: xColumn.x, y: [y], defaultCanvas: .density)
    try await ChartPrinting.print(spec, source: source, size: size, output: output)
  }
}
