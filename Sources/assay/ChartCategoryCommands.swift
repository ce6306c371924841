import ArgumentParser
import AssayAnalysis
import AssayCharts
import AssayCore
import Foundation

/// `assay chart bar`: a bar per category, counting rows or aggregating a numeric column.
struct BarCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bar",
    abstract: "Draw a bar per category of --x: its row count, or the sum or mean of --y.",
    discussion: """
      Bars are sorted largest first; categories that do not fit are counted in the footer.

      Examples:
        assay chart bar sampledata/penguins.csv --x island
        assay chart bar sampledata/penguins.csv --x species --y body_mass_g --agg mean
      """)

  @OptionGroup var source: SourceArguments
  @OptionGroup var xColumn: XColumnArgument

  @Option(help: "A numeric column to sum or average per category.")
  var y: String?

  @Option(help: "count (the default without --y), sum or mean (the default with --y).")
  var agg: Aggregate?

  @OptionGroup var style: ChartStyleArguments
  @OptionGroup var size: ChartSizeArguments
  @OptionGroup var output: OutputArguments
  @OptionGroup var explain: ExplainArguments

  func run() async throws {
    let aggregate = agg ?? (y == nil ? .count : .mean)
    if aggregate != .count && y == nil {
      throw ValidationError("--agg \(aggregate.rawValue) needs a --y column")
    }
    var spec = style.spec(.bar, x: xColumn.x, y: y.map { [$0] } ?? [])
    spec.aggregate = aggregate
    try await ChartPrinting.print(spec, source: source, size: size, output: output, explain: explain)
  }
}

/// `assay chart box`: box plots of a numeric column, per category.
struct BoxCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "box",
    abstract: "Draw box plots of --y, one per category of --x (or one for all rows).",
    discussion: """
      Boxes span the first to the third quartile (numpy.percentile, linear) with the median marked;
      whiskers reach the furthest values within 1.5 IQR; values beyond are drawn as dots.

      Examples:
        assay chart box sampledata/iris.csv --x species --y petal_length
        assay chart box sampledata/penguins.csv --y body_mass_g
      """)

  @OptionGroup var source: SourceArguments

  @Option(name: [.customLong("x"), .customLong("by")], help: "A column whose categories get a box each.")
  var x: String?

  @Option(name: [.customShort("c"), .customLong("y"), .customLong("column")], help: "The numeric column.")
  var y: String

  @OptionGroup var style: ChartStyleArguments
  @OptionGroup var size: ChartSizeArguments
  @OptionGroup var output: OutputArguments
  @OptionGroup var explain: ExplainArguments

  func run() async throws {
    try await ChartPrinting.print(
      style.spec(.box, x: x, y: [y]), source: source, size: size, output: output, explain: explain)
  }
}
