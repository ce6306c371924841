import Foundation
import Testing

@Suite(
  "browsing a ClickHouse cluster in a real terminal",
  .enabled(if: ProcessInfo.processInfo.environment["ASSAY_TEST_CLICKHOUSE"] != nil), .serialized)
struct ClickHouseSessionTests {
  static let locator = ProcessInfo.processInfo.environment["ASSAY_TEST_CLICKHOUSE"] ?? ""
  static let password = String(locator.split(separator: "@")[0].split(separator: ":").last ?? "")
  static let secondShard = ProcessInfo.processInfo.environment["ASSAY_TEST_CLICKHOUSE_SHARD2"] ?? ""

  /// The second shard's running parts of statements that hash (the slow query below).
  static func hashingOnTheSecondShard() throws -> String {
    let result = try AssayProcess.run(
      [
        "-s", secondShard + "/", "--data-binary",
        "SELECT query_id FROM system.processes WHERE is_initial_query = 0 AND query LIKE '%cityHash64%'",
      ], executable: "/usr/bin/curl")
    return result.stdout
  }

  /// Waits for a screen line holding `text`, and fails when none comes.
  @discardableResult
  func expectLine(
    _ tmux: TmuxSession, containing text: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> [String] {
    let screen = try tmux.waitForScreen { $0.contains { $0.contains(text) } }
    #expect(screen.contains { $0.contains(text) }, "\(text) in \(screen)", sourceLocation: sourceLocation)
    return screen
  }

  /// The listing shows engines, Enter opens the Distributed iris, a write and a syntax error are
  /// one line on the status line (no password) with the session still up, and Ctrl-C on a slow
  /// query stops it on the cluster's shards.
  @Test func theClusterIsBrowsedItsErrorsAreOneLineAndCtrlCStopsTheShards() throws {
    let tmux = try TmuxSession(width: 110, height: 14)
    defer { tmux.close() }
    try tmux.typeLine("'\(AssayProcess.binary)' '\(Self.locator)'; echo \"exit=$?\"")
    let listing = try expectLine(tmux, containing: "row 1/8")
    #expect(
      listing.contains { $0.hasPrefix("assaytest.numbers ") && $0.hasSuffix("1000000      Distributed") })
    #expect(!listing.joined().contains(Self.password))

    try tmux.press("j", "j", "Enter")
    let iris = try expectLine(tmux, containing: "› assaytest.iris  row 1/150")
    #expect(iris[0].hasPrefix("sepal_length sepal_width petal_length petal_width species"), "\(iris)")

    try tmux.press("Q")
    try tmux.typeLine("INSERT INTO iris_local SELECT * FROM iris_local")
    // A refused or mistaken query leaves the sheet it was typed on, its error on the status line.
    let refused = try expectLine(tmux, containing: "readonly mode")
    #expect(
      refused.contains {
        $0.hasPrefix("row 1/150") && $0.contains("Cannot insert into table in readonly mode")
      },
      "\(refused)")
    #expect(!refused.joined().contains(Self.password))

    // The prompt opens holding the query that failed, to correct it: Ctrl-U clears it.
    try tmux.press("Q", "C-u")
    try tmux.typeLine("SELEC 1")
    try expectLine(tmux, containing: "Syntax error: failed at position 1")

    try tmux.press("Q", "C-u")
    try tmux.typeLine(
      "SELECT sum(cityHash64(id, n)) AS s FROM numbers ARRAY JOIN range(5000) AS n SETTINGS max_block_size = 100"
    )
    try expectLine(tmux, containing: "loading")
    var running = ""
    for _ in 0..<50 where running.isEmpty {
      running = try Self.hashingOnTheSecondShard()
      Thread.sleep(forTimeInterval: 0.1)
    }
    #expect(!running.isEmpty, "the second shard runs its part of the query")
    try tmux.press("C-c")
    try expectLine(tmux, containing: "load stopped at 0 rows")
    var left = running
    for _ in 0..<50 where !left.isEmpty {
      Thread.sleep(forTimeInterval: 0.1)
      left = try Self.hashingOnTheSecondShard()
    }
    #expect(left.isEmpty, "Ctrl-C stopped the query on the shards: \(left)")

    try tmux.press("q", "q")
    try expectLine(tmux, containing: "row 3/8")
    try tmux.press("q")
    try expectLine(tmux, containing: "exit=0")
  }
}
