import Foundation
import Testing

@Suite(
  "assay with a ClickHouse cluster, as a user runs it",
  .enabled(if: ProcessInfo.processInfo.environment["ASSAY_TEST_CLICKHOUSE"] != nil))
struct ClickHouseCommandTests {
  /// `clickhouse://assay:PASSWORD@127.0.0.1:PORT/assaytest`.
  static let locator = ProcessInfo.processInfo.environment["ASSAY_TEST_CLICKHOUSE"] ?? ""
  /// The password in it.
  static let password = String(locator.split(separator: "@")[0].split(separator: ":").last ?? "")

  @Test func irisFromTheDistributedTableDescribesAndChartsExactlyAsItsCSV() throws {
    for command in [["describe"], ["chart", "histogram", "--column", "petal_length"]] {
      let fromCSV = try AssayProcess.run(command + ["sampledata/iris.csv"])
      // Iris's numbers as Decimals too: compared with doubles as doubles.
      let decimals = ["sepal_length", "sepal_width", "petal_length", "petal_width"].map {
        "toDecimal32(toString(\($0)), 1) AS \($0)"
      }
      let asDecimals = "SELECT \(decimals.joined(separator: ", ")), species FROM iris"
      for source in [
        [Self.locator + "?table=iris"], [Self.locator, "--query", "SELECT * FROM iris"],
        [Self.locator, "--query", asDecimals],
      ] {
        let fromCluster = try AssayProcess.run(command + source)
        #expect(fromCluster.status == 0, "\(fromCluster.stderr)")
        // The chart's title names its source; every line below it is the same.
        let body = { (text: String) in command == ["describe"] ? text : String(text.drop { $0 != "\n" }) }
        #expect(body(fromCluster.stdout) == body(fromCSV.stdout), "\(command) of \(source)")
      }
    }
  }

  @Test func lsListsTheTablesWithTheirEnginesRowsAndBytes() throws {
    let result = try AssayProcess.run(["ls", Self.locator, "--format", "csv"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.stdout.contains(Self.password))
    let lines = result.stdout.split(separator: "\n").map(String.init)
    let numbers = try #require(lines.first { $0.hasPrefix("assaytest.numbers,") })
    #expect(numbers.contains(",1000000,") && numbers.hasSuffix(",Distributed"), "\(numbers)")
    let local = try #require(lines.first { $0.hasPrefix("assaytest.numbers_local,") })
    #expect(local.contains(",500000,") && local.hasSuffix(",MergeTree"), "\(local)")
  }

  /// The SQL sent for a histogram: the bounds, the quartiles (exact), then one GROUP BY; only
  /// the bins come back.
  @Test func explainShowsTheAggregatesTheClusterRan() throws {
    let result = try AssayProcess.run([
      "chart", "histogram", Self.locator + "?table=numbers", "--column", "measure", "--bins", "20",
      "--explain",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("1,000,000 values"), "\(result.stdout)")
    #expect(
      result.stderr.contains(
        "SELECT COUNT(*), countIf(isNotNull(\"measure\")), MIN(\"measure\"), MAX(\"measure\") FROM \"numbers\";"
      ))
    #expect(result.stderr.contains("GROUP BY \"assay_bin\";\n-- 20 rows received"), "\(result.stderr)")
    #expect(!result.stderr.contains("1,000,000 rows received"))
  }

  @Test func aWrongPassword() throws {
    let wrong = Self.locator.replacingOccurrences(of: ":\(Self.password)@", with: ":not-\(Self.password)@")
    let result = try AssayProcess.run(["describe", wrong + "?table=iris"])
    result.expectOneLineFailure(
      hiding: Self.password, mentions: ["refused the sign-in as 'assay'", "Wrong password"])
    #expect(!result.stderr.contains("not-"))
  }

  @Test func thePasswordFromTheEnvironment() throws {
    let withoutPassword = Self.locator.replacingOccurrences(of: ":\(Self.password)@", with: "@")
    let result = try AssayProcess.run(
      ["schema", withoutPassword + "?table=iris"], environment: ["CLICKHOUSE_PASSWORD": Self.password])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("150 rows"))
  }

  /// A statement that reads no rows is refused before it is sent: a summary reads a query as a
  /// derived table, and `KILL QUERY` is no write that the read-only session would refuse.
  @Test func aKillIsRefusedBeforeItIsSent() throws {
    let result = try AssayProcess.run(["describe", Self.locator, "--query", "KILL QUERY WHERE 1"])
    result.expectOneLineFailure(
      hiding: Self.password, mentions: ["this statement opens with KILL", "write the query as SELECT"])
  }

  @Test func anUnknownTable() throws {
    let result = try AssayProcess.run(["describe", Self.locator, "--table", "nosuch"])
    result.expectOneLineFailure(
      hiding: Self.password, mentions: ["Table assaytest.nosuch doesn't exist", "assay ls"])
  }

  @Test func aSyntaxError() throws {
    let result = try AssayProcess.run(["describe", Self.locator, "--query", "SELECT 1 +"])
    result.expectOneLineFailure(hiding: Self.password, mentions: ["Syntax error: failed at position"])
  }

  @Test func anInsertIsRefusedAsTheSessionIsReadOnly() throws {
    let result = try AssayProcess.run([
      "schema", Self.locator, "--query", "INSERT INTO iris_local SELECT * FROM iris_local",
    ])
    result.expectOneLineFailure(
      hiding: Self.password, mentions: ["Cannot insert into table in readonly mode", "read-only"])
    let count = try AssayProcess.run(["schema", Self.locator + "?table=iris"])
    #expect(count.stdout.contains("150 rows"), "nothing was written: \(count.stdout)")
  }

  /// An account whose profile is read-only refuses every setting Assay sends: its statements go
  /// without them, and the server keeps it read-only.
  @Test func aReadOnlyAccount() throws {
    let reader = Self.locator.replacingOccurrences(of: "//assay:", with: "//reader:")
    let fromCSV = try AssayProcess.run(["describe", "sampledata/iris.csv"])
    let described = try AssayProcess.run(["describe", reader + "?table=iris"])
    #expect(described.status == 0, "\(described.stderr)")
    #expect(described.stdout == fromCSV.stdout)
    try AssayProcess.run(["schema", reader, "--query", "INSERT INTO iris_local SELECT * FROM iris_local"])
      .expectOneLineFailure(hiding: Self.password, mentions: ["readonly mode"])
  }

  @Test func aServerThatIsDown() throws {
    let down = Self.locator.replacingOccurrences(
      of: #":\d+/"#, with: ":1/", options: .regularExpression)
    let result = try AssayProcess.run(["describe", down + "?table=iris"])
    result.expectOneLineFailure(
      hiding: Self.password, mentions: ["cannot reach http://127.0.0.1:1", "connection refused"])
  }

  @Test func aStatementPastItsTimeLimit() throws {
    let result = try AssayProcess.run([
      "describe", Self.locator + "?timeout=1", "--query",
      "SELECT sum(cityHash64(id, n)) AS s FROM numbers ARRAY JOIN range(5000) AS n SETTINGS max_block_size = 100",
    ])
    result.expectOneLineFailure(hiding: Self.password, mentions: ["Timeout exceeded", "-O timeout="])
  }
}
