import AssayTestSupport
import Foundation
import Testing

/// The built binary on a SQLite copy of iris prints what it prints for the CSV file, and
/// `--explain` shows the SQL it sent on standard error.
struct CommandLineTests {
  /// The binary under test.
  private static let binary = AssayBinary.path

  private static let iris = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("sampledata/iris.csv")
    .path

  /// Runs the binary (with `--no-color` unless `plain`: a command that prints no colour takes
  /// none); its standard output and standard error.
  private func run(_ arguments: [String], plain: Bool = false) throws -> (output: String, errors: String) {
    let ran = try AssayBinary.run(arguments + (plain ? [] : ["--no-color"]))
    return (ran.output, ran.errors)
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
  func databaseCommandsPrintWhatTheCSVPrints() async throws {
    let file = try SQLiteFile([try await TestDatabases.iris()])
    defer { file.remove() }
    let database = "sqlite:\(file.path)?table=iris"
    #expect(try run(["describe", database]).output == run(["describe", Self.iris]).output)
    #expect(
      try run(["describe", database, "--format", "json"]).output
        == run(["describe", Self.iris, "--format", "json"]).output)
    #expect(
      try run(["freq", database, "-c", "species"]).output == run(["freq", Self.iris, "-c", "species"]).output)
    for bins in ["fd", "sturges", "9"] {
      let chart = ["chart", "histogram", "-c", "petal_length", "--bins", bins, "--width", "80"]
      let titleless = { (text: String) in text.split(separator: "\n").dropFirst() }
      #expect(try titleless(run(chart + [database]).output) == titleless(run(chart + [Self.iris]).output))
    }
    let explained = try run(["chart", "histogram", database, "-c", "petal_length", "--explain"])
    #expect(explained.errors.contains("GROUP BY"))
    #expect(!explained.output.contains("GROUP BY"))
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
  func describeTypesAColumnOfSeveralKindsAsSchemaDoes() throws {
    let file = try SQLiteFile(statements: MixedStorageTests.statements)
    defer { file.remove() }
    let described = try run(["describe", file.path, "--table", "t", "--format", "csv"]).output
    let types = described.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[1] }
    let schema = try run(["schema", file.path, "--table", "t"], plain: true).output
    let listed = schema.split(separator: "\n").dropFirst().map { $0.split(separator: " ")[1] }
    #expect(types == ["double", "string", "string"])
    #expect(types == listed, "\(schema)")
    #expect(described.contains("\nb,string,4,0,4,1,x,,,\n"))
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
  func aQueryEndingInASemicolonOrACommentRuns() async throws {
    let file = try SQLiteFile([try await TestDatabases.iris()])
    defer { file.remove() }
    let plain = try run(["describe", file.path, "--query", "SELECT species FROM iris"])
    #expect(plain.output.contains("species"), "\(plain.errors)")
    for query in [
      "SELECT species FROM iris; ", "SELECT species FROM iris -- all rows", "SELECT species\nFROM iris;\n",
    ] {
      #expect(try run(["describe", file.path, "--query", query]) == plain, "\(query)")
    }
  }

  /// A decimal no double holds (30 digits) from each running server: shown and written with every
  /// digit, its column still a number column whose extreme is that exact text.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
  func decimalsNoDoubleHoldsKeepEveryDigitOnEveryServer() throws {
    let environment = ProcessInfo.processInfo.environment
    let queries = [
      (
        "ASSAY_TEST_POSTGRES",
        "SELECT x FROM (VALUES (12345678901234567890.1234567890::numeric), (1.5), (NULL)) AS v(x)"
      ),
      (
        "ASSAY_TEST_MARIADB",
        "SELECT CAST(12345678901234567890.1234567890 AS DECIMAL(30,10)) AS x UNION ALL SELECT 1.5 UNION ALL SELECT NULL"
      ),
      (
        "ASSAY_TEST_CLICKHOUSE",
        "SELECT arrayJoin([toNullable(toDecimal128('12345678901234567890.1234567890', 10)), "
          + "toDecimal128('1.5', 10), NULL]) AS x"
      ),
    ]
    for (variable, query) in queries {
      guard let locator = environment[variable] else { continue }
      let rows = try run([locator, "--query", query, "--batch", "-o", "-"], plain: true)
      // The union's type declares 10 places on MariaDB and ClickHouse, none on PostgreSQL.
      let small = variable == "ASSAY_TEST_POSTGRES" ? "1.5" : "1.5000000000"
      #expect(
        rows.output == "x\n12345678901234567890.1234567890\n\(small)\n\n", "\(variable): \(rows.errors)")
      let described = try run(["describe", locator, "--query", query, "--format", "csv"], plain: true).output
      let summary = ["x", "double", "2", "1", "2", "1.5", "12345678901234567890.1234567890"]
      let moments = ["6.172839450617284e+18", "8.729713269414648e+18", "6.172839450617284e+18"]
      let last = described.split(separator: "\n").last.map(String.init)
      #expect(last == (summary + moments).joined(separator: ","), "\(variable)")
    }
  }

  /// A decimal column with a declared scale, from each running server, is shown and written as the
  /// server writes it (`12.50`, as psql, mariadb and clickhouse-client show it): in the rows, as
  /// JSON, and in its frequency table.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
  func declaredDecimalPlacesAreShownAsWrittenOnEveryServer() throws {
    let environment = ProcessInfo.processInfo.environment
    let queries = [
      (
        "ASSAY_TEST_POSTGRES",
        "SELECT x::numeric(10,2) AS x FROM (VALUES (12.5), (3), (12.5), (NULL)) AS v(x)"
      ),
      (
        "ASSAY_TEST_MARIADB",
        "SELECT CAST(x AS DECIMAL(10,2)) AS x FROM (SELECT 12.5 AS x UNION ALL SELECT 3 UNION ALL SELECT 12.5 "
          + "UNION ALL SELECT NULL) AS v"
      ),
      (
        "ASSAY_TEST_CLICKHOUSE",
        "SELECT arrayJoin([toNullable(toDecimal32('12.5', 2)), toDecimal32('3', 2), toDecimal32('12.5', 2), NULL]) AS x"
      ),
    ]
    for (variable, query) in queries {
      guard let locator = environment[variable] else { continue }
      let rows = try run([locator, "--query", query, "--batch", "-o", "-"], plain: true)
      #expect(rows.output == "x\n12.50\n3.00\n12.50\n\n", "\(variable): \(rows.errors)")
      let lines = NSTemporaryDirectory() + "assay-decimals-\(UUID().uuidString).jsonl"
      defer { unlink(lines) }
      _ = try run([locator, "--query", query, "--batch", "-o", lines], plain: true)
      let json = try String(contentsOfFile: lines, encoding: .utf8)
      #expect(json == "{\"x\": 12.50}\n{\"x\": 3.00}\n{\"x\": 12.50}\n{\"x\": null}\n", "\(variable)")
      let counted = try run(
        ["freq", locator, "--query", query, "--column", "x", "--format", "csv"], plain: true)
      #expect(
        counted.output == "x,count,percent,cumulative\n12.50,2,50,50\n3.00,1,25,75\n,1,25,100\n",
        "\(variable)")
    }
  }

  /// A query with two columns of one name loads with both; its summaries, whose SQL could not tell
  /// them apart (SQLite would summarize the first twice), are refused in one line.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
  func aQueryRepeatingAColumnNameLoadsButIsNotSummarized() throws {
    let file = try SQLiteFile(statements: MixedStorageTests.statements)
    defer { file.remove() }
    let query = "SELECT a, b AS a FROM t"
    let rows = try run([file.path, "--query", query, "--batch", "-o", "-"], plain: true)
    #expect(rows.output == "a,a\n1,1\n2.5,2.5\n3,x\n4,4\n", "\(rows.errors)")
    let described = try run(["describe", file.path, "--query", query])
    #expect(described.output.isEmpty)
    #expect(
      described.errors
        == "assay: \(file.path) › query: the result has two columns named 'a', which SQL cannot tell apart — "
        + "name them apart with AS in the query\n")
  }
}
