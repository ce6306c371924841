import AssayCore
import AssaySQL
import Foundation
import Testing

@testable import AssayPostgres

@Suite(
  "a PostgreSQL session: values, pages, read-only, parameters",
  .enabled(if: PostgresTestServer.isRunning))
struct PostgresSessionTests {
  /// A timestamp `seconds` after the epoch in `zone`.
  func time(_ text: String, _ zone: TimeZoneForm) -> Value {
    let (micros, _) = TimeLiteral.parse(text)!
    return .timestamp(Timestamp(microseconds: micros, zone: zone))
  }

  @Test func everyTypeReadsExactly() async throws {
    let server = try PostgresTestServer.server()
    let (columns, rows) = try await PostgresTestServer.onThread {
      let session = try server.connect()
      defer { session.close() }
      return try session.fetch("SELECT * FROM every_type ORDER BY id")
    }
    let types = Dictionary(uniqueKeysWithValues: columns.map { ($0.name, $0.type) })
    #expect(types["small"] == .int && types["big"] == .int && types["real4"] == .double)
    #expect(types["exact"] == .double && types["flag"] == .bool && types["day"] == .date)
    #expect(types["wall"] == .timestamp && types["instant"] == .timestamp && types["span"] == .duration)
    #expect(types["ident"] == .string && types["numbers"] == .string && types["feeling"] == .string)
    #expect(columns.first { $0.name == "wall" }?.timeZone == .naive)
    #expect(columns.first { $0.name == "instant" }?.timeZone == .utc)
    #expect(columns.first { $0.name == "instant" }?.databaseType == "timestamptz")
    let day = Int64(86_400_000_000)
    let expected: [[Value]] = [
      [
        .int(1), .int(-32768), .int(Int64.max), .double(1.5), .double(0.1), .double(12345.678), .bool(true),
        .string("héllo, \"world\""), .string("short"), .string("ab   "), .string("a_name"), .string("MiXeD"),
        .date(CivilDate(year: 2024, month: 2, day: 29).daysSinceEpoch),
        time("2024-02-29 13:45:56.123456", .naive), time("2024-02-29 11:45:56.5", .utc),
        .duration(14 * 30 * day + 3 * day + 14_706_700_000), .string("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"),
        .string("{\"a\": [1, 2]}"), .string("{\"b\": {\"c\": null}}"), .string("{1,2,NULL}"),
        .string("{\"x y\",\"\",NULL}"), .string("happy"),
        .string("\\x89504e470d0a1a0a0001"),
      ],
      [
        .int(2), .int(32767), .int(Int64.min), .double(-3.25), .double(-1e300), .double(-0.000001),
        .bool(false),
        .string(""), .string("x"), .string("abcde"), .string("n"), .string("x"),
        .date(CivilDate(year: 1969, month: 7, day: 20).daysSinceEpoch), time("1900-01-01 00:00:00", .naive),
        time("1970-01-01 00:00:00", .utc), .duration(-1_500_000),
        .string("00000000-0000-0000-0000-000000000000"), .string("[]"), .string("[]"), .string("{}"),
        .string("{a}"), .string("sad"), .string("\\x"),
      ],
      [.int(3)] + Array(repeating: .null, count: 22),
    ]
    #expect(rows.count == 3)
    for (row, want) in zip(rows, expected) {
      for (index, (value, wanted)) in zip(row, want).enumerated() {
        #expect(value == wanted, "\(columns[index].name): \(value) is not \(wanted)")
      }
    }
  }

  @Test func rowsComeInPagesOfTheAskedSizes() async throws {
    let server = try PostgresTestServer.server()
    let sizes = try await PostgresTestServer.onThread {
      let session = try server.connect()
      defer { session.close() }
      var sizes: [Int] = []
      try session.run(
        "SELECT id, amount, category, seen FROM big ORDER BY id LIMIT 61000", parameters: [],
        firstPageRows: 1000,
        pageRows: 25_000, columns: { _ in },
        rows: { page in
          sizes.append(page.rowCount)
          return true
        })
      return sizes
    }
    #expect(sizes == [1000, 25_000, 25_000, 10_000])
  }

  @Test func stoppingEarlyLeavesTheSessionUsable() async throws {
    let server = try PostgresTestServer.server()
    let (pages, count) = try await PostgresTestServer.onThread {
      let session = try server.connect()
      defer { session.close() }
      var pages = 0
      try session.run(
        "SELECT * FROM big", parameters: [], firstPageRows: 100, pageRows: 1000, columns: { _ in },
        rows: { _ in
          pages += 1
          return false
        })
      return (pages, try session.fetch("SELECT count(*) FROM iris").rows)
    }
    #expect(pages == 1)
    #expect(count == [[.int(150)]])
  }

  @Test func anEmptyResultHasItsColumnsAndNoRows() async throws {
    let server = try PostgresTestServer.server()
    let (columns, rows) = try await PostgresTestServer.onThread {
      let session = try server.connect()
      defer { session.close() }
      return try session.fetch("SELECT * FROM nothing")
    }
    #expect(columns.map(\.name) == ["id", "name"])
    #expect(rows.isEmpty)
  }

  @Test func parametersAreReadAsTheirPlaceWants() async throws {
    let rows = try await PostgresTestServer.rows(
      "SELECT count(*) FROM big WHERE category = $1 AND amount > $2 AND seen < $3 AND id <= $4",
      parameters: [.string("category 3"), .double(100.5), time("2024-01-02 00:00:00", .naive), .int(50_000)])
    let expected = try await PostgresTestServer.rows(
      "SELECT count(*) FROM big WHERE category = 'category 3' AND amount > 100.5 AND seen < '2024-01-02' AND id <= 50000"
    )
    #expect(rows == expected)
    #expect(rows != [[.int(0)]])
  }

  @Test func writesAreRefusedByTheServer() async throws {
    let server = try PostgresTestServer.server()
    for statement in ["DELETE FROM iris", "DROP TABLE nothing", "UPDATE iris SET species = 'x'"] {
      let message = try await PostgresTestServer.onThread { () -> String in
        let session = try server.connect()
        defer { session.close() }
        do {
          _ = try session.fetch(statement)
          return "no error"
        } catch {
          return "\(error)"
        }
      }
      #expect(message.contains("read-only transaction"), "\(message)")
      #expect(!message.contains(PostgresTestServer.password))
    }
    #expect(try await PostgresTestServer.rows("SELECT count(*) FROM iris") == [[.int(150)]])
  }

  @Test func noStatementLeavesTheSessionAbleToWrite() async throws {
    let server = try PostgresTestServer.server()
    let objects = "SELECT count(*) FROM pg_largeobject_metadata"
    let before = try await PostgresTestServer.rows(objects)
    let messages = try await PostgresTestServer.onThread { () -> [String] in
      let session = try server.connect()
      defer { session.close() }
      _ = try session.fetch("SELECT set_config('default_transaction_read_only', 'off', false)")
      _ = try session.fetch("SELECT lo_from_bytea(0, 'x'::bytea)")
      return ["DELETE FROM iris", "VACUUM iris"].map { statement in
        do {
          _ = try session.fetch(statement)
          return "no error"
        } catch {
          return "\(error)"
        }
      }
    }
    #expect(messages[0].contains("cannot execute DELETE in a read-only transaction"), "\(messages[0])")
    #expect(messages[1].contains("VACUUM cannot run inside a transaction block"), "\(messages[1])")
    #expect(try await PostgresTestServer.rows(objects) == before)
    #expect(try await PostgresTestServer.rows("SELECT count(*) FROM iris") == [[.int(150)]])
  }

  @Test func anOidIsAnIdentifierDescribedAsText() async throws {
    let server = try PostgresTestServer.server()
    let summaries = try await PostgresTestServer.onThread {
      try DatabaseTable(
        server: server, reference: .query("SELECT oid, relname FROM pg_class WHERE relname = 'iris'")
      )
      .describe(columns: nil, monitor: nil)
    }
    #expect(summaries.map(\.type) == [.string, .string])
    #expect(summaries.map(\.count) == [1, 1])
    #expect(summaries[0].mean == nil)
  }

  @Test func theCatalogListsAThousandTablesWithTheirEstimates() async throws {
    let server = try PostgresTestServer.server()
    // Its speed is measured by Benchmarks/bench_db.py, not here.
    let tables = try await PostgresTestServer.onThread {
      let session = try server.connect()
      defer { session.close() }
      return try session.catalog()
    }
    #expect(tables.filter { $0.schema == "many" }.count == 1000)
    let big = tables.first { $0.schema == "public" && $0.name == "big" }
    #expect(big?.estimatedRows == 1_000_000)
    #expect((big?.bytes ?? 0) > 10_000_000)
    #expect(tables.first { $0.name == "iris" }?.estimatedRows == 150)
    #expect(!tables.contains { ["pg_catalog", "information_schema"].contains($0.schema) })
  }
}
