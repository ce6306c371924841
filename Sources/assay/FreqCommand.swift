import ArgumentParser
import AssayAnalysis
import AssayCore

/// `assay freq`: the frequency table of one column.
struct FreqCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "freq",
    abstract: "Print each distinct value of a column with its count, percent and cumulative percent.",
    discussion: """
      --by counts a date or time column by a part of the calendar: its years, quarters, months,
      ISO weeks or days, or across them its weekdays or hours.

      Examples:
        assay freq sampledata/iris.csv --column species
        assay freq sampledata/penguins.csv --column island --format csv
        assay freq sampledata/seattle-weather.csv --column date --by year
      """)

  @OptionGroup var source: SourceArguments
  @OptionGroup var output: OutputArguments
  @OptionGroup var explain: ExplainArguments

  @Option(name: [.short, .long], help: "The column to count.")
  var column: String

  @Option(help: "Count a date or time column by year, quarter, month, week, day, weekday or hour.")
  var by: CalendarPart?

  @Option(help: "Output format: text (an aligned table), csv, tsv, json or jsonl.")
  var format: SheetFormat = .text

  func run() async throws {
    try await reportingFailures {
      try await InterruptStop.run {
        let loaded = try await source.loadSource(columns: [column], rowsNeeded: { _ in false })
        defer { explain.report(loaded) }  // also when the summary fails
        try output.emitSheet(try sheet(loaded), format: format)
      }
    }
  }

  /// The frequency table of the column in a loaded source, computed by its aggregates.
  func sheet(_ loaded: LoadedSource) throws -> Table {
    guard let by else { return try loaded.aggregates.frequency(column: column, monitor: nil) }
    return try loaded.aggregates.frequency(column: column, by: by, monitor: nil)
  }
}

extension CalendarPart: ExpressibleByArgument {}
