import ArgumentParser
import AssayAnalysis
import AssayCharts
import AssayCore
import AssayPrivacy

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
  @OptionGroup var explain: ExplainArguments

  @Option(help: "Output format: text (an aligned table), csv, tsv, json or jsonl.")
  var format: SheetFormat = .text

  @Flag(help: "Add a pii column: the kind of personal data each column holds (see assay pii).")
  var pii = false

  func run() async throws {
    try await reportingFailures {
      try await InterruptStop.run {
        let loaded = try await source.loadSource(rowsNeeded: { _ in pii })
        defer { explain.report(loaded) }  // also when the summary fails
        var sheet = try Self.sheet(loaded, exactNumbers: format != .text)
        if pii {
          let kinds = PiiSheet.kindColumn(PiiDetector.findings(in: loaded.table), name: "pii")
          sheet = Table(name: sheet.name, columns: sheet.columns + [kinds])
        }
        try output.emitSheet(sheet, format: format, numberInText: Describe.numberInText(sheet))
      }
    }
  }

  /// The describe sheet of a loaded source, computed by its aggregates; numbers in text columns
  /// exact when `exactNumbers`, else rounded for reading (see `Describe.table`).
  static func sheet(_ loaded: LoadedSource, exactNumbers: Bool = false) throws -> Table {
    Describe.table(
      try loaded.aggregates.describe(columns: nil, monitor: nil), name: "describe \(loaded.table.name)",
      nullTexts: loaded.nullTexts, exactNumbers: exactNumbers)
  }
}

extension OutputSettings {
  /// Prints a derived table in the chosen format; JSON writes the text cells `numberInText` picks
  /// as numbers (see `TableWriter.write`).
  func emitSheet(_ table: Table, format: SheetFormat, numberInText: ((Int, Int) -> Bool)? = nil) throws {
    let produce = { (write: (String) throws -> Void) throws in
      try writeSheet(table, format: format, numberInText: numberInText, to: write)
    }
    try format == .text ? emit(produce) : emitData(produce)
  }

  /// Writes a derived table in the chosen format to `write` (text coloured when this output is).
  func writeSheet(
    _ table: Table, format: SheetFormat, numberInText: ((Int, Int) -> Bool)? = nil,
    to write: (String) throws -> Void
  ) throws {
    switch format {
    case .text where usesColor: try TableText.forEachBlock(table) { try write(text(of: $0)) }
    case .text: try TableText.writePlain(table, to: write)
    case .csv: try TableWriter.write(table, format: .csv, to: write)
    case .tsv: try TableWriter.write(table, format: .tsv, to: write)
    case .json: try TableWriter.write(table, format: .json, numberInText: numberInText, to: write)
    case .jsonl: try TableWriter.write(table, format: .jsonl, numberInText: numberInText, to: write)
    }
  }
}
