import ArgumentParser
import AssayAnalysis
import AssayCSV
import AssayCore
import Foundation

/// The source argument and the options about how to read it, shared by every subcommand.
struct SourceArguments: ParsableArguments {
  @Argument(help: "The data to open: a .csv/.tsv/.csv.gz file, or - for standard input.")
  var source: String = "-"

  @Flag(help: "The first row is data, not column names (columns are named column1, column2, ...).")
  var noHeader = false

  @Option(help: "Field delimiter: one character, or 'tab' (default: detected).")
  var delimiter: String?

  /// The registry of every loader this build knows.
  static let registry = LoaderRegistry(loaders: [CSVLoader()])

  /// The options as the loaders take them, loading only `columns` when given (nil: every column).
  func sourceOptions(columns: [String]? = nil) throws -> SourceOptions {
    var options = SourceOptions(header: noHeader ? false : nil, columns: columns)
    if let delimiter {
      let byte: UInt8?
      switch delimiter {
      case "tab", "\\t", "\t": byte = 0x09
      default: byte = delimiter.utf8.count == 1 ? delimiter.utf8.first : nil
      }
      guard let byte else {
        throw ValidationError("--delimiter takes one character or 'tab', not '\(delimiter)'")
      }
      options.delimiter = byte
    }
    return options
  }

  /// Opens the source through the registry, to load only `columns` when given (nil: every
  /// column); standard input only when data is piped in.
  func open(columns: [String]? = nil) throws -> any TableSource {
    if source == "-" && isatty(STDIN_FILENO) == 1 {
      throw AssayError(
        message: "no data to read: standard input is the terminal",
        hint: "name a file (assay data.csv) or pipe data in (cat data.csv | assay)")
    }
    return try Self.registry.open(source, options: sourceOptions(columns: columns))
  }

  /// Opens and loads the source (only `columns` when given, else every column), showing progress
  /// on standard error when it is a terminal. A column the source lacks is an `AssayError` that
  /// lists the ones it has.
  func loadTable(columns: [String]? = nil) async throws -> Table {
    try await loadSource(columns: columns).table
  }

  /// `loadTable(columns:)` with the seam that computes the source's summaries: the source's own
  /// when it is `Aggregating`, else the loaded table's, in memory.
  func loadSource(columns: [String]? = nil) async throws -> LoadedSource {
    let opened = try open(columns: columns)
    let progress = ProgressLine(enabled: isatty(STDERR_FILENO) == 1)
    var last: Table?
    for try await update in opened.load() {
      last = update.table
      progress.show(update.progress)
    }
    progress.clear()
    guard let last else { throw AssayError(message: "\(opened.displayName): the source produced no table") }
    return LoadedSource(table: last, aggregates: opened as? any Aggregating ?? TableAggregates(last))
  }
}

/// A loaded source: its table, and what computes its summaries.
struct LoadedSource {
  /// The rows loaded.
  let table: Table
  /// The source's own summaries, or the table's.
  let aggregates: any Aggregating
}
