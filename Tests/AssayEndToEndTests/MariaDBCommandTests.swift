import AssayTestSupport
import Foundation
import Testing

/// MariaDB as a user meets it through the `assay` binary, against the server that
/// `scripts/servers/mariadb.sh` starts (`ASSAY_TEST_MARIADB`).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["ASSAY_TEST_MARIADB"] != nil))
struct MariaDBCommandTests {
  /// `mysql://assay:PASSWORD@127.0.0.1:PORT/assaytest`.
  let locator = ProcessInfo.processInfo.environment["ASSAY_TEST_MARIADB"] ?? ""

  /// The password in the locator, which nothing may print.
  var password: String {
    let afterUser = locator.split(separator: ":", maxSplits: 2)[2]
    return String(afterUser.prefix { $0 != "@" })
  }

  /// The server's address without a database: `mysql://assay:PASSWORD@127.0.0.1:PORT`.
  var serverLocator: String { String(locator[..<locator.range(of: "/", options: .backwards)!.lowerBound]) }

  /// Runs assay and checks that nothing it printed holds the password.
  func assay(_ arguments: [String]) throws -> AssayProcess.Result {
    let result = try AssayProcess.run(arguments)
    #expect(!result.stdout.contains(password) && !result.stderr.contains(password), "\(arguments)")
    return result
  }

  /// A failure as a user must see it: exit 1, nothing on stdout, one line on stderr naming `needles`.
  func expectOneLineFailure(_ arguments: [String], mentions needles: [String]) throws {
    try assay(arguments).expectOneLineFailure(mentions: needles)
  }

  @Test func irisDescribesAsTheCSVDoes() throws {
    let fromServer = try assay(["describe", locator, "-O", "table=iris"])
    let fromFile = try assay(["describe", "sampledata/iris.csv"])
    #expect(fromServer.status == 0, "\(fromServer.stderr)")
    #expect(fromServer.stdout == fromFile.stdout)
    #expect(try assay(["describe", locator + "?table=iris"]).stdout == fromFile.stdout)
  }

  @Test func thePasswordMayComeFromMyCnfOrMYSQLPWD() throws {
    let home = NSTemporaryDirectory() + "assay-mycnf-\(getpid())-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: home) }
    let withoutPassword = locator.replacingOccurrences(of: ":" + password + "@", with: "@")
    let arguments = ["describe", withoutPassword, "-O", "table=iris"]
    let expected = try assay(["describe", "sampledata/iris.csv"]).stdout
    let refused = try AssayProcess.run(arguments, environment: ["HOME": home, "MYSQL_PWD": ""])
    #expect(refused.status == 1 && refused.stderr.contains("(using password: NO)"), "\(refused.stderr)")
    let fromEnvironment = try AssayProcess.run(arguments, environment: ["HOME": home, "MYSQL_PWD": password])
    #expect(fromEnvironment.stdout == expected, "\(fromEnvironment.stderr)")
    try "[client]\npassword = \"\(password)\"\n".write(
      toFile: home + "/.my.cnf", atomically: true, encoding: .utf8)
    let fromFile = try AssayProcess.run(arguments, environment: ["HOME": home, "MYSQL_PWD": ""])
    #expect(fromFile.stdout == expected, "\(fromFile.stderr)")
    for result in [refused, fromEnvironment, fromFile] { #expect(!result.stderr.contains(password)) }
  }

  @Test func lsListsTheTablesWithRowEstimates() throws {
    let result = try assay(["ls", locator, "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let entries = try #require(json["entries"] as? [[String: Any]])
    var rows: [String: Int] = [:]
    for entry in entries { rows[entry["name"] as? String ?? ""] = entry["rows"] as? Int }
    #expect(rows["iris"] == 150)
    #expect(rows["every_type"] == 3)
    #expect((900_000...1_100_000).contains(rows["big"] ?? 0), "\(rows)")
    #expect(entries.allSatisfy { $0["kind"] as? String == "table" })
    let text = try assay(["ls", locator])
    #expect(text.stdout.contains("iris") && text.stdout.contains("every_type") && text.stdout.contains("big"))
  }

  @Test func everyTypeDescribesWithItsTypes() throws {
    let result = try assay([
      "describe", "mariadb" + locator.dropFirst("mysql".count), "-O", "table=every_type",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    var types: [String: String] = [:]
    for line in result.stdout.split(separator: "\n").dropFirst(2) {
      let fields = line.split(separator: " ", omittingEmptySubsequences: true)
      types[String(fields[0])] = String(fields[1])
    }
    // BIGINT UNSIGNED is typed by its field as integers (a value past Int64.max is text in a loaded sheet).
    #expect(types["big_value"] == "int" && types["unsigned_value"] == "int")
    #expect(types["decimal_value"] == "double" && types["bit_flag"] == "bool" && types["bool_flag"] == "bool")
    #expect(types["date_value"] == "date" && types["timestamp_value"] == "timestamp")
    #expect(types["time_value"] == "duration" && types["blob_value"] == "string")
    #expect(result.stdout.contains("2024-03-01 08:00:00.25Z"), "a TIMESTAMP is an instant, shown in UTC")
  }

  @Test func aQueryWithNoRowsIsAnEmptyTable() throws {
    let result = try assay(["describe", locator, "-O", "query=SELECT * FROM iris WHERE species = 'none'"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("sepal_length  double      0      0         0"), "\(result.stdout)")
  }

  /// The default collation holds `a`, `A` and `a ` equal; Assay tells them apart, as it does in a file.
  @Test func frequencyTellsApartTextsTheCollationHoldsEqual() throws {
    let query =
      "SELECT 'A' AS t UNION ALL SELECT 'a' UNION ALL SELECT 'A' UNION ALL SELECT 'a ' UNION ALL SELECT 'b'"
    let result = try assay(["freq", locator, "--query", query, "--column", "t", "--format", "csv"])
    #expect(result.status == 0, "\(result.stderr)")
    let fromFile = try AssayProcess.run(
      ["freq", "-", "--column", "t", "--format", "csv"], stdin: "t\nA\na\nA\n\"a \"\nb\n")
    #expect(result.stdout == fromFile.stdout)
    #expect(result.stdout.hasPrefix("t,count,percent,cumulative\nA,2,"), "\(result.stdout)")
  }

  @Test func badInputIsOneLineWithoutThePassword() throws {
    let wrong = locator.replacingOccurrences(of: ":" + password + "@", with: ":wrong-password-1@")
    try expectOneLineFailure(["describe", wrong, "-O", "table=iris"], mentions: ["Access denied", "***"])
    let closedPort = try closedLoopbackPort()
    try expectOneLineFailure(
      ["describe", "mysql://assay:\(password)@127.0.0.1:\(closedPort)/assaytest"],
      mentions: ["cannot connect", "check the host and port"])
    try expectOneLineFailure(
      ["describe", serverLocator + "/no_such_database"], mentions: ["no_such_database"])
    try expectOneLineFailure(["describe", locator, "-O", "table=no_such_table"], mentions: ["doesn't exist"])
    try expectOneLineFailure(["describe", locator, "-O", "query=SELECT FROM"], mentions: ["SQL syntax"])
    try expectOneLineFailure(["describe", locator + "?query=SELECT%20FROM"], mentions: ["SQL syntax"])
    try expectOneLineFailure(
      ["describe", locator, "-O", "query=DELETE FROM iris"],
      mentions: ["this statement opens with DELETE", "write the query as SELECT"])
  }

  /// A loopback port with nothing listening: bound, then closed.
  func closedLoopbackPort() throws -> Int {
    let socket = try LoopbackSocket(listening: false)
    close(socket.descriptor)
    return socket.port
  }
}
