import Foundation
import Testing

@Suite(
  "assay with a PostgreSQL source, as a user runs it",
  .enabled(if: ProcessInfo.processInfo.environment["ASSAY_TEST_POSTGRES"] != nil))
struct PostgresCommandTests {
  /// `postgres://assay:PASSWORD@127.0.0.1:PORT/assaytest`.
  static let locator = ProcessInfo.processInfo.environment["ASSAY_TEST_POSTGRES"] ?? ""
  /// The password in it.
  static let password = String(locator.split(separator: "@")[0].split(separator: ":").last ?? "")
  /// The locator with another password, port or database.
  static func locator(password: String? = nil, port: String? = nil, database: String? = nil) -> String {
    var text = locator
    if let password { text = text.replacingOccurrences(of: ":\(Self.password)@", with: ":\(password)@") }
    if let port, let colon = text.lastIndex(of: ":") {
      text =
        String(text[..<colon]) + ":" + port + "/" + (text.split(separator: "/").last.map(String.init) ?? "")
    }
    if let database, let slash = text.lastIndex(of: "/") { text = String(text[...slash]) + database }
    return text
  }

  @Test func irisDescribesExactlyAsItsCSV() throws {
    let fromCSV = try AssayProcess.run(["describe", "sampledata/iris.csv"])
    for arguments in [
      ["describe", Self.locator + "?table=iris"], ["describe", Self.locator, "-O", "table=public.iris"],
      ["describe", Self.locator, "-O", "query=SELECT * FROM iris"],
    ] {
      let fromServer = try AssayProcess.run(arguments)
      #expect(fromServer.status == 0, "\(fromServer.stderr)")
      #expect(fromServer.stdout == fromCSV.stdout)
    }
  }

  /// A projection of the million-row table reads the engine's seeded sample, never the table, and
  /// says so under the chart; the same seed draws the same picture.
  @Test func aProjectionOfAMillionRowsDrawsASample() throws {
    let arguments = ["project", "pca", Self.locator + "?table=big", "--columns", "id,amount", "--explain"]
    let result = try AssayProcess.run(arguments)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("PCA of 2 columns, standardised · sample of 100,000 of 1,000,000 points"))
    #expect(result.stderr.contains("-- parameters: 0, 0, 100000 · 100,000 rows received"), "\(result.stderr)")
    #expect(!result.stderr.contains("1,000,000 rows received"))
    #expect(try AssayProcess.run(arguments).stdout == result.stdout)
  }

  @Test func lsListsTheTablesWithTheirRowEstimates() throws {
    let result = try AssayProcess.run(["ls", Self.locator, "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.stdout.contains(Self.password))
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let entries = try #require(json["entries"] as? [[String: Any]])
    let rows = Dictionary(
      entries.compactMap { entry in (entry["name"] as? String).map { ($0, entry["rows"] as? Int) } },
      uniquingKeysWith: { first, _ in first })
    #expect(rows["public.iris"] == 150)
    #expect(rows["public.every_type"] == 3)
    #expect(rows["public.big"] == 1_000_000)
    #expect(rows.keys.filter { $0.hasPrefix("many.") }.count == 1000)
    #expect(rows["many.t1"] == .some(nil), "a table never analyzed has no estimate")
  }

  @Test func aQueryWithNoRowsIsAnEmptyTable() throws {
    let result = try AssayProcess.run(["schema", Self.locator, "-O", "query=SELECT * FROM iris WHERE false"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("0 rows"))
    #expect(result.stdout.contains("species"))
  }

  /// NaN, which a float column stores, is skipped with the nulls by the engine's 2-D bins, and an
  /// infinite value as no number, as in memory.
  @Test func aHeatmapSkipsNaNWithTheNullsAndInfinityAsNoNumber() throws {
    let query = """
      SELECT * FROM (VALUES (1.0::float8, 2.0::float8), ('NaN', 1), (3, 'NaN'), (2, 3), (NULL, 1), \
      ('Infinity', 2), (2, '-Infinity'), ('Infinity', NULL)) AS t(a, b)
      """
    let result = try AssayProcess.run(
      ["chart", "heatmap", Self.locator, "--query", query, "--x", "a", "--y", "b", "--explain"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("2 pairs in "), "\(result.stdout)")
    #expect(result.stdout.contains(" · 3 nulls skipped · 3 non-numeric skipped"), "\(result.stdout)")
    #expect(result.stderr.contains("GROUP BY \"assay_x_bin\", \"assay_y_bin\""), "\(result.stderr)")
  }

  @Test func aWrongPassword() throws {
    let result = try AssayProcess.run(["describe", Self.locator(password: "not-" + Self.password)])
    result.expectOneLineFailure(
      hiding: Self.password, mentions: ["password authentication failed", "postgres://assay@127.0.0.1"])
    #expect(!result.stderr.contains("not-"))
  }

  /// A short wrong password is not looked for in the server's message: the line reads whole, the
  /// user's name intact, and the locator is shown without the password.
  @Test func aShortWrongPasswordLeavesTheMessageWhole() throws {
    let port = Self.locator.split(separator: ":").last?.split(separator: "/").first ?? ""
    for wrong in ["a", "ser", "x"] {
      let result = try AssayProcess.run(["ls", Self.locator(password: wrong)])
      #expect(result.status == 1 && result.stdout.isEmpty)
      #expect(
        result.stderr
          == "assay: postgres://assay@127.0.0.1:\(port)/assaytest: password authentication failed for user "
          + "\"assay\" — check the user and password (the locator, PGPASSWORD or ~/.pgpass)\n")
    }
  }

  @Test func noPasswordAtAll() throws {
    let withoutPassword = Self.locator.replacingOccurrences(of: ":\(Self.password)@", with: "@")
    let result = try AssayProcess.run(
      ["describe", withoutPassword], environment: ["PGPASSFILE": "/nonexistent", "PGPASSWORD": ""])
    #expect(result.status == 1)
    #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
  }

  @Test func thePasswordFromPGPASSWORD() throws {
    let withoutPassword = Self.locator.replacingOccurrences(of: ":\(Self.password)@", with: "@")
    let result = try AssayProcess.run(
      ["schema", withoutPassword + "?table=iris"], environment: ["PGPASSWORD": Self.password])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("150 rows"))
  }

  @Test func anUnreachableServer() throws {
    let result = try AssayProcess.run(["describe", Self.locator(port: "1")])
    result.expectOneLineFailure(
      hiding: Self.password, mentions: ["cannot connect", "refused", "127.0.0.1:1"])
  }

  @Test func anUnknownDatabase() throws {
    let result = try AssayProcess.run(["describe", Self.locator(database: "nosuchdb")])
    result.expectOneLineFailure(hiding: Self.password, mentions: ["database \"nosuchdb\" does not exist"])
  }

  @Test func anUnknownTable() throws {
    let result = try AssayProcess.run(["describe", Self.locator, "-O", "table=nosuch"])
    result.expectOneLineFailure(hiding: Self.password, mentions: ["relation \"nosuch\" does not exist"])
  }

  @Test func aSyntaxErrorInTheQuery() throws {
    let result = try AssayProcess.run(["describe", Self.locator + "?query=SELECT%201%20FROM%20WHERE"])
    result.expectOneLineFailure(hiding: Self.password, mentions: ["syntax error at or near \"WHERE\""])
  }

  @Test func requiringTLSFromAServerWithout() throws {
    let result = try AssayProcess.run(["describe", Self.locator + "?sslmode=require"])
    result.expectOneLineFailure(hiding: Self.password, mentions: ["does not offer TLS"])
  }

  @Test func everyTypeIsShownAsItsValues() throws {
    let result = try AssayProcess.run(["describe", Self.locator + "?table=every_type"])
    #expect(result.status == 0, "\(result.stderr)")
    for shown in [
      "2024-02-29 13:45:56.123456", "2024-02-29 11:45:56.5Z", "423d 04:05:06.7", "{\"x y\",\"\",NULL}",
    ] {
      #expect(result.stdout.contains(shown), "\(shown)")
    }
  }
}
