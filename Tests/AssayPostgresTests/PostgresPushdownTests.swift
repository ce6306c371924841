import AssayCore
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
        "real8 < 0", "span > 0",
        "span < -1", "wall > \"2000-01-01\"", "instant >= \"2024-02-29T11:45:56.5Z\"",
        "instant < \"1970-01-01 00:00:01\"", "day == \"2024-02-29\"", "day > \"1969-07-20 08:00\"",
        "words ~ \"world\"", "folded == \"mixed\"", "folded == \"MiXeD\"", "short < \"t\"",
        "padded == \"ab\"",
        "ident == \"00000000-0000-0000-0000-000000000000\"", "feeling != \"sad\"", "words == null",
      ], describing: false)
    try agreement.expectCalendarFrequenciesAgree()
    // A sort orders its ties by every other column, whatever their types.
    try await agreement.expectSortedWindowsMeet(by: [SortKey(column: 0)], held: 1)
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
