import ArgumentParser
import AssayAnalysis
import AssayCharts
import AssayCore
import Foundation

/// `assay chart`: charts printed as text.
struct ChartCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chart",
    abstract: "Draw a chart of a source as text, for terminals, scripts and CI logs.",
    discussion: """
      Every chart fits --width × --height (default: the terminal, or 80 × 24 when output is not a
      terminal) and is coloured with ANSI codes when writing to a terminal or with --color always.

      Examples:
        assay chart histogram sampledata/iris.csv --column sepal_length
        assay chart scatter sampledata/iris.csv --x petal_length --y petal_width --color-by species
        assay chart box sampledata/iris.csv --x species --y sepal_width
      """,
    subcommands: [
      HistogramCommand.self, ScatterCommand.self, LineCommand.self, BarCommand.self, HeatmapCommand.self,
      BoxCommand.self,
    ])
}

/// The size a printed chart takes.
struct ChartSizeArguments: ParsableArguments {
  @Option(help: "Width in columns (default: the terminal's, or 80 when not writing to a terminal).")
  var width: Int?

  @Option(help: "Height in rows, at most (default: the terminal's, or 24 when not writing to a terminal).")
  var height: Int?

  /// The width and height to draw at.
  func resolved() throws -> (width: Int, height: Int) {
    let terminal = TerminalSize.ofStandardOutput()
    let size = (width: width ?? terminal?.width ?? 80, height: height ?? terminal.map { $0.height - 1 } ?? 24)
    guard (10...2000).contains(size.width), (3...2000).contains(size.height) else {
      throw ValidationError("the chart must be 10 to 2000 columns wide and 3 to 2000 rows high")
    }
    return size
  }
}

/// `assay chart histogram`: the distribution of one numeric column.
struct HistogramCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "histogram",
    abstract: "Count a numeric column's values in bins and draw one labelled bar per bin.",
    discussion: """
      Bins are chosen by the Freedman–Diaconis rule unless --bins or --bin-width says otherwise;
      each bin is [lo, hi) except the last, which is closed [lo, hi]. The footer names the rule.
      --vertical draws upright bars between axes on a canvas; --log draws counts on a log scale.

      Examples:
        assay chart histogram sampledata/iris.csv --column sepal_length
        assay chart histogram sampledata/penguins.csv -c body_mass_g --bins 12 --width 100
        assay chart histogram data.csv -c price --bins sturges --no-color -o price.txt
        assay chart histogram data.csv -c price --vertical --log --canvas block
      """)

  @OptionGroup var source: SourceArguments

  @Option(name: [.short, .customLong("column"), .customLong("x")], help: "The numeric column to bin.")
  var column: String

  @Option(help: "Number of bins, or a rule: fd (Freedman–Diaconis, the default) or sturges.")
  var bins: String?

  @Option(help: "Width of each bin, instead of --bins.")
  var binWidth: Double?

  @Flag(help: "Upright bars between axes, rather than a labelled row per bin.")
  var vertical = false

  @Flag(help: "Counts on a log scale: bars as long as log10(1 + count).")
  var log = false

  @OptionGroup var style: ChartStyleArguments
  @OptionGroup var size: ChartSizeArguments
  @OptionGroup var output: OutputArguments
  @OptionGroup var explain: ExplainArguments

  /// The binning rule the options ask for.
  func binRule() throws -> BinRule {
    if let binWidth {
      guard bins == nil else { throw ValidationError("give --bins or --bin-width, not both") }
      guard binWidth > 0, binWidth.isFinite else {
        throw ValidationError("--bin-width must be a positive number")
      }
      return .width(binWidth)
    }
    switch bins?.lowercased() {
    case nil, "fd", "freedman-diaconis": return .freedmanDiaconis
    case "sturges": return .sturges
    case let text?:
      guard let count = Int(text), (1...10_000).contains(count) else {
        throw ValidationError("--bins takes a number from 1 to 10000, 'fd' or 'sturges', not '\(text)'")
      }
      return .count(count)
    }
  }

  func run() async throws {
    var spec = style.spec(.histogram, x: column, y: [], defaultCanvas: .block)
    spec.binRule = try binRule()
    spec.vertical = vertical
    spec.logScale = log
    try await ChartPrinting.print(spec, source: source, size: size, output: output, explain: explain)
  }
}
