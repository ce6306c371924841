import AssayTestSupport
import Foundation
import Testing

/// A `--query` is read as a derived table, sent once (`SELECT * FROM (query) AS "query" LIMIT 0`;
/// `LIMIT 1` in SQLite) and never as written, its comments and closing semicolon kept working; a
/// statement that reads no rows is refused before it is sent. On SQLite and on each server the
/// tests are given (`ASSAY_TEST_POSTGRES`, `ASSAY_TEST_MARIADB`, `ASSAY_TEST_CLICKHOUSE`).
struct QueryWrappingTests {
  /// A query of iris with comments, the last one ending its last line, ended by a semicolon.
  static let query = "SELECT species, petal_length /* the petals */ FROM iris -- to the end\n;"

  /// Locators of the databases at hand that hold iris, the SQLite file's first.
  static func databases(sqlite path: String) -> [String] {
    let environment = ProcessInfo.processInfo.environment
    return ["sqlite:\(path)"]
      + ["ASSAY_TEST_POSTGRES", "ASSAY_TEST_MARIADB", "ASSAY_TEST_CLICKHOUSE"].compactMap { environment[$0] }
      .filter { !$0.isEmpty }
  }

  /// How often `part` occurs in `text`.
  static func occurrences(of part: String, in text: String) -> Int {
    text.components(separatedBy: part).count - 1
  }

  @Test(.enabled(if: AssayBinary.isBuilt))
  func aQueryIsSummarisedWithoutBeingSentAsWritten() async throws {
    let file = try SQLiteFile([try await TestDatabases.iris()])
    defer { file.remove() }
    let csv = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("sampledata/iris.csv").path
    let reference = try AssayBinary.run(["describe", csv, "--format", "csv"]).output.split(separator: "\n")
    // The query's columns, in its order.
    let expected =
      ([reference[0]]
      + ["species,", "petal_length,"].compactMap { name in reference.first { $0.hasPrefix(name) } })
      .joined(separator: "\n") + "\n"
    for database in Self.databases(sqlite: file.path) {
      let described = try AssayBinary.run([
        "describe", database, "--query", Self.query, "--format", "csv", "--explain",
      ])
      #expect(described.output == expected, "\(database): \(described.errors)")
      let written = "SELECT species, petal_length /* the petals */ FROM iris"
      // Every statement holding the query holds it as a derived table.
      #expect(
        Self.occurrences(of: written, in: described.errors)
          == Self.occurrences(of: "(" + written, in: described.errors), "\(described.errors)")
      let columnsAsked = ["\"query\" LIMIT 0;", "`query` LIMIT 0;", "`query` LIMIT 1;"].map {
        Self.occurrences(of: "-- to the end\n) AS " + $0, in: described.errors)
      }
      #expect(columnsAsked.reduce(0, +) == 1, "the columns are asked once: \(described.errors)")
    }
  }

  @Test(.enabled(if: AssayBinary.isBuilt))
  func aStatementThatReadsNoRowsIsRefusedBeforeItIsSent() async throws {
    let file = try SQLiteFile([try await TestDatabases.iris()])
    defer { file.remove() }
    for database in Self.databases(sqlite: file.path) {
      let refused = try AssayBinary.run(["describe", database, "--query", "/* all */ KILL QUERY WHERE 1"])
      #expect(refused.status == 1)
      #expect(refused.output.isEmpty)
      #expect(refused.errors.hasPrefix("assay: "), "\(refused.errors)")
      #expect(
        refused.errors.hasSuffix(
          " › query: only a SELECT is read as a table, and this statement opens with KILL — "
            + "write the query as SELECT … (or WITH … SELECT …)\n"), "\(refused.errors)")
    }
  }
}
