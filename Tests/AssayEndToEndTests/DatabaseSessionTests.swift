import Foundation
import Testing

@Suite("browsing a SQLite database in a real terminal", .serialized) struct DatabaseSessionTests {
  /// iris, and `big`: 3,000,000 rows, slow enough to load that Ctrl-C lands during the load.
  static func makeDatabase() throws -> String {
    try SQLiteFixture.database(
      named: "shop.db",
      """
      db.execute("CREATE TABLE iris (sepal_length REAL, sepal_width REAL, petal_length REAL, petal_width REAL, species TEXT)")
      db.executemany("INSERT INTO iris VALUES (?, ?, ?, ?, ?)", list(csv.reader(open("sampledata/iris.csv")))[1:])
      db.execute("CREATE TABLE big (id INTEGER, x REAL, label TEXT)")
      db.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000000) INSERT INTO big SELECT i, i * 0.5, 'label' FROM n")
      """)
  }

  /// Enter opens a table, E shows the SQL it sent, Q runs a query (a write is refused), q goes back.
  @Test func enterOpensATableAQueryOpensItsResultAndQGoesBack() throws {
    let path = try Self.makeDatabase()
    defer { SQLiteFixture.remove(path) }
    let tmux = try TmuxSession(width: 100, height: 12)
    defer { tmux.close() }
    // Opened by its name in its folder, so the status line's messages fit whatever the folder.
    let folder = (path as NSString).deletingLastPathComponent
    try tmux.typeLine("cd '\(folder)' && '\(AssayProcess.binary)' shop.db; echo \"exit=$?\"")
    let listing = try tmux.waitForScreen { $0.contains { $0.contains("row 1/2") } }
    #expect(listing[0].hasPrefix("name kind  size modified rows"), "\(listing)")
    #expect(listing[1].hasPrefix("big  table"), "\(listing)")
    #expect(listing[2].hasPrefix("iris table                150"), "\(listing)")

    try tmux.press("j", "Enter")
    let table = try tmux.waitForScreen { $0.contains { $0.contains("row 1/150") } }
    #expect(table[0].hasPrefix("sepal_length sepal_width petal_length petal_width species"), "\(table)")
    #expect(
      table[11].contains("shop.db › iris  row 1/150") || table[11].contains("› iris  row 1/150"), "\(table)")

    try tmux.press("E")
    let sent = try tmux.waitForScreen { $0.contains { $0.contains("SQL sent to") } }
    #expect(sent.contains("SELECT * FROM `iris`;") && sent.contains("-- 150 rows received"), "\(sent)")
    try tmux.press("q")
    try tmux.waitForScreen { $0.contains { $0.contains("› iris  row 1/150") } }

    try tmux.press("Q")
    try tmux.typeLine("SELECT species, count(*) AS n FROM iris GROUP BY species")
    let result = try tmux.waitForScreen { $0.contains { $0.contains("row 1/3") } }
    #expect(result[0].hasPrefix("species     n"), "\(result)")
    #expect(result[1].hasPrefix("setosa     50"), "\(result)")

    try tmux.press("Q")
    try tmux.typeLine("DELETE FROM iris")
    let refused = try tmux.waitForScreen { $0.contains { $0.contains("the statement would write") } }
    #expect(
      refused.contains { $0.hasPrefix("row 1/3") && $0.contains("would write") },
      "the refusal is the status line of the sheet that stays: \(refused)")

    try tmux.press("q", "q")
    let back = try tmux.waitForScreen { $0.contains { $0.contains("row 2/2") } }
    #expect(back[2].hasPrefix("iris "), "back at the listing, the cursor on iris: \(back)")
    try tmux.press("q")
    try tmux.waitForScreen { $0.contains { $0.contains("exit=0") } }
  }

  @Test func ctrlCDuringALargeTableLoadKeepsItsRowsAndTheListingUsable() throws {
    let path = try Self.makeDatabase()
    defer { SQLiteFixture.remove(path) }
    let tmux = try TmuxSession(width: 100, height: 12)
    defer { tmux.close() }
    try tmux.typeLine("'\(AssayProcess.binary)' '\(path)'; echo \"exit=$?\"")
    try tmux.waitForScreen { $0.contains { $0.contains("row 1/2") } }
    try tmux.press("Enter")
    let loading = try tmux.waitForScreen {
      $0.contains { $0.contains("› big  row 1/") && $0.hasSuffix(" rows") }
    }
    #expect(
      loading[0].split(separator: " ") == ["id", "x", "label"],
      "the first rows show while the rest loads: \(loading)")
    try tmux.press("C-c")
    let stopped = try tmux.waitForScreen { $0.contains { $0.contains("load stopped at") } }
    let status = stopped.first { $0.contains("load stopped at") } ?? ""
    let kept = status.split(separator: " ").first { $0.hasPrefix("1/") }.flatMap { Int($0.dropFirst(2)) }
    #expect(kept.map { $0 > 0 && $0 < 3_000_000 } == true, "the rows that arrived are kept: \(stopped)")
    try tmux.press("q")
    try tmux.waitForScreen { $0.contains { $0.contains("row 1/2") } }
    try tmux.press("q")
    try tmux.waitForScreen { $0.contains { $0.contains("exit=0") } }
  }

  /// A table held in windows of 1,000 rows: > and < read the next and previous rows, : a row far
  /// off, a sort and a filter run in the database; the status line says which rows are held.
  @Test func aTableTooLargeToHoldIsPagedSortedAndFilteredByTheEngine() async throws {
    let path = try Self.makeDatabase()
    defer { SQLiteFixture.remove(path) }
    let tmux = try TmuxSession(width: 110, height: 20)
    defer { tmux.close() }
    try tmux.typeLine("'\(AssayProcess.binary)' 'sqlite:\(path)?table=big&hold=1000'; echo \"exit=$?\"")
    let first = try tmux.waitForScreen { $0.contains { $0.contains("rows 1–1,000 held") } }
    #expect(first[1].split(separator: " ") == ["1", "0.5", "label"], "\(first)")
    #expect(first.contains { $0.contains("row 1/1,000+") && $0.contains("> read on") }, "\(first)")

    try tmux.press(">")
    let next = try tmux.waitForScreen { $0.contains { $0.contains("rows 1,001–2,000 held") } }
    #expect(next[1].split(separator: " ") == ["1001", "500.5", "label"], "\(next)")
    #expect(next.contains { $0.contains("row 1,001/2,000+") }, "\(next)")

    try tmux.press("<")
    try tmux.waitForScreen { $0.contains { $0.contains("rows 1–1,000 held") } }
    try tmux.press(":")
    try tmux.typeLine("2999999")
    let far = try await tmux.waitForScreen(sleeping: ()) {
      $0.contains { $0.contains("rows 2,999,999–3,000,000 held") }
    }
    #expect(far[1].split(separator: " ") == ["2999999", "1499999.5", "label"], "\(far)")
    #expect(far.contains { $0.contains("row 2,999,999/3,000,000 ") }, "no row follows the last: \(far)")

    try tmux.press("l", "]")
    let sorted = try await tmux.waitForScreen(sleeping: ()) {
      $0.contains { $0.contains("rows 1–1,000 held") }
    }
    #expect(sorted[1].split(separator: " ") == ["3000000", "1500000", "label"], "largest x first: \(sorted)")

    try tmux.press("=")
    try tmux.typeLine("id < 4 or id == 2999998")
    let filtered = try tmux.waitForScreen { $0.contains { $0.contains("row 1/4") } }
    #expect(
      filtered[1...4].map { $0.split(separator: " ").first.map(String.init) ?? "" } == [
        "2999998", "3", "2", "1",
      ],
      "the filter's rows, in the sort's order: \(filtered)")
    try tmux.press("E")
    let sent = try tmux.waitForScreen { $0.contains { $0.contains("SQL sent to") } }
    #expect(sent.contains { $0.contains("ORDER BY `x` DESC") }, "\(sent)")
    try tmux.press("q", "q")

    // Enter on a frequency table's value opens every row holding it, found by the engine.
    try tmux.press("l", "F")
    let counts = try await tmux.waitForScreen(sleeping: ()) {
      $0.contains { $0.hasPrefix("label") && $0.contains("3,000,000") }
    }
    #expect(counts.contains { $0.contains("frequency") || $0.contains("row 1/1") }, "\(counts)")
    try tmux.press("Enter")
    let holding = try tmux.waitForScreen {
      $0.contains { $0.contains("label == label") && $0.contains(" held") }
    }
    #expect(holding.contains { $0.contains("row 1/1,000+") }, "\(holding)")
    try tmux.press("q", "q", "q")
    try tmux.waitForScreen { $0.contains { $0.contains("exit=0") } }
  }
}
