import AssayCore
import AssaySQL
import AssayTestSupport
import Foundation
import Testing

@testable import AssayClickHouse

/// Stopping a summary stops its statement on every server of the cluster (`KILL QUERY` for its
/// id), whether the summary was handed its monitor (describe), runs under one (a chart's
/// histogram in a UI job), or is a headless command that Ctrl-C or SIGTERM ends.
@Suite(.enabled(if: ClickHouseTestCluster.isRunning), .serialized) struct ClickHouseSummaryStopTests {
  /// A statement that sleeps 1.6 s in each block of 8,192 rows, one thread per server: about
  /// 100 s on each shard before it would end, on any load, using neither CPU nor memory, and
  /// stopping within a block once told; `marker` tells its statements apart from every other
  /// test's (`intDiv(id, marker)` is in the text each shard runs).
  static func slowQuery(_ marker: Int) -> String {
    "SELECT \(fragment(marker)) + sleepEachRow(0.0002) AS h FROM assaytest.numbers"
      + " SETTINGS max_block_size = 8192, max_threads = 1"
  }

  /// The part of `slowQuery(marker)` that names it on every server.
  static func fragment(_ marker: Int) -> String { "intDiv(id, \(marker))" }

  /// The summaries of `slowQuery(marker)`.
  static func slowSummaries(_ marker: Int) throws -> SQLAggregates {
    DatabaseTable(server: try ClickHouseTestCluster.server(), reference: .query(slowQuery(marker))).aggregates
  }

  /// Stops `monitor` after `seconds`, from another thread.
  static func stop(_ monitor: WorkMonitor, after seconds: Double) {
    Thread.detachNewThread {
      Thread.sleep(forTimeInterval: seconds)
      monitor.stop()
    }
  }

  @Test func stoppingADescribeStopsItsStatementOnTheCluster() throws {
    let summaries = try Self.slowSummaries(1001)
    let monitor = WorkMonitor()
    Self.stop(monitor, after: 1.5)
    let started = Date()
    #expect(throws: CancellationError.self) { try summaries.describe(columns: nil, monitor: monitor) }
    #expect(Date().timeIntervalSince(started) < 10)
    let left = try ClickHouseTestCluster.statementsLeft(holding: Self.fragment(1001))
    #expect(left.isEmpty, "the statement stopped on both servers: \(left)")
  }

  /// A chart's summaries are handed no monitor: the one of the work they run in stops them.
  @Test func stoppingTheWorkAHistogramRunsInStopsItsStatement() throws {
    let summaries = try Self.slowSummaries(1002)
    let monitor = WorkMonitor()
    Self.stop(monitor, after: 1.5)
    let started = Date()
    #expect(throws: CancellationError.self) {
      try WorkMonitor.$current.withValue(monitor) { try summaries.histogram(column: "h", rule: .count(10)) }
    }
    #expect(Date().timeIntervalSince(started) < 10)
    let left = try ClickHouseTestCluster.statementsLeft(holding: Self.fragment(1002))
    #expect(left.isEmpty, "the statement stopped on both servers: \(left)")
  }

  /// `assay describe` ended by SIGINT (Ctrl-C) or SIGTERM stops its statement before it exits,
  /// with status 128 + the signal, and prints nothing.
  @Test(.enabled(if: AssayBinary.isBuilt), arguments: [SIGINT, SIGTERM])
  func aSignalStopsAHeadlessDescribeAndItsStatement(signal: Int32) throws {
    let marker = 1003 + Int(signal)
    var signalled = Date()
    let ran = try AssayBinary.run(
      ["describe", ClickHouseTestCluster.locator ?? "", "--query", Self.slowQuery(marker)]
    ) { process in
      // Signalled once its summary runs on the cluster (before, the signal ends it by default).
      let reached = try? ClickHouseTestCluster.statementReachesSecondShard(holding: Self.fragment(marker))
      #expect(reached == true, "the statement ran on the second shard before the signal")
      signalled = Date()
      kill(process.processIdentifier, signal)
    }
    #expect(Date().timeIntervalSince(signalled) < 10)
    #expect(ran.status == 128 + signal)
    #expect(ran.output == "" && ran.errors == "")
    let left = try ClickHouseTestCluster.statementsLeft(holding: Self.fragment(marker))
    #expect(left.isEmpty, "the statement stopped on both servers: \(left)")
  }
}
