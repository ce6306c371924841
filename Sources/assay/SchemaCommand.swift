import ArgumentParser
import AssayCore

/// `assay schema`: loads the whole source with types and prints its columns and row count.
struct SchemaCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schema",
    abstract: "Load a source with types and print its row count and each column's name, type and nulls.",
    discussion: """
      Examples:
        assay schema sampledata/penguins.csv
        assay schema sampledata/penguins.csv --columns species,year
      """)

  @OptionGroup var source: SourceArguments

  @Option(help: "Load only these columns, comma-separated (default: every column).")
  var columns: String?

  func run() async throws {
    try await reportingFailures {
      let table = try await source.loadTable(columns: columns?.split(separator: ",").map(String.init))
      var text =
        "\(table.name): \(NumberFormatting.grouped(table.rowCount)) rows, \(table.columns.count) columns\n"
      let width = table.columnNames.map(\.count).max() ?? 0
      let typeWidth = table.columns.map(\.type.rawValue.count).reduce(6, max)
      for column in table.columns {
        let pad = String(repeating: " ", count: max(0, width - column.name.count))
        text += "  \(SafeText.visible(column.name))\(pad)  \(column.type.rawValue.padding(typeWidth))"
        text += "  \(NumberFormatting.grouped(column.nullCount)) nulls\n"
      }
      try StandardOutput.write(text)
    }
  }
}

extension String {
  /// The string padded with spaces on the right to at least `width` characters.
  func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
