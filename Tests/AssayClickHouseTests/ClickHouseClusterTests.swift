import AssayAnalysis
import AssayCSV
import AssayCore
import AssayPostgres
import AssaySQL
import AssayTestSupport
import Foundation
import Testing

@testable import AssayClickHouse

/// Summaries of a Distributed table are computed on the cluster's shards and agree with the same
/// data read from CSV and from PostgreSQL; the rows of its tables filter, sort and page as Assay
/// does in memory.
@Suite(.enabled(if: ClickHouseTestCluster.isRunning), .serialized) struct ClickHouseClusterTests {
  /// Iris, from the repository's sample file.
  static func irisFromCSV() async throws -> Table {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    return try await CSVSource(locator: root.appendingPathComponent("sampledata/iris.csv").path).loadAll()
  }

  @Test func irisFromTheDistributedTableDescribesAndBinsAsFromCSVAndPostgreSQL() async throws {
    let csv = TableAggregates(try await Self.irisFromCSV())
    let cluster = try ClickHouseTestCluster.table("iris").aggregates
    let columns = ["sepal_length", "sepal_width", "petal_length", "petal_width", "species"]
    let expected = try csv.describe(columns: columns, monitor: nil)
    #expect(try cluster.describe(columns: columns, monitor: nil) == expected)
    for column in columns.dropLast() {
      for rule in [BinRule.freedmanDiaconis, .sturges, .count(7)] {
        #expect(
          try cluster.histogram(column: column, rule: rule) == csv.histogram(column: column, rule: rule),
          "\(column), \(rule)")
      }
    }
    let (csvPairs, clusterPairs) = (
      try csv.bins2D(x: "petal_length", y: "sepal_width"),
      try cluster.bins2D(x: "petal_length", y: "sepal_width")
    )
    #expect(clusterPairs.xRange == csvPairs.xRange && clusterPairs.yRange == csvPairs.yRange)
    for (across, down) in [(1, 1), (7, 5), (60, 16)] {
      let ranges = (x: 0.5...7.25, y: 2.0...4.5)
      #expect(
        try clusterPairs.bins(xRange: ranges.x, yRange: ranges.y, xBins: across, yBins: down)
          == csvPairs.bins(xRange: ranges.x, yRange: ranges.y, xBins: across, yBins: down),
        "\(across)×\(down)")
    }
    guard let postgres = ProcessInfo.processInfo.environment["ASSAY_TEST_POSTGRES"], !postgres.isEmpty else {
      return
    }
    let opened = try PostgresLoader().open(
      SourceRequest(
        locator: SourceLocator(postgres), options: SourceOptions(named: ["table": "iris"]),
        registry: LoaderRegistry(loaders: [])))
    guard case .table(let source) = opened, let table = source as? DatabaseTable else {
      Issue.record("PostgreSQL's iris opens as a table")
      return
    }
    #expect(try table.aggregates.describe(columns: columns, monitor: nil) == expected)
    #expect(
      try table.aggregates.histogram(column: "petal_length", rule: .default)
        == cluster.histogram(column: "petal_length", rule: .default))
  }

  /// A histogram of the million-row Distributed table: each shard reads its 500,000 rows and
  /// sends its groups (at most one per bin) to the first server; Assay receives only the bins.
  @Test func theHistogramsWorkRunsOnTheShards() async throws {
    let started = try ClickHouseTestCluster.onSecondShard("SELECT toString(now())")[0][0]
    let sheet = try ClickHouseTestCluster.table("numbers")
    let histogram = try await ClickHouseTestCluster.onThread {
      try sheet.aggregates.histogram(column: "measure", rule: .count(40))
    }
    #expect(histogram.counts.reduce(0, +) == 1_000_000)
    let grouping = try #require(sheet.log.statements.last)
    #expect(grouping.sql.contains("GROUP BY \"assay_bin\""), "\(grouping.sql)")
    #expect(grouping.rowsReceived == 40, "only the bins cross to Assay")
    #expect(
      sheet.log.statements.allSatisfy { $0.rowsReceived <= 40 }, "no statement returned rows of the table")

    _ = try ClickHouseTestCluster.onSecondShard("SYSTEM FLUSH LOGS")
    let logged = try ClickHouseTestCluster.onSecondShard(
      """
      SELECT read_rows, result_rows FROM system.query_log
      WHERE type = 2 AND is_initial_query = 0 AND event_time >= toDateTime('\(started)')
        AND query LIKE '%numbers_local%' AND query LIKE '%, 39) AS assay_index%GROUP BY assay_bin%'
      """)
    #expect(logged.count == 1, "the second shard ran the grouping once: \(logged)")
    #expect(logged.first?[0] == "500000", "it read its own rows: \(logged)")
    #expect(logged.first.flatMap { Int($0[1]) }.map { $0 <= 40 } == true, "and sent only groups: \(logged)")
  }

  /// A heatmap of the million-row Distributed table: one GROUP BY of (x bin, y bin) a grid, which
  /// the shards run on their rows; Assay receives only the bins that hold pairs.
  @Test func aHeatmapsBinsAreCountedOnTheShards() async throws {
    let sheet = try ClickHouseTestCluster.table("numbers")
    let grid = try await ClickHouseTestCluster.onThread {
      try sheet.aggregates.bins2D(x: "id", y: "measure").bins(
        xRange: 0...1_000_000, yRange: 0...110, xBins: 50, yBins: 20)
    }
    #expect(grid.total == 1_000_000)
    let grouping = try #require(sheet.log.statements.last)
    #expect(grouping.sql.contains("GROUP BY \"assay_x_bin\", \"assay_y_bin\""), "\(grouping.sql)")
    #expect(grouping.rowsReceived == grid.counts.filter { $0 > 0 }.count, "only the bins cross to Assay")
    #expect(
      sheet.log.statements.allSatisfy { $0.rowsReceived <= 1_000 }, "no statement returned the table's rows")
  }

  @Test func sampleTablesFilterSortAndPageAsInMemory() async throws {
    try await PushdownAgreement.expectSampleTablesAgree(server: try ClickHouseTestCluster.server())
  }

  /// Windows of a Distributed table read without a sort meet: the same window twice holds the same
  /// rows, and two windows side by side hold every row once (the shards, and each shard's parts,
  /// answer in whichever order they finish unless read one after another).
  @Test func windowsWithoutASortMeet() async throws {
    let table = DatabaseTable(
      server: try ClickHouseTestCluster.server(), reference: .named("numbers"), columns: ["id"])
    func ids(from first: Int, count: Int) async throws -> [Value] {
      let window = try #require(table.window(from: first, limit: count) as? DatabaseTable)
      let rows = try await window.loadAll()
      return (0..<rows.rowCount).map { rows.columns[0][$0] }
    }
    let middle = try await ids(from: 400_000, count: 1_000)
    #expect(middle.count == 1_000)
    #expect(try await ids(from: 400_000, count: 1_000) == middle)
    let halves = try await ids(from: 0, count: 500_000) + ids(from: 500_000, count: 500_000)
    #expect(halves.count == 1_000_000)
    #expect(Set(halves).count == 1_000_000)
  }

  /// Filters on ClickHouse's own types (Float32, Date, DateTime in two zones, Enum,
  /// FixedString, Nullable) keep the rows Assay keeps in memory. Each keeps at most one of the two
  /// rows, which the shards may send in either order.
  @Test func filtersOfEveryTypeAgreeWithMemory() async throws {
    let agreement = try await PushdownAgreement(
      server: try ClickHouseTestCluster.server(), table: "every_type")
    #expect(agreement.reference.rowCount == 2)
    try await agreement.expectFiltersAgree(
      [
        "f32 > 0", "f64 > 1", "i64 < 0", "day >= \"2000-01-01\"",
        "day < \"1960-01-01\"", "moment > \"2024-01-01\"", "local_moment < \"2024-03-01 07:30\"",
        "mood == \"sad\"", "mood < \"happy\"", "code < \"b\"", "maybe == null", "maybe > 1", "name ~ \"w.r\"",
      ], describing: false)
    try agreement.expectCalendarFrequenciesAgree(tiesInAnyOrder: true)
    // A sort orders its ties by every other column, whatever their types.
    try await agreement.expectSortedWindowsMeet(by: [SortKey(column: 0)], held: 1)
  }

  @Test func boxesAndFrequenciesOfTheDistributedTableAgreeWithMemory() async throws {
    let csv = TableAggregates(try await Self.irisFromCSV())
    let cluster = try ClickHouseTestCluster.table("iris").aggregates
    let boxes = try cluster.boxes(values: "sepal_width", groups: "species")
    let expected = try csv.boxes(values: "sepal_width", groups: "species")
    #expect(boxes.boxes == expected.boxes)
    // iris.csv writes every width with one decimal, which its frequency table shows (`1.0`); the
    // cluster's Float64 declares none: the counted values agree.
    let counted = try cluster.frequency(column: "petal_width", monitor: nil)
    let fromFile = try csv.frequency(column: "petal_width", monitor: nil)
    #expect(fromFile.columns[0].decimalPlaces == 1)
    #expect(counted.columns[0].decimalPlaces == nil)
    #expect(
      counted.columns.map { column in (0..<column.count).map { column[$0] } }
        == fromFile.columns.map { column in (0..<column.count).map { column[$0] } })
  }

  /// The seeded sample is drawn by the cluster: the same seed draws the same rows, whichever
  /// shard answers first.
  @Test func theSeededSampleIsTheSameRowsEachTime() throws {
    let aggregates = try ClickHouseTestCluster.table("numbers").aggregates
    let first = try aggregates.sample(rows: 500, seed: 7, complete: ["measure"])
    let second = try aggregates.sample(rows: 500, seed: 7, complete: ["measure"])
    #expect(first.table.rowCount == 500)
    #expect(first.population == 1_000_000)
    let ids = { (sample: RowSample) in Set((0..<sample.table.rowCount).map { sample.table.columns[0][$0] }) }
    #expect(ids(first) == ids(second))
    #expect(ids(first) != ids(try aggregates.sample(rows: 500, seed: 8, complete: ["measure"])))
  }

  @Test func everyTypeReadsAsItsValues() async throws {
    let table = TableSort.sorted(
      try await ClickHouseTestCluster.table("every_type").loadAll(), by: [SortKey(column: 0)])
    let rows = PushdownAgreement.rows(table).map { $0.map(\.description) }
    let types: [ColumnType] = [
      // A UInt64 past Int64's range and a Decimal of 18 digits are kept as their exact text.
      .int, .int, .int, .int, .int, .int, .int, .int, .string, .double, .double, .string, .string, .string,
      .date,
      .timestamp, .timestamp, .int, .string, .string, .string,
    ]
    #expect(table.columns.map(\.type) == types)
    #expect(
      rows[0] == [
        "1", "-128", "-32768", "-2147483648", "-9223372036854775808", "0", "0", "0", "0", "1.5", "-2.25",
        "12345.6789", "héllo wörld", "abc", "2024-02-29", "2024-03-01 08:00:00Z", "2024-03-01 07:00:00Z", "7",
        "low", "happy", "['a','b']",
      ])
    #expect(
      rows[1] == [
        "2", "127", "32767", "2147483647", "9223372036854775807", "255", "65535", "4294967295",
        "18446744073709551615", "-3.25", "1e+300", "-99999999999999.9999", "", "xyz", "1970-01-02",
        "1970-01-01 00:00:01Z", "2105-12-31 22:00:00Z", "", "", "sad", "[]",
      ])
  }

  /// ClickHouse 18.16 counts a `LowCardinality(Nullable(String))` column's NULLs in `count(c)`, and
  /// as one more value in `uniqExact(c)`: describe counts them apart, as from memory.
  @Test func aLowCardinalityNullableColumnCountsItsNullsApart() throws {
    let table = "low_nullable_" + UUID().uuidString.prefix(8).lowercased()
    let server = ClickHouseTestCluster.firstServer
    _ = try ClickHouseTestCluster.onServer(
      server,
      "CREATE TABLE assaytest.\(table) (c LowCardinality(Nullable(String))) ENGINE = MergeTree ORDER BY tuple()"
    )
    defer { _ = try? ClickHouseTestCluster.onServer(server, "DROP TABLE assaytest.\(table)") }
    _ = try ClickHouseTestCluster.onServer(
      server, "INSERT INTO assaytest.\(table) VALUES ('x'), (NULL), ('y'), (''), ('x'), ('x')")
    let described = try ClickHouseTestCluster.table(table).aggregates.describe(columns: nil, monitor: nil)
    #expect(described.map { [$0.count, $0.nulls, $0.distinct] } == [[5, 1, 3]])
    let values: [Value] = [.string("x"), .null, .string("y"), .string(""), .string("x"), .string("x")]
    let memory = TableAggregates(
      Table(name: table, columns: [Column(name: "c", type: .string, values: values)]))
    #expect(described == (try memory.describe(columns: nil, monitor: nil)))
  }

  /// A statement's own `SET readonly = 0` is refused as read-only, in the same words as an account
  /// that refuses every setting, yet is not taken for one: the settings (`readonly=2` among them)
  /// still go with every later statement. A temporary table is refused as read-only too.
  @Test func aStatementsOwnSettingIsRefusedAndTheSettingsStay() throws {
    let server = try ClickHouseTestCluster.server()
    let connection = try server.connect()
    #expect(
      throws: AssayError(
        message: "\(server.displayName): Cannot modify 'readonly' setting in readonly mode",
        hint: ClickHouseFailure.readOnlyHint)
    ) { try connection.fetch("SET readonly = 0") }
    #expect(server.settings.areSent)
    #expect(
      throws: AssayError(
        message: "\(server.displayName): SET and temporary tables need a session, which Assay does not open",
        hint: ClickHouseFailure.readOnlyHint)
    ) { try connection.fetch("CREATE TEMPORARY TABLE scratch (x UInt8) ENGINE = Memory") }
  }

  /// Stopping a statement stops it on the cluster: no query of Assay's is left running.
  @Test func cancellingStopsTheStatementOnTheCluster() throws {
    let server = try ClickHouseTestCluster.server()
    let connection = try server.connect() as! ClickHouseConnection
    // About 20 s of hashing on each shard, in small blocks (a statement stops between blocks).
    let slow =
      "SELECT sum(cityHash64(id, n)) FROM assaytest.numbers ARRAY JOIN range(5000) AS n SETTINGS max_block_size = 100"
    Thread.detachNewThread {
      Thread.sleep(forTimeInterval: 1)
      connection.cancel()
    }
    let started = Date()
    #expect(throws: CancellationError.self) {
      try connection.run(
        slow, parameters: [], firstPageRows: 10, pageRows: 10, columns: { _ in }, rows: { _ in true })
    }
    #expect(Date().timeIntervalSince(started) < 10)
    // Neither the first server's statement nor the second shard's part of it is left running.
    let left = try ClickHouseTestCluster.statementsLeft(holding: "cityHash64")
    #expect(left.isEmpty, "the statement stopped on both servers: \(left)")
  }
}
