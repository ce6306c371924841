import ArgumentParser
import AssayCharts
import AssayCore
import AssayTerminal
import AssayUI
import Foundation

/// `assay view` (the default): browse a source as a table in the terminal.
struct ViewCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "view",
    abstract: "Browse a source as a table (the default command).",
    discussion: """
      Keys: arrows or h j k l move, PgUp/PgDn page, g/G first/last row, 0/$ first/last column, q quits.
      Rows appear while the rest of a large file loads; Ctrl-C stops the load and keeps what arrived.

      Examples:
        assay sampledata/iris.csv
        assay view sampledata/penguins.csv --theme monochrome
      """)

  @OptionGroup var source: SourceArguments

  @Option(help: "Colour theme: default or monochrome (NO_COLOR selects monochrome).")
  var theme: String?

  /// The theme the options and environment ask for.
  func chosenTheme() throws -> Theme {
    let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    switch theme ?? (noColor ? "monochrome" : "default") {
    case "default": return noColor ? .monochrome : .default
    case "monochrome": return .monochrome
    case let other: throw ValidationError("no theme named '\(other)'; themes are: default, monochrome")
    }
  }

  /// Runs the table view on the main thread, which owns the terminal, and restores the terminal after.
  @MainActor static func browse(_ source: any TableSource, theme: Theme) async throws {
    let terminal = try NcursesTerminal(theme: theme)
    defer { terminal.close() }
    try await TUIApp.run(terminal: terminal, source: source)
  }

  func run() async throws {
    let theme = try chosenTheme()
    try await reportingFailures {
      guard isatty(STDOUT_FILENO) == 1 else {
        throw AssayError(
          message: "the table view needs a terminal on standard output",
          hint: "use 'assay describe' or 'assay chart' to print text")
      }
      let opened = try source.open()
      try await Self.browse(opened, theme: theme)
    }
  }
}
