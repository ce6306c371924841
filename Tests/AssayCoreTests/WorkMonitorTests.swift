import AssayTestSupport
import Testing

@testable import AssayCore

/// A stopped monitor ends sort, gather, filter and regex work early: the rows they report done
/// stay short of the whole.
@Suite struct WorkMonitorTests {
  /// A table of `rows` rows: an int column counting down and a text column.
  static func table(rows: Int) -> Table {
    let ints = ColumnChunk(values: .int((0..<rows).map { Int64(rows - $0) }), validity: nil)
    var bytes: [UInt8] = []
    var offsets: [UInt32] = [0]
    for row in 0..<rows {
      bytes.append(contentsOf: "r\(row % 97)".utf8)
      offsets.append(UInt32(bytes.count))
    }
    let texts = ColumnChunk(values: .string(.packed(bytes: bytes, offsets: offsets)), validity: nil)
    return Table(
      name: "t",
      columns: [
        Column(name: "n", type: .int, chunks: [ints]), Column(name: "s", type: .string, chunks: [texts]),
      ])
  }

  /// A monitor that stops itself the first time work is reported.
  static func stoppingAtFirstReport() -> WorkMonitor {
    WorkMonitor { $0.stop() }
  }

  @Test func sortingByTwoKeysStopsAfterTheFirstKey() {
    let table = Self.table(rows: 200_000)
    let monitor = Self.stoppingAtFirstReport()
    #expect(throws: CancellationError.self) {
      try TableSort.order(table, by: [SortKey(column: 1), SortKey(column: 0)], monitor: monitor)
    }
    #expect(monitor.rowsDone == 200_000, "one key of two sorted")
  }

  @Test func gatheringStopsBeforeEveryChunkIsGathered() {
    let rows = 3 * Table.gatherChunkRows
    let table = Table(
      name: "t",
      columns: [
        Column(
          name: "n", type: .int,
          chunks: [ColumnChunk(values: .int(Array(repeating: 7, count: rows)), validity: nil)])
      ]
    )
    let monitor = Self.stoppingAtFirstReport()
    #expect(throws: CancellationError.self) {
      try table.gathering(rows: Array((0..<rows).reversed()), monitor: monitor)
    }
    #expect(monitor.rowsDone > 0)
    #expect(monitor.rowsDone < rows, "at most the pieces already started are gathered")
  }

  @Test func filteringStopsAfterTheFirstComparison() throws {
    let table = Self.table(rows: 100_000)
    let expression = try FilterExpression.parse("n > 5 and s == \"r3\"", for: table)
    #expect(expression.comparisonCount == 2)
    let monitor = Self.stoppingAtFirstReport()
    #expect(throws: CancellationError.self) { try expression.rows(in: table, monitor: monitor) }
    #expect(monitor.rowsDone == 100_000, "one comparison of two evaluated")
    let unstopped = WorkMonitor()
    #expect(try expression.rows(in: table, monitor: unstopped).count == 1031)
    #expect(unstopped.rowsDone == 200_000)
  }

  @Test func aStoppedMonitorEndsARegexScanAtItsFirstCheck() throws {
    let monitor = WorkMonitor()
    monitor.stop()
    #expect(throws: CancellationError.self) {
      try PatternMatcher(pattern: "r1").mask(Self.table(rows: 1000).columns[1], monitor: monitor)
    }
  }

  /// Work that waits on something else is stopped by the action it registered: once, while it
  /// runs; never after it ended; and work asked for after the stop does not start at all.
  @Test func aStopRunsTheActionOfTheWorkWaitedOn() throws {
    let stops = Counter()
    let monitor = WorkMonitor()
    try monitor.whileRunning(stopping: { stops.add() }) {
      monitor.stop()
      monitor.stop()
    }
    #expect(stops.value == 1)
    let started = Counter()
    #expect(throws: CancellationError.self) {
      try monitor.whileRunning(stopping: { stops.add() }) { started.add() }
    }
    #expect(started.value == 0 && stops.value == 1, "stopped before it began: not begun")
    let later = WorkMonitor()
    try later.whileRunning(stopping: { stops.add() }) {}
    later.stop()
    #expect(stops.value == 1, "an ended work's action is not run")
  }

  @Test func progressIsTheShareOfExpectedRowsDone() {
    let monitor = WorkMonitor()
    #expect(monitor.fractionDone == nil)
    monitor.expect(rows: 400)
    #expect(monitor.advance(rows: 100))
    #expect(monitor.fractionDone == 0.25)
    monitor.stop()
    #expect(!monitor.advance(rows: 500))
    #expect(monitor.fractionDone == 1)
  }
}
