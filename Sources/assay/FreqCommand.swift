import ArgumentParser
import AssayAnalysis
import AssayCore

/// `assay freq`: the frequency table of one column.
struct FreqCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "freq",
    abstract: "Print each distinct value of a column with its count, percent and cumulative percent.",
    discussion: """
      Examples:
        assay freq sampledata/iris.csv --column species
        assay freq sampledata/penguins.csv --column island --format csv
      """)

  @OptionGroup var source: SourceArguments
  @OptionGroup var output: OutputArguments

  @Option(name: [.short, .long], help: "The column to count.")
  var column: String

  @Option(help: "Output format: text (an aligned table), csv, tsv, json or jsonl.")
  var format: SheetFormat = .text

  func run() async throws {
    try await reportingFailures {
      let table = try await source.loadTable(columns: [column])
      let counted = try table.requireColumn(column)
      try output.emitSheet(Frequency.typedTable(counted), format: format)
    }
  }
}

extension Table {
  /// The column with this name, or an error that lists the names there are.
  func requireColumn(_ name: String) throws -> Column {
    if let found = column(named: name) { return found }
    throw AssayError(
      message: "\(self.name): no column named '\(name)'",
      hint: "columns are: " + columnNames.joined(separator: ", "))
  }
}
