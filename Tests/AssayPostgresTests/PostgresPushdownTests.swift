import AssayAnalysis
import AssayCore
import AssaySQL
import AssayTestSupport
import Testing

/// A PostgreSQL table too large to hold is filtered, sorted and paged by the server exactly as
/// Assay does it in memory, for every type the filter language compares.
@Suite(.enabled(if: PostgresTestServer.isRunning)) struct PostgresPushdownTests {
  @Test func filtersOfEveryTypeAgreeWithMemory() async throws {
    let server = try PostgresTestServer.server()
    let agreement = try await PushdownAgreement(server: server, table: "every_type")
    // Three rows: two of values at the types' edges, one of nulls; the filters below keep some of them.
    #expect(agreement.reference.rowCount == 3)
    try await agreement.expectFiltersAgree(
      [
        "flag == true", "not (flag == true)", "flag != false", "big > 0", "small <= -5 or real4 > 1",
        "real8 < 0", "span > 0", "big == 9223372036854775807", "big > 9223372036854775806",
        "span < -1", "wall > \"2000-01-01\"", "instant >= \"2024-02-29T11:45:56.5Z\"",
        "instant < \"1970-01-01 00:00:01\"", "day == \"2024-02-29\"", "day > \"1969-07-20 08:00\"",
        "words ~ \"world\"", "folded == \"mixed\"", "folded == \"MiXeD\"", "short < \"t\"",
        "padded == \"ab\"", "padded == \"ab   \"", "padded < \"ab \"",
        "ident == \"00000000-0000-0000-0000-000000000000\"", "feeling != \"sad\"", "words == null",
      ], describing: false)
    try agreement.expectCalendarFrequenciesAgree()
    // A sort orders its ties by every other column, whatever their types.
    try await agreement.expectSortedWindowsMeet(by: [SortKey(column: 0)], held: 1)
  }

  /// A `money` column, which has no average and no cast to or comparison with a double, is
  /// summarised, filtered and sorted by the server as it is in memory: as the exact decimals it holds.
  @Test func moneyIsComputedOnAsInMemory() async throws {
    let agreement = try await PushdownAgreement(
      server: try PostgresTestServer.server(), table: "shown_as_psql")
    let price = try #require(agreement.reference.columns.firstIndex { $0.name == "price" })
    try await agreement.expectFiltersAgree(
      ["price > 0", "price <= 12.34", "price != 0", "price == null"], describing: false)
    try await agreement.expectSortsAgree([
      [SortKey(column: price, descending: true)], [SortKey(column: price)],
      [SortKey(column: 0, descending: true)],
    ])
    let (engine, memory) = (agreement.sheet(), TableAggregates(agreement.reference))
    let (engineSummary, memorySummary) = (
      try engine.describe(columns: ["price"], monitor: nil),
      try memory.describe(columns: ["price"], monitor: nil)
    )
    #expect(engineSummary == memorySummary)
    #expect(engineSummary.first?.mean == (12.34 - 1_234_567.5 + 0) / 3)
    for rule in [BinRule.count(4), .freedmanDiaconis] {
      #expect(
        try engine.histogram(column: "price", rule: rule) == memory.histogram(column: "price", rule: rule))
    }
    #expect(try engine.boxes(values: "price", groups: nil) == memory.boxes(values: "price", groups: nil))
    let (enginePairs, memoryPairs) = (
      try engine.bins2D(x: "price", y: "id"), try memory.bins2D(x: "price", y: "id")
    )
    let (xRange, yRange) = (try #require(memoryPairs.xRange), try #require(memoryPairs.yRange))
    #expect(
      enginePairs.xRange == xRange && enginePairs.yRange == yRange
        && enginePairs.skipped == memoryPairs.skipped)
    #expect(
      try enginePairs.bins(xRange: xRange, yRange: yRange, xBins: 3, yBins: 2)
        == memoryPairs.bins(xRange: xRange, yRange: yRange, xBins: 3, yBins: 2))
  }

  /// Values whose cast to text differs from the text psql and the table show (an `inet` host
  /// address's cast adds its mask, `/32`) are counted, ordered and compared by the shown text.
  @Test func addressesAreSummarisedAndFilteredAsShown() async throws {
    let agreement = try await PushdownAgreement(
      server: try PostgresTestServer.server(), table: "shown_as_psql")
    try await agreement.expectFiltersAgree(
      [
        "address == '192.168.0.1'", "address == '10.0.0.1/8'", "address != '::1'", "address < '2'",
        "address ~ '^1'",
      ], describing: false)
    let address = try #require(agreement.reference.columns.firstIndex { $0.name == "address" })
    try await agreement.expectSortsAgree([
      [SortKey(column: address)], [SortKey(column: address, descending: true)],
    ])
    let (engine, memory) = (agreement.sheet(), TableAggregates(agreement.reference))
    let frequency = try engine.frequency(column: "address", monitor: nil)
    #expect(frequency == (try memory.frequency(column: "address", monitor: nil)))
    let values = frequency.columns[0]
    #expect((0..<values.count).contains { values[$0] == .string("192.168.0.1") })
    #expect(
      try engine.describe(columns: ["address"], monitor: nil)
        == memory.describe(columns: ["address"], monitor: nil))
  }

  /// A number column named like a frequency statistic is counted by the server as in memory, the
  /// statistic suffixed (its own name made the ORDER BY ambiguous).
  @Test func aColumnNamedCountIsCounted() async throws {
    let sheet = DatabaseTable(
      server: try PostgresTestServer.server(), reference: .query("SELECT sepal_length AS count FROM iris"))
    let engine = try sheet.frequency(column: "count", monitor: nil)
    let memory = try TableAggregates(try await sheet.loadAll()).frequency(column: "count", monitor: nil)
    #expect(engine == memory)
    #expect(engine.columnNames == ["count", "count_2", "percent", "cumulative"])
  }

  /// An infinite number is no number to a box plot (counted apart) and a NaN is a null, in the
  /// server's boxes as in memory, grouped or not.
  @Test func boxesLeaveOutInfinitiesAsInMemory() async throws {
    let rows =
      "(1.0::float8, 'a'), ('Infinity', 'a'), ('-Infinity', 'b'), ('NaN', 'b'), (2, 'b'), (NULL, 'a'), (3, 'a'), (4, 'b')"
    let sheet = DatabaseTable(
      server: try PostgresTestServer.server(),
      reference: .query("SELECT x, g FROM (VALUES \(rows)) AS t(x, g)"))
    let memory = TableAggregates(try await sheet.loadAll())
    for groups in [nil, "g"] {
      let (engine, expected) = (
        try sheet.boxes(values: "x", groups: groups), try memory.boxes(values: "x", groups: groups)
      )
      #expect(
        engine.boxes == expected.boxes && engine.skipped == expected.skipped, "\(groups ?? "no groups")")
      #expect(engine.skipped.nonNumeric == 2 && engine.boxes.reduce(0) { $0 + $1.count } == 4)
    }
  }

  @Test func sampleTablesFilterSortAndPageAsInMemory() async throws {
    try await PushdownAgreement.expectSampleTablesAgree(server: try PostgresTestServer.server())
  }

  /// A filter of a million rows is read by parallel workers, which hand rows over in whichever
  /// order they find them; windows read one after another still hold every kept row once.
  @Test func windowsOfAFilteredLargeTableMeet() async throws {
    try await PushdownAgreement.expectFilteredWindowsMeet(
      server: try PostgresTestServer.server(), table: "big", filter: "amount > 249", held: 700)
  }
}
