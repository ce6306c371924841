import ArgumentParser
import AssayCore
import AssaySQL
import Foundation

/// `assay schema`: the source's row count and its columns' names, types and nulls — from a
/// Parquet footer's statistics without reading rows; from a database's rows read page by page,
/// none kept; else by loading the source with types.
struct SchemaCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schema",
    abstract: "Print a source's row count and each column's name, type and nulls.",
    discussion: """
      Examples:
        assay schema sampledata/penguins.csv
        assay schema sampledata/penguins.csv --columns species,year
        assay schema events.parquet             (from the footer: no row is read)
        assay schema events.parquet --read-all  (reads every page)
        assay schema sampledata/iris.csv --format csv   (column,type,rows,nulls)
        assay schema postgres://me@db.example.com/shop --table orders --explain
                                                (rows read page by page, none kept)
      """)

  @OptionGroup var source: SourceArguments
  @OptionGroup var output: OutputArguments
  @OptionGroup var explain: ExplainArguments

  @Option(
    help:
      "Output format: text (the counts, then a line per column), csv, tsv, json or jsonl (a row per column).")
  var format: SheetFormat = .text

  @Option(help: "Load only these columns, comma-separated (default: every column).")
  var columns: String?

  @Flag(help: "Read every row even when a Parquet footer tells the schema: checks that the whole file reads.")
  var readAll = false

  func run() async throws {
    try await reportingFailures {
      let wanted = columns?.split(separator: ",").map(String.init)
      let opened = try source.open(columns: wanted)
      if source.filter == nil, !readAll, let answering = opened as? any SchemaAnswering {
        try print(try await Self.schema(of: answering, reopening: source))
        explain.report(nil, of: answering.displayName)
        return
      }
      if let database = try SourceArguments.filtered(opened, by: source.filter) as? DatabaseTable {
        defer { explain.report(database.log, of: database.displayName) }  // also when the scan fails
        try print(Self.schema(scanning: database))
        return
      }
      let loaded = try await SourceArguments.load(opened, filter: source.filter, columns: wanted)
      let table = loaded.table
      try print(
        PrintedSchema(
          name: table.name, rows: table.rowCount,
          columns: table.columns.map { ($0.name, $0.type, $0.nullCount) }))
      explain.report(loaded)
    }
  }

  /// Writes the schema in the chosen format.
  private func print(_ schema: PrintedSchema) throws {
    if format == .text { return try output.emit(schema.text) }
    try output.emitSheet(schema.sheet, format: format)
  }

  /// The schema of a database table, view or query, its rows read page by page and none kept,
  /// with the rows read so far on standard error when it is a terminal.
  static func schema(scanning database: DatabaseTable) throws -> PrintedSchema {
    let progress = ProgressLine(enabled: isatty(STDERR_FILENO) == 1)
    defer { progress.clear() }  // also before an error's line
    let schema = try database.scannedSchema { rows in
      progress.show(LoadProgress(bytesRead: 0, totalBytes: nil, rows: rows, finished: false))
    }
    return PrintedSchema(
      name: database.displayName, rows: schema.rows,
      columns: schema.columns.map { ($0.name, $0.type, $0.nulls ?? 0) })
  }

  /// The schema of a source whose metadata tells it: only the columns whose nulls it does not
  /// count are loaded (reopened through `arguments`).
  static func schema(of answering: any SchemaAnswering, reopening arguments: SourceArguments) async throws
    -> PrintedSchema
  {
    let schema = answering.metadataSchema()
    var nulls = schema.columns.map(\.nulls)
    let uncounted = schema.columns.filter { $0.nulls == nil }.map(\.name)
    if !uncounted.isEmpty {
      let loaded = try await SourceArguments.load(try arguments.open(columns: uncounted)).table
      for (k, entry) in schema.columns.enumerated() where nulls[k] == nil {
        nulls[k] = loaded.column(named: entry.name)?.nullCount
      }
    }
    return PrintedSchema(
      name: answering.displayName, rows: schema.rows,
      columns: schema.columns.indices.map {
        (schema.columns[$0].name, schema.columns[$0].type, nulls[$0] ?? 0)
      })
  }

}

/// A source's schema as `assay schema` prints it: its name and rows, and each column's name,
/// type and nulls.
struct PrintedSchema {
  /// The source's name.
  let name: String
  /// Its rows.
  let rows: Int
  /// Its columns.
  let columns: [(name: String, type: ColumnType, nulls: Int)]

  /// The row and column counts, then each column's name, type and nulls.
  var text: String {
    var text = SafeText.visible(name) + ": "
    text += "\(NumberFormatting.counted(rows, "row")), \(NumberFormatting.counted(columns.count, "column"))\n"
    let width = columns.map(\.name.count).max() ?? 0
    let typeWidth = columns.map(\.type.rawValue.count).reduce(6, max)
    for column in columns {
      let pad = String(repeating: " ", count: max(0, width - column.name.count))
      text += "  \(SafeText.visible(column.name))\(pad)  \(column.type.rawValue.padding(typeWidth))"
      text += "  \(NumberFormatting.grouped(column.nulls)) nulls\n"
    }
    return text
  }

  /// A row per column: column, type, rows (the source's) and nulls.
  var sheet: Table {
    Table(
      name: "schema \(name)",
      columns: [
        Column(name: "column", type: .string, values: columns.map { .string($0.name) }),
        Column(name: "type", type: .string, values: columns.map { .string($0.type.rawValue) }),
        Column(name: "rows", type: .int, values: columns.map { _ in .int(Int64(rows)) }),
        Column(name: "nulls", type: .int, values: columns.map { .int(Int64($0.nulls)) }),
      ])
  }
}

extension String {
  /// The string padded with spaces on the right to at least `width` characters.
  func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
