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
  /// A result of about 1,000 rows per row of the Distributed table, hashed on both shards: seconds
  /// of work for each statement of a summary, in blocks of about 0.5 GB (well under the servers'
  /// 4 GB a query; 5,000 rows per row took 6 GB); `marker` tells its statements apart from every
  /// other test's.
  static func slowQuery(_ marker: Int) -> String {
    "SELECT cityHash64(id, n) % 1000 AS h FROM assaytest.numbers ARRAY JOIN range(\(marker)) AS n"
  }

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
    let left = try ClickHouseTestCluster.statementsLeft(holding: "range(1001)")
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
    let left = try ClickHouseTestCluster.statementsLeft(holding: "range(1002)")
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
      Thread.sleep(forTimeInterval: 2)
      signalled = Date()
      kill(process.processIdentifier, signal)
    }
    #expect(Date().timeIntervalSince(signalled) < 10)
    #expect(ran.status == 128 + signal)
    #expect(ran.output == "" && ran.errors == "")
    let left = try ClickHouseTestCluster.statementsLeft(holding: "range(\(marker))")
    #expect(left.isEmpty, "the statement stopped on both servers: \(left)")
  }
}
