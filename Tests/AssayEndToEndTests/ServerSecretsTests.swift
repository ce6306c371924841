import Foundation
import Testing

/// The test servers' real passwords, in locators and in the environment, never appear in anything
/// Assay prints: output, errors, `--explain`, the recorded commands, or the screens of a session
/// that lists a database, opens a table, shows its SQL and runs a query.
@Suite(
  "database passwords are never printed",
  .enabled(
    if: ProcessInfo.processInfo.environment["ASSAY_TEST_POSTGRES"] != nil
      || ProcessInfo.processInfo.environment["ASSAY_TEST_MARIADB"] != nil),
  .serialized)
struct ServerSecretsTests {
  /// Each server's locator with its password, the same locator without it, and the variable that
  /// gives the password instead.
  static let servers: [(locator: String, password: String, bare: String, variable: String)] = [
    ("ASSAY_TEST_POSTGRES", "PGPASSWORD"), ("ASSAY_TEST_MARIADB", "MYSQL_PWD"),
  ].compactMap { name, variable in
    guard let locator = ProcessInfo.processInfo.environment[name],
      let at = locator.firstIndex(of: "@"), let colon = locator[..<at].lastIndex(of: ":")
    else { return nil }
    let password = String(locator[locator.index(after: colon)..<at])
    return (locator, password, String(locator[..<colon] + locator[at...]), variable)
  }

  @Test func commandsSucceedingAndFailingNeverPrintThePassword() throws {
    for server in Self.servers {
      var printed: [String] = []
      let table = server.locator + "?table=iris"
      for arguments in [
        ["ls", server.locator], ["ls", server.locator, "--format", "json"], ["schema", table],
        ["describe", table, "--explain"], ["freq", table, "--column", "species", "--explain"],
        ["chart", "histogram", table, "--column", "sepal_width", "--explain"],
        ["project", "pca", table, "--explain"], ["recommend", table],
        ["describe", server.locator, "--query", "SELECT species FROM iris", "--explain"],
        ["describe", server.locator + "?table=no_such_table"],
        ["describe", server.locator, "--query", "SELEC broken", "--explain"],
        ["describe", server.locator, "--query", "DELETE FROM iris"],
      ] {
        let result = try AssayProcess.run(arguments)
        printed += [result.stdout, result.stderr]
      }
      let fromVariable = try AssayProcess.run(
        ["describe", server.bare + "?table=iris", "--explain"],
        environment: [server.variable: server.password])
      #expect(fromVariable.status == 0, "the password from \(server.variable): \(fromVariable.stderr)")
      printed += [fromVariable.stdout, fromVariable.stderr]
      #expect(printed.contains { $0.contains("setosa") }, "the commands ran")
      for text in printed { #expect(!text.contains(server.password), "\(text)") }
    }
  }

  @Test func aSessionAndItsRecordNeverShowThePassword() throws {
    for server in Self.servers {
      let record = NSTemporaryDirectory() + "assay-server-record-\(getpid()).tsv"
      defer { try? FileManager.default.removeItem(atPath: record) }
      // The locator is read from a file, so the command line typed (which the screen shows) holds
      // no password: whatever shows it was printed by Assay.
      let locatorFile = try temporaryFile(named: "locator", bytes: Array(server.locator.utf8))
      let tmux = try TmuxSession(width: 200, height: 14)
      defer { tmux.close() }
      try tmux.typeLine(
        "clear; '\(AssayProcess.binary)' \"$(cat '\(locatorFile)')\" --record '\(record)'; echo finished")
      var screens: [[String]] = []
      /// Waits for a screen with a line that `matches`, and keeps it.
      func expectScreen(_ what: String, _ matches: @escaping (String) -> Bool) throws {
        let screen = try tmux.waitForScreen { $0.contains(where: matches) }
        #expect(screen.contains(where: matches), "\(what): \(screen)")
        screens.append(screen)
      }
      try expectScreen("the listing") { $0.contains("row 1/") }
      try tmux.press("/")
      try tmux.typeLine("iris")
      try expectScreen("the cursor on iris") { $0.contains("row ") && !$0.contains("row 1/") }
      try tmux.press("Enter")
      try expectScreen("the table") { $0.contains("iris  row 1/150") }
      try tmux.press("E")
      try expectScreen("the SQL sent") { $0.hasPrefix("SELECT * FROM") }
      try tmux.press("q", "Q")
      try tmux.typeLine("SELECT species FROM iris")
      try expectScreen("the query's result") { $0.contains("query  row 1/150") }
      try tmux.press("q", "q", "q")
      try expectScreen("the shell") { $0.hasPrefix("finished") }
      for line in screens.joined() { #expect(!line.contains(server.password), "\(line)") }
      let log = (try? String(contentsOfFile: record, encoding: .utf8)) ?? ""
      #expect(!log.isEmpty && !log.contains(server.password), "\(log)")
    }
  }
}
