import ArgumentParser
import AssayAnalysis
import AssayCharts
import AssayCore

/// Text formats of a derived table (describe, freq).
enum SheetFormat: String, ExpressibleByArgument, CaseIterable {
  case text, csv, tsv, json, jsonl
}

/// `assay describe`: one row of statistics per column.
struct DescribeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "describe",
    abstract: "Print one row per column: type, count, nulls, distinct, min, max, mean, std, median.",
    discussion: """
      Examples:
        assay describe sampledata/iris.csv
        assay describe sampledata/penguins.csv --format json -o penguins-summary.json
      """)

  @OptionGroup var source: SourceArguments
  @OptionGroup var output: OutputArguments

  @Option(help: "Output format: text (an aligned table), csv, tsv, json or jsonl.")
  var format: SheetFormat = .text

  func run() async throws {
    try await reportingFailures {
      let table = try await source.loadTable()
      let summary = Describe.table(Describe.summarize(table), name: "describe \(table.name)")
      try output.emitSheet(summary, format: format)
    }
  }
}

extension OutputArguments {
  /// Prints a derived table in the chosen format.
  func emitSheet(_ table: Table, format: SheetFormat) throws {
    switch format {
    case .text where usesColor:
      try emit { write in try TableText.forEachBlock(table) { try write(text(of: $0)) } }
    case .text: try emit { write in try TableText.writePlain(table, to: write) }
    case .csv: try emitData { try TableWriter.write(table, format: .csv, to: $0) }
    case .tsv: try emitData { try TableWriter.write(table, format: .tsv, to: $0) }
    case .json: try emitData { try TableWriter.write(table, format: .json, to: $0) }
    case .jsonl: try emitData { try TableWriter.write(table, format: .jsonl, to: $0) }
    }
  }
}
