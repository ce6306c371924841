import AssayAnalysis
import AssayCore
import AssaySQL
import AssaySQLite
import Testing

/// A SQLite column holds values of any kind whatever its declared type: the summaries computed in
/// SQL type each column as a load of every row types it.
struct MixedStorageTests {
  /// Integers and reals in an untyped column; integers, a real and text in an `integer` column;
  /// integers, a null and text in another untyped one.
  static let statements = [
    "CREATE TABLE t (a, b integer, d)",
    "INSERT INTO t VALUES (1, 1, 1), (2.5, 2.5, NULL), (3, 'x', 'hello'), (4, 4, 4)",
  ]

  @Test func describeTypesAndSummarizesAsTheLoadedTable() async throws {
    let file = try SQLiteFile(statements: Self.statements)
    defer { file.remove() }
    let sheet = DatabaseTable(server: SQLiteServer(path: file.path), reference: .named("t"))
    let summaries = try sheet.describe(columns: nil, monitor: nil)
    #expect(summaries.map(\.type) == [.double, .string, .string])
    #expect(summaries.map(\.type) == (try sheet.scannedSchema().columns.map(\.type)))
    let loaded = Describe.summarize(try await TestDatabases.loaded(sheet))
    for (pushed, read) in zip(summaries, loaded) { #expect(pushed == read) }
    #expect(summaries[1].mean == nil && summaries[1].max == .string("x"))
  }

  @Test func histogramOfAColumnHoldingTextIsTheLoadedTablesAnswer() async throws {
    let file = try SQLiteFile(
      statements: ["CREATE TABLE t (qty integer)"]
        + (1...500).map { "INSERT INTO t VALUES (\($0 == 250 ? "'many'" : String($0)))" })
    defer { file.remove() }
    let sheet = DatabaseTable(server: SQLiteServer(path: file.path), reference: .named("t"))
    let loaded = TableAggregates(try await TestDatabases.loaded(sheet))
    #expect(try sheet.describe(columns: nil, monitor: nil) == loaded.describe(columns: nil, monitor: nil))
    let pushed = Result { try sheet.histogram(column: "qty", rule: .count(10)) }
    let read = Result { try loaded.histogram(column: "qty", rule: .count(10)) }
    #expect(String(describing: pushed) == String(describing: read))
  }
}
