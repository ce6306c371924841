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

  func run() async throws {
    let (width, height) = try size.resolved()
    let aggregate = agg ?? (y == nil ? .count : .mean)
    if aggregate != .count && y == nil {
      throw ValidationError("--agg \(aggregate.rawValue) needs a --y column")
    }
    try await reportingFailures {
      let table = try await source.loadTable()
      let categories = CategoryCodes(try table.requireColumn(xColumn.x))
      let values = try y.map { try table.requireNumbers($0) }
      let (totals, skipped) = CategoryTotals.compute(
        categories: categories, values: values, aggregate: aggregate)
      let measure = aggregate == .count ? "count" : "\(aggregate.rawValue) of \(y ?? "")"
      let canvas = style.canvasKind()
      let chart = BarChart(
        totals: totals, measure: measure,
        decorations: style.decorations(
          title: "\(measure) by \(xColumn.x) — \(table.name)", x: nil, y: nil, canvas: canvas),
        skipped: skipped)
      try output.emit(
        output.text(of: style.finished(chart.render(width: width, height: height), canvas: canvas)))
    }
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

  func run() async throws {
    let (width, height) = try size.resolved()
    try await reportingFailures {
      let table = try await source.loadTable()
      let values = try table.requireNumbers(y)
      let groups = try x.map { CategoryCodes(try table.requireColumn($0)) }
      let (boxes, skipped) = BoxSummary.compute(values: values, groups: groups)
      let canvas = style.canvasKind()
      let title = x.map { "\(y) by \($0) — \(table.name)" } ?? "\(y) — \(table.name)"
      let chart = BoxPlotChart(
        boxes: boxes, decorations: style.decorations(title: title, x: y, y: x, canvas: canvas),
        skipped: skipped)
      try output.emit(
        output.text(of: style.finished(chart.render(width: width, height: height), canvas: canvas)))
    }
  }
}
