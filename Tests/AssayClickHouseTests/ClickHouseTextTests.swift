import AssayCore
import Testing

@testable import AssayClickHouse
@testable import AssaySQL

/// What ClickHouse writes is read as it means: TabSeparated rows with their escapes and NULLs, its
/// types, its exception texts; and what Assay writes into a statement is a literal ClickHouse
/// reads back exactly.
struct ClickHouseTextTests {
  /// The columns and rows (as shown) of `text`, handed over in pieces of `pieceSize` bytes.
  func pages(_ text: String, pieceSize: Int = 1 << 20) throws -> (columns: [SQLColumn], rows: [[String]]) {
    let read = try ClickHouseAnswerText.read(
      Array(text.utf8), pieceSize: pieceSize, failure: { AssayError(message: "cut: \($0)") })
    let rows = (0..<read.page.rowCount).map { row in read.page.values.map { $0[row].description } }
    return (read.columns, rows)
  }

  @Test func rowsSplitAnywhereAreReadWithTheirEscapes() throws {
    let text =
      "n\ts\tu\tf\n" + "Nullable(Int32)\tString\tUInt64\tFixedString(4)\n"
      + "1\ta\\tb\\nc\\\\d\\'e\t18446744073709551615\tab\\0\\0\n" + "\\N\t\\N\t5\tabcd\n"
    for pieceSize in [1, 7, 40, text.utf8.count - 1] {
      let read = try pages(text, pieceSize: pieceSize)
      #expect(read.columns.map(\.name) == ["n", "s", "u", "f"])
      #expect(read.columns.map(\.type) == [.int, .string, .int, .string])
      #expect(read.rows == [["1", "a\tb\nc\\d'e", "18446744073709551615", "ab"], ["", "", "5", "abcd"]])
    }
  }

  @Test func anErrorAfterTheFirstRowsIsReported() throws {
    let timeout = "Code: 159, e.displayText() = DB::Exception: Timeout exceeded"
    #expect(throws: AssayError(message: "cut: \(timeout)")) {
      _ = try pages("x\nUInt8\n1\n2\n\(timeout)\n")
    }
    #expect(throws: AssayError(message: "cut: \(timeout)")) {
      _ = try pages("x\tn\nString\tUInt8\na\t1\n\(timeout)\n")
    }
    // A text that only reads like one, followed by more rows, is a row.
    let read = try pages("log\nString\n\(timeout)\nnext\n")
    #expect(read.rows == [[timeout], ["next"]])
    // An answer that stops after its names has no result.
    #expect(throws: AssayError.self) { _ = try pages("x\n") }
  }

  @Test func typesAreReadWhateverTheirWrappers() {
    #expect(ClickHouseColumnType("LowCardinality(Nullable(String))") == .text)
    #expect(ClickHouseColumnType("Nullable(Decimal(38, 10))") == .decimal(places: 10))
    #expect(ClickHouseColumnType("Decimal64(4)") == .decimal(places: 4))
    #expect(ClickHouseColumnType("DateTime('Asia/Tokyo')") == .dateTime(zone: "Asia/Tokyo"))
    #expect(ClickHouseColumnType("Enum8('a' = 1)") == .text)
    #expect(ClickHouseColumnType("Array(UInt8)") == .other)
  }

  @Test func wallClockTimesBecomeInstants() {
    let tokyo = ClickHouseValueReader(kind: .dateTime(zone: "Asia/Tokyo"), serverZone: "UTC")
    let value = Array("2024-03-01 09:00:00".utf8).withUnsafeBufferPointer { tokyo.value($0) }
    #expect(value.description == "2024-03-01 00:00:00Z")
    let server = ClickHouseValueReader(kind: .dateTime(zone: nil), serverZone: "Europe/Amsterdam")
    let summer = Array("2024-07-01 12:00:00".utf8).withUnsafeBufferPointer { server.value($0) }
    #expect(summer.description == "2024-07-01 10:00:00Z")
  }

  @Test func literalsAreEscapedAndExact() {
    let dialect = SQLDialect(.clickhouse)
    #expect(dialect.literal(.string("it's a \\ test")) == "'it\\'s a \\\\ test'")
    #expect(dialect.literal(.double(0.1)) == "0.1")
    #expect(dialect.literal(.double(-.infinity)) == "-inf")
    #expect(dialect.literal(.int(.min)) == "toInt64('-9223372036854775808')")
    #expect(dialect.literal(.date(1)) == "toDate(1)")
    #expect(dialect.literal(.timestamp(Timestamp(microseconds: -1, zone: .utc))) == "toDateTime(0)")
    #expect(dialect.literal(.timestamp(Timestamp(microseconds: 1_500_000, zone: .utc))) == "toDateTime(1)")
    #expect(dialect.quote("a\\\"b") == "\"a\\\\\\\"b\"")
    let placed = SQLPlacement.placed(
      "x = \(SQLPlacement.marker(0, of: .statement))", statement: [.string("a'b")], source: [],
      dialect: dialect)
    #expect(placed.sql == "x = 'a\\'b'")
    #expect(placed.parameters.isEmpty)
  }

  @Test func exceptionTextsOfOldAndNewServers() {
    let old = ClickHouseFailure.exception(
      "Code: 60, e.displayText() = DB::Exception: Table assaytest.nope doesn't exist., e.what() = DB::Exception\n"
    )
    #expect(old.code == 60)
    #expect(old.message == "Table assaytest.nope doesn't exist.")
    let new = ClickHouseFailure.exception(
      "Code: 62. DB::Exception: Syntax error: failed at position 1. (SYNTAX_ERROR) (version 23.8.1.1)")
    #expect(new.code == 62)
    #expect(new.message == "Syntax error: failed at position 1. (SYNTAX_ERROR)")
  }

  /// 18.16's answer when a shard is down: its message and the first try's, which names the shard;
  /// a missing database points to the server's listing; a SET or temporary table is refused as
  /// what the read-only session does not do.
  @Test func failuresAreReportedInTheirOwnWords() throws {
    let endpoint = try ClickHouseEndpoint(
      locator: SourceLocator("clickhouse://assay@127.0.0.1:8123/nodb"), options: SourceOptions(),
      environment: [:])
    let refused =
      "Code: 210, e.displayText() = DB::NetException: Connection refused (127.0.0.1:9001), e.what() = DB::NetException\n"
    let shardDown = ClickHouseFailure.answer(
      status: 500,
      body: "Code: 279, e.displayText() = DB::NetException: All connection tries failed. Log: \n\n"
        + refused + refused + "\n, e.what() = DB::NetException\n",
      endpoint: endpoint)
    #expect(
      "\(shardDown)"
        == "clickhouse://assay@127.0.0.1:8123/nodb: All connection tries failed: Connection refused (127.0.0.1:9001) "
        + "— a server of the cluster did not answer: check that every shard's server is running")
    let noDatabase = ClickHouseFailure.answer(
      status: 404,
      body:
        "Code: 81, e.displayText() = DB::Exception: Database nodb doesn't exist, e.what() = DB::Exception\n",
      endpoint: endpoint)
    #expect(
      "\(noDatabase)"
        == "clickhouse://assay@127.0.0.1:8123/nodb: Database nodb doesn't exist "
        + "— assay ls clickhouse://127.0.0.1:8123/ lists the server's databases")
    let noSession = ClickHouseFailure.answer(
      status: 500,
      body: "Code: 113, e.displayText() = DB::Exception: There is no session, e.what() = DB::Exception\n",
      endpoint: endpoint)
    #expect(
      "\(noSession)"
        == "clickhouse://assay@127.0.0.1:8123/nodb: SET and temporary tables need a session, which Assay does "
        + "not open — Assay opens ClickHouse read-only: only statements that read run")
  }

  @Test func aMessageOfSeveralLinesIsOneLine() throws {
    let endpoint = try ClickHouseEndpoint(
      locator: SourceLocator("clickhouse://assay@127.0.0.1:9000/db"), options: SourceOptions(),
      environment: [:])
    let error = ClickHouseFailure.answer(
      status: 400,
      body: "Port 9000 is for clickhouse-client program.\r\nYou must use port 8123 for HTTP.\r\n",
      endpoint: endpoint)
    #expect(
      "\(error)"
        == "clickhouse://assay@127.0.0.1:9000/db: Port 9000 is for clickhouse-client program. "
        + "You must use port 8123 for HTTP. — check the statement and the server")
  }
}
