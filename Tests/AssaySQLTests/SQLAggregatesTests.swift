import AssayAnalysis
import AssayCore
import AssaySQL
import Testing

/// The engine's summaries equal the in-memory reference's (`TableAggregates` of the rows a sheet
/// loads) on every database of `TestDatabases.all`: describe, frequency, histograms by every rule,
/// boxes with and without groups, and a seeded sample.
struct SQLAggregatesTests {
  /// A database holding `table`, its sheet, the sheet's rows in memory, and the check run on them.
  private func withSheet(
    _ table: Table, on database: any TestDatabase, _ check: (DatabaseTable, TableAggregates) throws -> Void
  ) async throws {
    let (server, drop) = try database.serve([table])
    defer { drop() }
    let sheet = DatabaseTable(server: server, reference: .named(table.name))
    let reference = TableAggregates(try await TestDatabases.loaded(sheet))
    try check(sheet, reference)
  }

  /// Every summary of every column agrees.
  private func expectAgreement(_ sheet: DatabaseTable, _ reference: TableAggregates) throws {
    #expect(try sheet.describe(columns: nil, monitor: nil) == reference.describe(columns: nil, monitor: nil))
    for column in reference.table.columns {
      #expect(
        try rows(sheet.frequency(column: column.name, monitor: nil))
          == rows(reference.frequency(column: column.name, monitor: nil)), "frequency of \(column.name)")
      guard column.type.isNumeric else { continue }
      for rule in [BinRule.freedmanDiaconis, .sturges, .count(7), .width(0.7)] {
        #expect(
          try sheet.histogram(column: column.name, rule: rule)
            == reference.histogram(column: column.name, rule: rule),
          "\(rule.name) histogram of \(column.name)")
      }
      let groups = reference.table.columns.filter { $0.type == .string }.map(\.name)
      for group in [nil] + groups {
        let (boxes, skipped) = try sheet.boxes(values: column.name, groups: group)
        let expected = try reference.boxes(values: column.name, groups: group)
        #expect(
          boxes == expected.boxes && skipped == expected.skipped, "boxes of \(column.name) by \(group ?? "-")"
        )
      }
    }
  }

  /// A table's values row by row, with its columns' names and types.
  private func rows(_ table: Table) -> [[String]] {
    [table.columns.map { "\($0.name) \($0.type.rawValue)" }]
      + (0..<table.rowCount).map { row in table.columns.map { $0[row].description } }
  }

  @Test(arguments: TestDatabases.all.map(\.engine))
  func irisAgreesWithTheCSV(engine: SQLDialect.Engine) async throws {
    let database = try #require(TestDatabases.all.first { $0.engine == engine })
    let iris = try await TestDatabases.iris()
    try await withSheet(iris, on: database) { sheet, loaded in
      try expectAgreement(sheet, loaded)
      let csv = TableAggregates(iris)
      #expect(try sheet.describe(columns: nil, monitor: nil) == csv.describe(columns: nil, monitor: nil))
      #expect(
        try sheet.histogram(column: "petal_length", rule: .default)
          == csv.histogram(column: "petal_length", rule: .default))
    }
  }

  @Test(arguments: TestDatabases.all.map(\.engine))
  func generatedTableAgrees(engine: SQLDialect.Engine) async throws {
    let database = try #require(TestDatabases.all.first { $0.engine == engine })
    try await withSheet(TestDatabases.generated(rows: 3_000), on: database) { sheet, loaded in
      try expectAgreement(sheet, loaded)
    }
  }

  @Test(arguments: TestDatabases.all.map(\.engine))
  func sampleIsSeeded(engine: SQLDialect.Engine) async throws {
    let database = try #require(TestDatabases.all.first { $0.engine == engine })
    try await withSheet(TestDatabases.generated(rows: 3_000), on: database) { sheet, loaded in
      let first = try sheet.sample(rows: 100, seed: 3, complete: ["amount", "reading"])
      let again = try sheet.sample(rows: 100, seed: 3, complete: ["amount", "reading"])
      let other = try sheet.sample(rows: 100, seed: 4, complete: ["amount", "reading"])
      let reference = try loaded.sample(rows: 100, seed: 3, complete: ["amount", "reading"])
      #expect(first.rows == again.rows && rows(first.table) == rows(again.table))
      #expect(first.rows != other.rows)
      #expect(first.rows.count == 100 && first.rows == first.rows.sorted())
      #expect(first.population == reference.population && first.incomplete == reference.incomplete)
      #expect(rows(first.table) == rows(loaded.table.gathering(rows: first.rows)))
    }
  }
}
