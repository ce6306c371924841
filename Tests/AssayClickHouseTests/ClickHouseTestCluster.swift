import AssayCore
import AssaySQL
import Foundation

@testable import AssayClickHouse

/// The two-shard cluster `scripts/servers/clickhouse.sh` starts, when `ASSAY_TEST_CLICKHOUSE` names it.
enum ClickHouseTestCluster {
  /// `clickhouse://assay:PASSWORD@127.0.0.1:PORT/assaytest`, or nil when no cluster runs.
  static let locator = ProcessInfo.processInfo.environment["ASSAY_TEST_CLICKHOUSE"]
  /// The second shard's HTTP address.
  static let secondShard = ProcessInfo.processInfo.environment["ASSAY_TEST_CLICKHOUSE_SHARD2"] ?? ""

  /// True when the tests that need the cluster can run.
  static var isRunning: Bool { locator != nil }

  /// The first server, with the test database, its options `named`.
  static func server(_ named: [String: String] = [:]) throws -> ClickHouseServer {
    try ClickHouseServer(
      endpoint: ClickHouseEndpoint(
        locator: SourceLocator(locator ?? ""), options: SourceOptions(named: named), environment: [:]))
  }

  /// A sheet of table `name` on the cluster.
  static func table(_ name: String) throws -> DatabaseTable {
    DatabaseTable(server: try server(), reference: .named(name))
  }

  /// The first server's HTTP address.
  static var firstServer: String {
    "http://" + (locator ?? "").split(separator: "@").last!.split(separator: "/")[0]
  }

  /// The rows of `sql` run on the second shard by its own `default` account (which may write and
  /// read the system tables), as TabSeparated lines of fields.
  static func onSecondShard(_ sql: String) throws -> [[String]] { try onServer(secondShard, sql) }

  /// The rows of `sql` run on the server at `address` by its `default` account.
  static func onServer(_ address: String, _ sql: String) throws -> [[String]] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
    process.arguments = ["-s", "--fail-with-body", address + "/", "--data-binary", sql]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    guard process.terminationStatus == 0 else { throw AssayError(message: "\(address): \(text)") }
    return text.split(separator: "\n").map {
      $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }
  }

  /// The ids of the statements still running on either server whose text holds `fragment`,
  /// asked every 0.1 s until none is left or `seconds` have passed.
  static func statementsLeft(holding fragment: String, within seconds: Double = 5) throws -> [[String]] {
    try statements(holding: fragment, within: seconds) { $0.isEmpty }
  }

  /// Whether a statement whose text holds `fragment` runs on the second shard within `seconds`.
  static func statementReachesSecondShard(holding fragment: String, within seconds: Double = 10) throws
    -> Bool
  {
    try !statements(holding: fragment, onBoth: false, within: seconds) { !$0.isEmpty }.isEmpty
  }

  /// The ids of the statements running on the second shard (and the first, `onBoth`) whose text
  /// holds `fragment`, asked every 0.1 s until `done` holds for them or `seconds` have passed.
  private static func statements(
    holding fragment: String, onBoth: Bool = true, within seconds: Double, until done: ([[String]]) -> Bool
  ) throws -> [[String]] {
    let running =
      "SELECT query_id FROM system.processes WHERE query LIKE '%\(fragment)%' AND query NOT LIKE '%system.processes%'"
    let deadline = Date().addingTimeInterval(seconds)
    while true {
      let found = try (onBoth ? onServer(firstServer, running) : []) + onSecondShard(running)
      if done(found) || Date() > deadline { return found }
      Thread.sleep(forTimeInterval: 0.1)
    }
  }

  /// Runs `body` on a thread of its own, as Assay's workers call a session.
  static func onThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
      Thread.detachNewThread { continuation.resume(with: Result { try body() }) }
    }
  }
}
