import ArgumentParser
import AssayCore
import Foundation

/// The `assay` command: a terminal data explorer; with a source and no subcommand it opens the table view.
struct Assay: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "assay",
    abstract: "Explore, describe and chart tabular data in the terminal.",
    discussion: """
      Sources: a file (CSV/TSV, also .gz; Parquet; JSON or JSON Lines; xlsx;
      SQLite), a folder, a database URL (postgres://, mysql://, mariadb://,
      clickhouse://, sqlite:FILE), an object (s3://, gs://, az://), or - for
      standard input. A loader's own options go in -O key=value or ?key=value.

      Examples:
        assay sampledata/iris.csv                 browse a table
        assay sampledata/                         browse a folder; Enter opens
        assay describe sampledata/penguins.csv    statistics, a row per column
        assay freq sampledata/iris.csv --column species
        assay chart histogram sampledata/iris.csv --column sepal_length
        assay project pca sampledata/iris.csv --color-by species
        assay recommend sampledata/iris.csv       where to store it, and why
        assay ls ~/data --recursive               every file's kind and size
        assay pii customers.csv                   columns holding personal data
        assay anonymize customers.csv --auto -o safe.csv
        assay synth sampledata/penguins.csv -n 1000 -o twin.csv --report
        cat data.csv | assay describe -
      """,
    version: "0.1.0",
    subcommands: [
      ViewCommand.self, DescribeCommand.self, FreqCommand.self, ChartCommand.self, SchemaCommand.self,
      WizardCommand.self, RecommendCommand.self, ProjectCommand.self, LsCommand.self, PiiCommand.self,
      AnonymizeCommand.self, SynthCommand.self,
    ],
    defaultSubcommand: ViewCommand.self
  )
}

/// The entry point. `assay ls …` is run on the main thread, parsed by `LsRequest.parsePlain` when
/// its arguments are written plainly, else by `LsCommand`'s argument parser alone: the argument sets
/// of the root, of `view` and of the completion-script check are never built, and a local folder is
/// listed without starting the concurrency runtime's threads. Arguments `LsCommand` does not accept
/// on its own (help, `--version`, a mistake) and every other command go through `Assay`, which
/// parses, reports and runs them as always (a bare `synth --report` gets its default format first).
@main
enum Entry {
  /// Runs the command the arguments name.
  @MainActor static func main() async {
    let arguments = CommandLine.arguments.dropFirst()
    if arguments.first == "ls" {
      let rest = Array(arguments.dropFirst())
      if let ls = LsRequest.parsePlain(rest) ?? (try? LsCommand.parseAsRoot(rest) as? LsCommand)?.request {
        do {
          try await ls.run()
        } catch {
          Assay.exit(withError: error)
        }
        return
      }
    }
    let given = SynthCommand.reportDefaulted(Array(arguments))
    do {
      var command = try Assay.parseAsRoot(given)
      if var asynchronous = command as? AsyncParsableCommand {
        try await asynchronous.run()
      } else {
        try command.run()
      }
    } catch {
      fail(with: error, arguments: given)
    }
  }

  /// Ends the process for `error`: a mistake in the arguments as one line on standard error that
  /// says where help is (`assay: Missing value for '--seed <seed>' — see 'assay synth --help'`),
  /// where ArgumentParser prints it with the usage and a help line; help, `--version` and a
  /// command's own failure (already told) as ArgumentParser ends them.
  static func fail(with error: Error, arguments: [String]) -> Never {
    let message = Assay.message(for: error)
    guard Assay.exitCode(for: error) == .validationFailure, !message.isEmpty else {
      Assay.exit(withError: error)
    }
    // The (sub)commands the arguments start with: `chart box`.
    var command = ""
    var commands = Assay.configuration.subcommands
    for argument in arguments {
      guard let named = commands.first(where: { $0._commandName == argument }) else { break }
      command += " " + argument
      commands = named.configuration.subcommands
    }
    let line = message.split(whereSeparator: \.isNewline).joined(separator: " ")
    FileHandle.standardError.write(
      Data("assay: \(SafeText.visible(line)) — see 'assay\(command) --help'\n".utf8))
    Assay.exit(withError: ExitCode.validationFailure)
  }
}
