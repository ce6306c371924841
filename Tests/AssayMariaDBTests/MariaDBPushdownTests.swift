import AssayAnalysis
import AssayCore
import AssayTestSupport
import Testing

/// A MariaDB table too large to hold is filtered, sorted and paged by the server exactly as Assay
/// does it in memory, for every type the filter language compares.
@Suite(.enabled(if: TestServer.isRunning)) struct MariaDBPushdownTests {
  @Test func filtersOfEveryTypeAgreeWithMemory() async throws {
    let server = try TestServer.server()
    let agreement = try await PushdownAgreement(server: server, table: "every_type")
    // Three rows: two of values at the types' edges, one of nulls; the filters below keep some of them.
    #expect(agreement.reference.rowCount == 3)
    try await agreement.expectFiltersAgree(
      [
        "bool_flag == true", "not (bool_flag == true)", "bool_flag != false", "big_value > 0",
        "tiny_value < 0 or float_value > 2",
        "double_value > 1", "decimal_value < 0", "year_value >= 2000", "time_value > 0",
        "time_value < -60", "date_value == \"2024-02-29\"", "date_value < \"1000-01-01 12:00\"",
        "datetime_value > \"2024-01-01\"", "timestamp_value < \"2000-01-01\"",
        "varchar_value == \"héllo wörld\"", "varchar_value == \"HÉLLO WÖRLD\"", "char_value < \"b\"",
        "text_value ~ \"long\"", "text_value ~ \"LONG\"", "enum_value == \"red\"", "json_value == null",
      ], describing: false)
    try agreement.expectCalendarFrequenciesAgree()
    // A sort orders its ties by every other column, whatever their types.
    try await agreement.expectSortedWindowsMeet(by: [SortKey(column: 0)], held: 1)
  }

  /// A box plot's groups are told apart byte by byte, as in memory, where the column's collation
  /// holds `a`, `A` and `a ` equal (and `é` and `e`).
  @Test func boxGroupsAreToldApartAsInMemory() async throws {
    let agreement = try await PushdownAgreement(server: try TestServer.server(), table: "cased")
    let engine = try agreement.sheet().boxes(values: "amount", groups: "grp")
    let memory = try TableAggregates(agreement.reference).boxes(values: "amount", groups: "grp")
    #expect(engine.boxes.count == 5)
    #expect(engine.boxes == memory.boxes)
  }

  @Test func sampleTablesFilterSortAndPageAsInMemory() async throws {
    try await PushdownAgreement.expectSampleTablesAgree(server: try TestServer.server())
  }

  /// The engine's summaries of the integer and decimal columns (a BIT among them, whose MIN and MAX
  /// MariaDB answers in decimal text where its rows come as raw bytes) equal those of the loaded rows,
  /// and a histogram of the BIT column bins its numbers.
  @Test func integerBitAndDecimalSummariesAgreeWithMemory() async throws {
    let agreement = try await PushdownAgreement(server: try TestServer.server(), table: "every_type")
    let columns = ["tiny_value", "big_value", "year_value", "decimal_value", "bits_value"]
    let summaries = try agreement.sheet().describe(columns: columns, monitor: nil)
    let inMemory = try TableAggregates(agreement.reference).describe(columns: columns, monitor: nil)
    #expect(summaries == inMemory)
    #expect(summaries.last?.max == .int(514))
    let histogram = try agreement.sheet().histogram(column: "bits_value", rule: .count(2))
    #expect(histogram.counts == [1, 1])
  }
}
