import ArgumentParser
import AssayCore
import AssayGrid
import AssayParquet
import AssayTerminal
import AssayUI
import Foundation

/// `assay view` (the default): browse a source as a table in the terminal, or replay a command log headless.
struct ViewCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "view",
    abstract: "Browse a source as a table (the default command).",
    discussion: """
      Keys: arrows or h j k l move, PgUp/PgDn page, g/G first/last row, 0/$ first/last column,
      / search, [ ] sort, = filter, F frequency, I describe, . chart of the column, S scatter,
      R where to store this data, Ctrl-S save, ? every key, q back/quit.
      Rows appear while the rest of a large file loads; Ctrl-C stops the load and keeps what arrived,
      and quits when nothing is running.

      Examples:
        assay sampledata/iris.csv
        assay view sampledata/penguins.csv --theme light
        assay sampledata/iris.csv --record session.tsv
        assay --replay session.tsv sampledata/iris.csv --batch -o result.csv
      """)

  @OptionGroup var source: SourceArguments

  @Option(
    help: "Colour theme: default, light, high-contrast, monochrome, or a .theme file (NO_COLOR: monochrome).")
  var theme: String?

  @Option(help: "A keymap file of 'KEY command-id' lines that rebind keys.")
  var keymap: String?

  @Option(help: "Play this command log (id<TAB>input per line) on the loaded table.")
  var replay: String?

  @Flag(
    help:
      "Run without a terminal: load, play --replay, write the resulting sheet to -o (default: CSV on stdout)."
  )
  var batch = false

  @Option(
    name: [.short, .customLong("output")],
    help: "With --batch: the file to write (.csv, .tsv, .json, .jsonl, .parquet).")
  var output: String?

  @Option(help: "With --batch and a .parquet output: the pages' compression, snappy (default), zstd or none.")
  var compression: ParquetWriter.Compression = .snappy

  @Option(help: "Write the commands run in the session to this file when the view closes.")
  var record: String?

  @Flag(
    inversion: .prefixedNo,
    help:
      "Click to move the cursor, wheel to scroll (--no-mouse leaves the mouse to the terminal's text selection)."
  )
  var mouse = true

  /// The theme the options, config file and environment ask for.
  func chosenTheme(config: UserConfig) throws -> Theme {
    let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    if noColor { return .monochrome }
    return try ThemeLocator.theme(named: theme ?? config.theme ?? Theme.default.name)
  }

  /// The default keymap with the keymap file's bindings applied.
  func chosenKeymap(config: UserConfig) throws -> Keymap {
    let defaultFile = ThemeLocator.configDirectory + "/keymap"
    let path =
      keymap ?? config.keymap ?? (FileManager.default.fileExists(atPath: defaultFile) ? defaultFile : nil)
    guard let path else { return .table }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    return try KeymapFile.apply(text, to: .table, source: path)
  }

  /// Runs the table view on the main thread, which owns the terminal, and restores the terminal after.
  @MainActor func browse(_ opened: OpenedSource, theme: Theme, keymap: Keymap) async throws -> AppState {
    let terminal = try NcursesTerminal(theme: theme, mouse: mouse)
    defer { terminal.close() }
    if let fault = TerminalFault.requested {
      let faulting = FaultingTerminal(terminal, fault: fault)
      return try await TUIApp.session(terminal: faulting, opened: opened, keymap: keymap).state
    }
    return try await TUIApp.session(terminal: terminal, opened: opened, keymap: keymap).state
  }

  func run() async throws {
    try await reportingFailures {
      let config = try UserConfig.load()
      let keymap = try chosenKeymap(config: config)
      if batch {
        try await BatchRun(source: source, replay: replay, output: output, compression: compression).run()
        return
      }
      guard replay == nil, output == nil else {
        throw AssayError(
          message: "--replay and -o need --batch", hint: "add --batch to run without a terminal")
      }
      guard source.filter == nil else {
        throw AssayError(
          message: "--where filters the rows of headless commands and --batch",
          hint: "in the view, = filters the sheet")
      }
      let theme = try chosenTheme(config: config)
      guard isatty(STDOUT_FILENO) == 1 else {
        throw AssayError(
          message: "the table view needs a terminal on standard output",
          hint: "use --batch, 'assay describe' or 'assay chart' to print text")
      }
      let state = try await browse(try source.openAny(), theme: theme, keymap: keymap)
      if let record {
        try AtomicFile.write(to: record) { write in try write(CommandLog.text(state.log)) }
      }
    }
  }
}

extension ParquetWriter.Compression: ExpressibleByArgument {}
