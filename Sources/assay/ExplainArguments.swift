import ArgumentParser
import AssayCore
import AssaySQL
import Foundation

/// `--explain`: the SQL a command sent to a database, printed on standard error after its
/// output (or before its error), so standard output holds the same result with or without it.
struct ExplainArguments: ParsableArguments {
  @Flag(help: "Print the SQL sent to a database source on standard error, with the rows each returned.")
  var explain = false

  /// Prints the statements `loaded` sent, when asked; says so when the source is no database.
  func report(_ loaded: LoadedSource) { report(loaded.statements, of: loaded.table.name) }

  /// Prints the statements in `log`, sent for the source named `name`, when asked.
  func report(_ log: SQLLog?, of name: String) {
    guard explain else { return }
    let text =
      log.map { log in
        "-- SQL sent to \(name): \(log.statements.count) statement\(log.statements.count == 1 ? "" : "s")\n"
          + log.explanation
      } ?? "-- no SQL sent: \(name) is not a database\n"
    FileHandle.standardError.write(Data(text.utf8))
  }
}
