import ArgumentParser
import AssayAnalysis
import AssayCore
import AssayOffice
import AssaySQL
import Foundation

/// The source argument and the options about how to read it, shared by every subcommand.
struct SourceArguments: ParsableArguments {
  @Argument(
    help:
      "The data to open: a file (CSV/TSV, also .gz; Parquet; JSON or JSON Lines; xlsx; SQLite), a folder of Parquet files, a database URL (postgres://, mysql://, mariadb://, clickhouse://, sqlite:FILE), an object (s3://, gs://, az://), or - for standard input."
  )
  var source: String = "-"

  @Flag(help: "The first row is data, not column names (columns are named column1, column2, ...).")
  var noHeader = false

  @Option(help: "Field delimiter: one character, or 'tab' (default: detected).")
  var delimiter: String?

  @Flag(
    help: "Read dates like 01/02/2024 day first when no value of the column decides (default: month first).")
  var dayfirst = false

  @Option(
    help: ArgumentHelp(
      "Read a column's dates in a strftime-style format (%Y %y %m %d %j %H %M %S %f %b %B %z), repeatable.",
      valueName: "column=format"))
  var dateFormat: [String] = []

  @Option(
    help: ArgumentHelp(
      "Read a column of numbers as Unix time in seconds (or milliseconds with =ms; a fraction to the microsecond), repeatable.",
      valueName: "column[=ms]"))
  var epoch: [String] = []

  @Option(
    help:
      "Show timestamps written with a zone (or Unix time) in UTC or at a fixed offset (+05:30; a negative one as --tz=-05:00)."
  )
  var tz: String?

  @Flag(
    help:
      "Refuse a row whose field count differs from the header's, at its line and field (default: short rows are padded with nulls, long rows' extra fields go to _extra columns, with a warning)."
  )
  var strict = false

  @Option(
    help: ArgumentHelp(
      "Skip lines starting with this marker (e.g. '#'); 'none' stops Assay proposing one when such lines break the rows.",
      valueName: "marker"))
  var comment: String?

  @Option(
    help: ArgumentHelp(
      "Skip the first N lines (titles, notes); by default lines above the rows that do not fit them are skipped with a warning.",
      valueName: "N"))
  var skip: Int?

  @Option(
    help: ArgumentHelp("The header is on line N (1-based); the lines above it are skipped.", valueName: "N"))
  var headerRow: Int?

  @Option(
    help: ArgumentHelp(
      "Read a CSV file in this encoding: latin1, utf16le or utf16be (UTF-16 with a byte order mark is found by itself).",
      valueName: "name"))
  var encoding: String?

  @Option(help: ArgumentHelp("The character that quotes fields (default \").", valueName: "char"))
  var quote: String?

  @Option(
    help: ArgumentHelp(
      "The character that makes the next one literal inside a quoted field, e.g. '\\'.", valueName: "char"))
  var escape: String?

  @Option(
    help: ArgumentHelp(
      "The decimal mark of numbers: ',' reads 1.234,5 as 1234.5 (default: found in a ;-delimited file), '.' never.",
      valueName: "mark"))
  var decimal: String?

  @Option(
    name: .customLong("null"),
    help: ArgumentHelp(
      "The texts read as null, comma-separated, instead of NA,N/A,NaN,nan,null,NULL,None,- (the empty field always is).",
      valueName: "texts"))
  var nullTexts: String?

  @Option(help: "A database's table or view to open, as name or schema.name (also ?table= on the locator).")
  var table: String?

  @Option(
    help: "A read-only SELECT to run on a database; its result is the table (also ?query= on the locator).")
  var query: String?

  @Option(
    name: [.customShort("O"), .customLong("option")],
    help: ArgumentHelp(
      "An option of the source's loader, as key=value (repeatable); also ?key=value on a URL. \(LoaderRegistry.optionHelp).",
      valueName: "key=value"))
  var option: [String] = []

  @Option(
    name: .customLong("where"),
    help: ArgumentHelp(
      "Keep only the rows where this holds, e.g. \"x > 50 and category == 'books'\"; a Parquet file skips the row groups its statistics rule out.",
      valueName: "filter"))
  var filter: String?

  @OptionGroup var store: StoreArguments

  /// The options as the loaders take them, loading only `columns` when given (nil: every column).
  func sourceOptions(columns: [String]? = nil) throws -> SourceOptions {
    // A filter may name columns the command does not use: every column is read, and the filter's
    // result narrowed to `columns` (see `load`).
    var options = SourceOptions(header: noHeader ? false : nil, columns: filter == nil ? columns : nil)
    options.filter = filter
    if let delimiter {
      guard let byte = SourceOptions.delimiter(named: delimiter) else {
        throw ValidationError("--delimiter takes one character or 'tab', not '\(delimiter)'")
      }
      options.delimiter = byte
    }
    for pair in option {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      guard parts.count == 2, !parts[0].isEmpty else {
        throw ValidationError("--option takes key=value, not '\(pair)'")
      }
      options.named[String(parts[0])] = String(parts[1])
    }
    store.apply(to: &options)
    if let table { options.named["table"] = table }
    if let query { options.named["query"] = query }
    if dayfirst { options.named["dayfirst"] = "yes" }
    if let tz { options.named["tz"] = tz }
    if !dateFormat.isEmpty { options.named["date-format"] = dateFormat.joined(separator: ";") }
    if !epoch.isEmpty { options.named["epoch"] = epoch.joined(separator: ";") }
    if strict { options.named["strict"] = "yes" }
    if let comment { options.named["comment"] = comment }
    if let skip { options.named["skip"] = String(skip) }
    if let headerRow { options.named["header-row"] = String(headerRow) }
    if let encoding { options.named["encoding"] = encoding }
    if let nullTexts { options.named["null"] = nullTexts }
    if let decimal { options.named["decimal"] = decimal }
    if let quote { options.named["quote"] = quote }
    if let escape { options.named["escape"] = escape }
    return options
  }

  /// Opens the source through the registry, as a table or a collection (a folder); standard input
  /// only when data is piped in.
  func openAny(columns: [String]? = nil) throws -> OpenedSource {
    if source == "-" && isatty(STDIN_FILENO) == 1 {
      throw AssayError(
        message: "no data to read: standard input is the terminal",
        hint: "name a file (assay data.csv) or pipe data in (cat data.csv | assay)")
    }
    return try LoaderRegistry.standard.open(source, options: sourceOptions(columns: columns))
  }

  /// Opens the source as a table, to load only `columns` when given (nil: every column); a folder
  /// is an `AssayError` pointing at `assay ls`.
  func open(columns: [String]? = nil) throws -> any TableSource {
    switch try openAny(columns: columns) {
    case .table(let table): return table
    case .collection(let workbook as WorkbookSource):
      return try workbook.soleSheet(options: sourceOptions(columns: columns))
    case .collection(let collection as any Querying):
      throw AssayError(
        message: "\(collection.displayName): a database, not a table",
        hint: "name one with --table (assay ls \(collection.displayName) lists them), or give --query")
    case .collection(let collection):
      throw AssayError(
        message: "\(collection.displayName): a folder, not a table",
        hint: "list it with assay ls \(collection.displayName), or name a file in it")
    }
  }

  /// Opens and loads the source (only `columns` when given, else every column), showing progress
  /// on standard error when it is a terminal. A column the source lacks is an `AssayError` that
  /// lists the ones it has.
  func loadTable(columns: [String]? = nil) async throws -> Table {
    try await loadSource(columns: columns).table
  }

  /// `loadTable(columns:)` with the seam that computes the source's summaries: the source's own
  /// when it is `Aggregating`, else the loaded table's, in memory. A database table's rows are
  /// read only when `rowsNeeded` says so of its columns (typed, without rows); otherwise the
  /// loaded table has no rows and every summary comes from the engine.
  /// With `printingWarnings` false, the loader's warnings are only in `LoadedSource.warnings`, for
  /// the command to print or fold into its error.
  func loadSource(
    columns: [String]? = nil, rowsNeeded: (Table) -> Bool = { _ in true }, printingWarnings: Bool = true
  ) async throws -> LoadedSource {
    try await Self.load(
      try open(columns: columns), rowsNeeded: rowsNeeded, filter: filter, columns: columns,
      printingWarnings: printingWarnings)
  }

  /// A database table with `filter` in its SQL; any other source as it is (filtered once loaded).
  static func filtered(_ source: any TableSource, by filter: String?) throws -> any TableSource {
    guard let filter, let database = source as? DatabaseTable else { return source }
    let all = try database.aggregates.columnsOnly()
    let expression = try FilterExpression.parse(filter, for: all)
    return try database.filtered(by: expression, columns: all.columns, text: filter)
  }

  /// Loads an opened table source, showing progress on standard error when it is a terminal; a
  /// database table only as far as `rowsNeeded` asks (see `loadSource`).
  /// With `filter`, only the rows where it holds are kept (a database filters them in its SQL), and
  /// only `columns` when given. The loader's warnings go to standard error unless `printingWarnings`
  /// is false (they are in `LoadedSource.warnings` either way).
  static func load(
    _ source: any TableSource, rowsNeeded: (Table) -> Bool = { _ in true }, filter: String? = nil,
    columns: [String]? = nil, printingWarnings: Bool = true
  ) async throws -> LoadedSource {
    let opened = try filtered(source, by: filter)
    let database = opened as? DatabaseTable
    if let database {
      let columnsOnly = try database.aggregates.columnsOnly()
      if !rowsNeeded(columnsOnly) {
        return LoadedSource(
          table: columnsOnly, aggregates: database, statements: database.log, hasRows: false)
      }
    }
    let progress = ProgressLine(enabled: isatty(STDERR_FILENO) == 1)
    var last: Table?
    var (warnings, nullTexts): ([String], [String: [String]]) = ([], [:])
    do {
      defer { progress.clear() }  // also before an error's line
      for try await update in opened.load() {
        last = update.table
        (warnings, nullTexts) = (update.progress.warnings, update.progress.nullTexts)
        progress.show(update.progress)
      }
    }
    let warningLines = warnings.map { "\(opened.displayName): \($0)" }
    if printingWarnings { LoadedSource.print(warningLines) }
    guard var last else { throw AssayError(message: "\(opened.displayName): the source produced no table") }
    if let filter, database == nil {
      last = last.gathering(rows: try FilterExpression.parse(filter, for: last).rows(in: last))
      if let columns {
        if let missing = columns.first(where: { last.column(named: $0) == nil }) {
          throw AssayError(
            message: "\(last.name): no column '\(missing)'",
            hint: "its columns: \(last.columnNames.joined(separator: ", "))")
        }
        last = Table(name: last.name, columns: last.columns.filter { columns.contains($0.name) })
      }
      return LoadedSource(
        table: last, aggregates: TableAggregates(last), statements: nil, hasRows: true, nullTexts: nullTexts,
        warnings: warningLines)
    }
    return LoadedSource(
      table: last, aggregates: opened as? any Aggregating ?? TableAggregates(last), statements: database?.log,
      hasRows: true, nullTexts: nullTexts, warnings: warningLines)
  }
}

/// A loaded source: its table, and what computes its summaries.
struct LoadedSource {
  /// The rows loaded.
  let table: Table
  /// The source's own summaries, or the table's.
  let aggregates: any Aggregating
  /// The statements sent to a database source (nil for other sources).
  var statements: SQLLog? = nil
  /// False when `table` holds only the source's columns, its summaries asked of `aggregates`.
  var hasRows = true
  /// The texts read as nulls besides the empty field, by column (see `LoadProgress.nullTexts`).
  var nullTexts: [String: [String]] = [:]
  /// The loader's warnings, each after the source's name (`data.csv: 3 short rows padded`).
  var warnings: [String] = []

  /// Writes warnings on standard error, a line each.
  static func print(_ warnings: [String]) {
    for warning in warnings { FileHandle.standardError.write(Data("assay: \(warning)\n".utf8)) }
  }
}
