import AssayCore
import AssaySQL
import Testing

@testable import AssayPostgres

@Suite("PostgreSQL types read as psql shows them", .enabled(if: PostgresTestServer.isRunning))
struct PostgresShownAsPsqlTests {
  /// The columns of `shown_as_psql` that read as text, in its order.
  static let textColumns = [
    "address", "network", "hardware", "hardware8", "flags", "varying", "spot", "span", "words", "query",
    "area", "doc", "addresses", "spans",
  ]

  /// Every text column reads as the server writes it as text (what psql shows), its values
  /// compared with the same columns written by their types' output functions (`format('%s', …)`;
  /// a cast to text writes `inet` with its `/32`).
  @Test func everyColumnReadsAsTheServersText() async throws {
    let read = try await PostgresTestServer.rows(
      "SELECT \(Self.textColumns.joined(separator: ", ")) FROM shown_as_psql ORDER BY id")
    let reference = try await PostgresTestServer.rows(
      "SELECT "
        + Self.textColumns.map { "CASE WHEN \($0) IS NULL THEN NULL ELSE format('%s', \($0)) END" }
        .joined(separator: ", ") + " FROM shown_as_psql ORDER BY id")
    #expect(read.count == 4)
    for (row, wanted) in zip(read, reference) {
      for (index, (value, text)) in zip(row, wanted).enumerated() {
        #expect(value == text, "\(Self.textColumns[index]): \(value) is not \(text)")
      }
    }
  }

  /// The first rows as psql prints them, written out: addresses, bits, points, ranges, text
  /// search; money as its amount.
  @Test func valuesAreThoseOfPsql() async throws {
    let server = try PostgresTestServer.server()
    let (columns, rows) = try await PostgresTestServer.onThread {
      let session = try server.connect()
      defer { session.close() }
      return try session.fetch("SELECT * FROM shown_as_psql ORDER BY id")
    }
    let strings: [Value] = [
      "10.0.0.1/8", "10.0.0.0/8", "08:00:2b:01:02:03", "08:00:2b:01:02:03:04:05",
    ].map { .string($0) }
    #expect(Array(rows[0][1...4]) == strings)
    #expect(rows[0][5] == .double(12.34))
    let rest: [Value] = [
      "1011", "101", "(1,2)", "[1,5)", "'a' 'cat' 'fat'", "'fat' & 'cat'", "(1,1),(0,0)", "<a>x</a>",
      "{10.0.0.1,::ffff:1.2.3.4}", "{\"[1,5)\",empty}",
    ].map { .string($0) }
    #expect(Array(rows[0][6...]) == rest)
    #expect(rows[1][1] == .string("192.168.0.1") && rows[1][2] == .string("2001:db8::/32"))
    #expect(
      rows[1][5] == .double(-1_234_567.5) && rows[1][7] == .string("")
        && rows[1][8] == .string("(-0.5,1e-05)"))
    #expect(rows[1][9] == .string("empty"))
    #expect(rows[2][1] == .string("::1") && rows[2][2] == .string("::/0") && rows[2][9] == .string("(,4)"))
    #expect(rows[2][8] == .string("(1e+20,123456789012345)"))
    #expect(rows[2][14] == .string("{2001:db8::1:0:0:1/64,::2,1::}"))
    #expect(rows[3].dropFirst().allSatisfy { $0.isNull })
    let price = try #require(columns.first { $0.name == "price" })
    #expect(price.type == .double && price.decimalPlaces == 2 && price.databaseType == "money")
    #expect(columns.first { $0.name == "words" }?.databaseType == "tsvector")
  }

  /// A statement that cannot be wrapped in a `SELECT` (`SHOW`) runs as it is.
  @Test func aStatementNotASelectRunsAsItIs() async throws {
    #expect(try await PostgresTestServer.rows("SHOW default_transaction_read_only;") == [[.string("on")]])
    #expect(
      try await PostgresTestServer.rows("SELECT '1.2.3.4'::inet AS a, 5 AS a;") == [
        [.string("1.2.3.4"), .int(5)]
      ])
  }
}
