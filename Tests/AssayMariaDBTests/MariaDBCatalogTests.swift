import AssaySQL
import Foundation
import Testing

@testable import AssayMariaDB

/// The catalog lists a database's tables with the server's estimates, in one query, fast for a
/// thousand tables; with no database named it lists every schema but the server's own.
@Suite(.enabled(if: TestServer.isRunning)) struct MariaDBCatalogTests {
  static let tableCount = 1_000

  @Test func theTestDatabaseListsItsTablesWithRowEstimates() throws {
    let connection = try TestServer.server().connect()
    defer { connection.close() }
    let tables = try connection.catalog()
    let byName = Dictionary(tables.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    #expect(byName["iris"]?.estimatedRows == 150)
    #expect(byName["every_type"]?.estimatedRows == 3)
    let big = try #require(byName["big"]?.estimatedRows)
    #expect((900_000...1_100_000).contains(big), "InnoDB's estimate of a million rows: \(big)")
    #expect(tables.allSatisfy { $0.schema.isEmpty && !$0.isView && ($0.bytes ?? 0) > 0 })
  }

  @Test func aThousandTablesAreListedWithTheirViews() throws {
    let names = (1...Self.tableCount).map { String(format: "t%04d", $0) }
    try TestServer.administer(
      "CREATE DATABASE IF NOT EXISTS assaytest_catalog; USE assaytest_catalog;\n"
        + names.map { "CREATE TABLE IF NOT EXISTS \($0) (id INT) ENGINE=Aria;" }.joined(separator: "\n")
        + "\nCREATE OR REPLACE VIEW v_first AS SELECT * FROM t0001;")
    let connection = try TestServer.server(database: "assaytest_catalog").connect()
    defer { connection.close() }
    let tables = try connection.catalog()  // its speed is measured by Benchmarks/bench_db.py, not here
    #expect(tables.filter { !$0.isView }.map(\.name) == names)
    #expect(tables.filter(\.isView).map(\.name) == ["v_first"])

    let everySchema = try TestServer.server(database: "").connect()
    defer { everySchema.close() }
    let all = try everySchema.catalog()
    #expect(all.contains { $0.schema == "assaytest" && $0.name == "iris" })
    #expect(all.contains { $0.schema == "assaytest_catalog" && $0.name == "t1000" })
    #expect(!all.contains { MariaDBCatalog.systemSchemas.contains($0.schema) })
  }
}
