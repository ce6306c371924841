import AssayCore
import AssaySQL
import AssayTestSupport
import Testing

/// A SQLite table too large to hold is filtered, sorted and paged by the engine exactly as Assay
/// does it in memory.
struct RowPushdownTests {
  @Test func filtersSortsAndWindowsAgreeWithMemory() async throws {
    let database = SQLiteTestDatabase()
    let (server, drop) = try database.serve([TestDatabases.generated(rows: 3_000)])
    defer { drop() }
    let agreement = try await PushdownAgreement(server: server, table: "generated")
    try await agreement.expectFiltersAgree([
      "amount > 20", "amount >= 20.5 and reading < 9", "not (reading > 10)", "amount == null",
      "fruit != null and not (fruit == \"fig\")", "fruit < \"kiwi\"", "fruit >= \"\" and group == \"b\"",
      "day >= \"2020-03-01\"", "day < \"2020-03-01 12:00\"", "moment > \"2020-10-01 00:00:00\"",
      "moment <= \"2020-09-20 04:05:06\" or amount == -50",
    ])
    try await agreement.expectSortsAgree([
      [SortKey(column: 0)], [SortKey(column: 1, descending: true)], [SortKey(column: 4)],
      [SortKey(column: 5, descending: true), SortKey(column: 2)], [SortKey(column: 3, descending: true)],
    ])
    try await agreement.expectWindowsCover(held: 700)
  }

  @Test func aPatternIsRefusedInSQLiteWithAWayOn() throws {
    let (server, drop) = try SQLiteTestDatabase().serve([TestDatabases.generated(rows: 10)])
    defer { drop() }
    let table = TestDatabases.generated(rows: 10)
    let expression = try FilterExpression.parse("fruit ~ \"^p\"", for: table)
    #expect {
      try DatabaseTable(server: server, reference: .named("generated"))
        .filtered(by: expression, columns: table.columns, text: "fruit ~ \"^p\"")
    } throws: { error in
      String(describing: error).contains("SQLite has no regular expressions")
        && String(describing: error).contains("-O hold=N")
    }
  }
}
