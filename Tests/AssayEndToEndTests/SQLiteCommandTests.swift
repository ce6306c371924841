import Foundation
import Testing

/// SQLite databases opened as a user would: by their header whatever their name, as a listing of
/// their tables, a table or a query as a sheet, every column type read, and every write refused.
@Suite("SQLite sources") struct SQLiteCommandTests {
  @Test func aFileWithSQLitesHeaderListsItsTablesWhateverItsName() throws {
    let path = try SQLiteFixture.iris()
    defer { SQLiteFixture.remove(path) }
    let listed = try AssayProcess.run(["ls", path])
    #expect(listed.status == 0)
    #expect(
      listed.stdout == """
        name    kind   size  modified  rows  link  note
        ──────  ─────  ────  ────────  ────  ────  ────
        iris    table                   150
        setosa  table                              view

        2 tables and views; 150 rows in 1 of them as the catalog estimates them

        """)
  }

  @Test func aDatabaseOfOneTableSaysSo() throws {
    let path = try SQLiteFixture.database(named: "one.db", "db.execute(\"CREATE TABLE t (a INTEGER)\")")
    defer { SQLiteFixture.remove(path) }
    let listed = try AssayProcess.run(["ls", path])
    #expect(
      listed.stdout.hasSuffix("\n1 table or view; 0 rows as the catalog estimates them\n"), "\(listed.stdout)"
    )
  }

  /// A schema is the one a load gives: a column whose value on a later page does not fit the type
  /// of its first values is widened.
  @Test func aSchemaWidensAColumnWhoseLaterValuesDoNotFit() throws {
    let path = try SQLiteFixture.database(
      named: "mixed.db",
      """
      db.execute("CREATE TABLE m (n INTEGER, v)")
      db.executemany("INSERT INTO m VALUES (?, ?)", [(i, i) for i in range(60000)])
      db.execute("INSERT INTO m VALUES (1.5, 'text'), (NULL, NULL)")
      """)
    defer { SQLiteFixture.remove(path) }
    let schema = try AssayProcess.run(["schema", path, "--table", "m"])
    #expect(
      schema.stdout == "\(path) › m: 60,002 rows, 2 columns\n  n  double  1 nulls\n  v  string  1 nulls\n")
  }

  /// `assay schema` reads a table's rows page by page and keeps none: a million rows cost about the
  /// memory of none (holding them took 40 MB more).
  @Test func theSchemaOfAMillionRowsHoldsOnePageAtATime() throws {
    let path = try SQLiteFixture.database(
      named: "big.db",
      """
      db.execute("CREATE TABLE big (id INTEGER, amount REAL, category TEXT)")
      db.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) INSERT INTO big SELECT i, i * 0.25, 'category ' || (i % 20) FROM n")
      """)
    defer { SQLiteFixture.remove(path) }
    let (empty, emptyPeak) = try AssayProcess.runMeasuringPeakMemory([
      "schema", path, "--query", "SELECT * FROM big WHERE 0",
    ])
    let (whole, wholePeak) = try AssayProcess.runMeasuringPeakMemory([
      "schema", path, "--table", "big", "--explain",
    ])
    #expect(empty.stdout.hasPrefix("\(path) › query: 0 rows, 3 columns\n"), "\(empty.stdout) \(empty.stderr)")
    #expect(
      whole.stdout
        == "\(path) › big: 1,000,000 rows, 3 columns\n  id        int     0 nulls\n"
        + "  amount    double  0 nulls\n  category  string  0 nulls\n", "\(whole.stderr)")
    #expect(whole.stderr.hasSuffix(": 1 statement\nSELECT * FROM `big`;\n-- 1,000,000 rows received\n"))
    #expect(
      emptyPeak > 0 && wholePeak - emptyPeak < 20_000, "peak \(wholePeak) KB, with no rows \(emptyPeak) KB")
  }

  @Test func aTableDescribesExactlyAsTheSameCSV() throws {
    let path = try SQLiteFixture.iris()
    defer { SQLiteFixture.remove(path) }
    let csv = try AssayProcess.run(["describe", "sampledata/iris.csv"])
    for arguments in [["describe", path, "--table", "iris"], ["describe", "sqlite:\(path)?table=iris"]] {
      let database = try AssayProcess.run(arguments)
      #expect(database.status == 0, "\(database.stderr)")
      #expect(database.stdout == csv.stdout)
    }
    let chart = ["chart", "histogram", "--column", "petal_length", "--width", "60", "--height", "12"]
    let fromCSV = try AssayProcess.run(chart + ["sampledata/iris.csv"])
    let fromDatabase = try AssayProcess.run(chart + [path, "--table", "iris"])
    #expect(
      fromDatabase.stdout.split(separator: "\n").dropFirst()
        == fromCSV.stdout.split(separator: "\n").dropFirst())
  }

  @Test func aQueryIsATableAndAnEmptyResultIsAnEmptyTable() throws {
    let path = try SQLiteFixture.iris()
    defer { SQLiteFixture.remove(path) }
    let grouped = try AssayProcess.run([
      "freq", path, "--column", "species", "--query",
      "SELECT species FROM iris WHERE petal_length > 5 ORDER BY species",
    ])
    #expect(
      grouped.stdout == """
        species     count  percent  cumulative
        ──────────  ─────  ───────  ──────────
        virginica      41   97.619      97.619
        versicolor      1  2.38095         100

        """)
    let empty = try AssayProcess.run(["schema", path, "--query", "SELECT * FROM iris WHERE 1 = 0"])
    #expect(empty.status == 0)
    #expect(empty.stdout.hasPrefix("\(path) › query: 0 rows, 5 columns"))
  }

  @Test func everyColumnTypeIsReadAsItsType() throws {
    let path = try SQLiteFixture.database(
      named: "types.db",
      """
      db.execute("CREATE TABLE every_type (i INTEGER, r REAL, t TEXT, b BLOB, d DATE, ts DATETIME, flag BOOLEAN, n NUMERIC)")
      db.execute("INSERT INTO every_type VALUES (1, 1.5, 'a', x'89504e470d0a1a0a0001', '2024-03-01', '2024-03-01 08:30:00', 1, 12.25)")
      db.execute("INSERT INTO every_type VALUES (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)")
      db.execute("INSERT INTO every_type VALUES (-7, 2.0, 'ü', x'00', '1969-12-31', '2024-03-01 08:30:00.25', 0, 3)")
      """)
    defer { SQLiteFixture.remove(path) }
    let described = try AssayProcess.run(["describe", path, "--table", "every_type", "--format", "csv"])
    #expect(described.status == 0, "\(described.stderr)")
    let rows = described.stdout.split(separator: "\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false)
    }
    let byColumn = Dictionary(
      uniqueKeysWithValues: rows.dropFirst().map { (String($0[0]), $0.map(String.init)) })
    // column, type, count, nulls, distinct, min, max
    #expect(byColumn["i"]?[1...6] == ["int", "2", "1", "2", "-7", "1"])
    #expect(byColumn["r"]?[1...6] == ["double", "2", "1", "2", "1.5", "2"])
    #expect(byColumn["t"]?[1...6] == ["string", "2", "1", "2", "a", "ü"])
    #expect(byColumn["b"]?[5...6] == ["\\x00", "\\x89504e470d0a1a0a0001"])
    #expect(byColumn["d"]?[1...6] == ["date", "2", "1", "2", "1969-12-31", "2024-03-01"])
    #expect(
      byColumn["ts"]?[1...6] == ["timestamp", "2", "1", "2", "2024-03-01 08:30:00", "2024-03-01 08:30:00.25"])
    #expect(byColumn["flag"]?[1...6] == ["bool", "2", "1", "2", "false", "true"])
    #expect(byColumn["n"]?[1...6] == ["double", "2", "1", "2", "3", "12.25"])
  }

  @Test func everyWriteIsRefusedAndBadInputIsOneLine() throws {
    let path = try SQLiteFixture.iris(named: "shop.db")
    defer { SQLiteFixture.remove(path) }
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let copy = path + ".copy"
    let writes = [
      "DELETE FROM iris", "DROP TABLE iris", "UPDATE iris SET species = 'x'", "VACUUM INTO '\(copy)'",
    ]
    for statement in writes {
      let refused = try AssayProcess.run(["describe", path, "--query", statement])
      #expect(refused.status != 0)
      // Refused before it is sent: a summary reads a query as a derived table.
      let opening = statement.prefix { $0 != " " }
      #expect(
        refused.stderr
          == "assay: \(path) › query: only a SELECT is read as a table, and this statement opens with "
          + "\(opening) — write the query as SELECT … (or WITH … SELECT …)\n")
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    #expect(!FileManager.default.fileExists(atPath: copy))
    let cases: [([String], String)] = [
      (
        ["describe", path, "--table", "nope"],
        "assay: \(path): no such table: nope — check the table name; 'assay ls' lists the tables\n"
      ),
      (
        ["freq", path, "--table", "iris", "--column", "nope"],
        "assay: \(path): no such column: nope — check the SQL and the table and column names\n"
      ),
      (
        ["describe", path, "--query", "SELECT 1 FROM WHERE"],
        "assay: \(path): near \"WHERE\": syntax error — check the SQL and the table and column names\n"
      ),
      (
        ["describe", "sqlite:/nonexistent/none.db", "--table", "x"],
        "assay: /nonexistent/none.db: cannot open the SQLite database (unable to open database file) — check the path\n"
      ),
      (
        ["describe", path, "--table", "iris", "--query", "SELECT 1"],
        "assay: \(path): both a table and a query were given — give one of them\n"
      ),
    ]
    for (arguments, message) in cases {
      let result = try AssayProcess.run(arguments)
      #expect(result.status != 0)
      #expect(result.stderr == message)
    }
  }
}
