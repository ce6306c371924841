import AssayCore
import AssayParquet
import Foundation
import Testing

@testable import AssayUI

@Suite struct BrowserCommandTests {
  /// Types `text` at the open prompt and presses Enter.
  static func type(_ text: String, on state: inout AppState) {
    Fixtures.press(text.map { Key.character($0) } + [.enter], on: &state)
  }

  @Test func bracketsSortByTheCursorColumnWithNullsLast() {
    var state = Fixtures.state()
    Fixtures.press([.character("l"), .character("l"), .character("]")], on: &state)
    #expect(
      Fixtures.screen(state) == [
        "id name       price picked     ripe     ",
        " 5 elderberry 12.75 2024-10-08 true     ",
        " 4 date           3 2024-10-07 false    ",
        " 6 fig            2 2024-10-09 false    ",
        " 1 apple        1.5 2024-10-04 true     ",
        " 2 banana      0.25 2024-10-05 false    ",
        " 3 cherry           2024-10-06 true     ",
        "row 1/6                sorted by price ↓",
      ])
    Fixtures.press([.character("[")], on: &state)
    #expect(state.sheet.table.columns[0].chunks.count == 1)
    #expect((0..<6).map { state.sheet.table.columns[0][$0] } == [2, 1, 6, 4, 5, 3].map { .int($0) })
  }

  @Test func shiftBracketAddsASecondSortKey() {
    var state = Fixtures.state()
    Fixtures.press([.go(column: 4), .character("["), .go(column: 0), .character("}")], on: &state)
    #expect((0..<6).map { state.sheet.table.columns[0][$0] } == [6, 4, 2, 5, 3, 1].map { .int($0) })
    #expect(state.sheet.sortKeys == [SortKey(column: 4), SortKey(column: 0, descending: true)])
    #expect(state.message?.text == "sorted by ripe ↑, id ↓")
  }

  @Test func filterPromptPushesASheetOfMatchingRowsWithABreadcrumb() {
    var state = Fixtures.state()
    Fixtures.press([.character("=")], on: &state)
    Fixtures.press("price > 1.5 and ripe == false".map { Key.character($0) }, on: &state)
    #expect(Fixtures.screen(state)[7] == "filter: price > 1.5 and ripe == false   ")
    Fixtures.press([.enter], on: &state)
    #expect(
      Fixtures.screen(state) == [
        "id name price picked     ripe           ",
        " 4 date     3 2024-10-07 false          ",
        " 6 fig      2 2024-10-09 false          ",
        "                                        ",
        "                                        ",
        "                                        ",
        "                                        ",
        "row 1/2  id (int)                 2 rows",
      ])
    #expect(state.sheets.map(\.title) == ["fruit.csv", "price > 1.5 and ripe == false"])
    Fixtures.press([.character("q")], on: &state)
    #expect(state.sheets.count == 1)
  }

  @Test func filterMistakeIsShownAtItsCharacterAndKeepsTheSheet() {
    var state = Fixtures.state(width: 70)
    Fixtures.press([.character("=")], on: &state)
    Self.type("price > cheap", on: &state)
    #expect(state.sheets.count == 1)
    #expect(state.message?.isError == true)
    #expect(Fixtures.screen(state)[7].hasSuffix("filter:1:9: 'price' holds numbers; expected a number"))
  }

  @Test func escapeClosesThePromptWithoutRunningTheCommand() {
    var state = Fixtures.state()
    Fixtures.press([.character("="), .character("x"), .escape], on: &state)
    #expect(state.prompt == nil)
    #expect(state.log.isEmpty)
  }

  @Test func frequencySheetCountsValuesWithBarsAndEnterOpensTheirRows() {
    let table = Table(
      name: "pets",
      columns: [
        Column(name: "kind", type: .string, values: ["cat", "dog", "cat", "cat", "eel"].map(Value.string))
      ])
    var state = Fixtures.state(table, width: 60, height: 6)
    Fixtures.press([.character("F")], on: &state)
    #expect(
      Fixtures.screen(state) == [
        "kind count percent cumulative histogram                     ",
        "cat      3      60         60 ██████████████████████████████",
        "dog      1      20         80 ██████████                    ",
        "eel      1      20        100 ██████████                    ",
        "                                                            ",
        "pets › kind frequency  row 1/3  kind (string)               ",
      ])
    Fixtures.press([.character("j"), .enter], on: &state)
    #expect(state.sheets.map(\.title) == ["pets", "kind frequency", "kind == dog"])
    #expect(state.sheet.table.rowCount == 1)
  }

  @Test func describeSheetHasOneRowPerColumn() {
    var state = Fixtures.state(width: 100)
    Fixtures.press([.character("I")], on: &state)
    #expect(state.sheet.title == "describe")
    #expect(state.sheet.table.rowCount == 5)
    #expect(
      Fixtures.screen(state)[3].hasPrefix(
        "price  double     5     1        5 0.25       12.75       3.9  5.045418714041482 2 "))
  }

  @Test func searchFindsTheNextMatchAndWraps() {
    var state = Fixtures.state()
    Fixtures.press([.character("l"), .character("/")], on: &state)
    Self.type("rr", on: &state)
    #expect(state.sheet.cursorRow == 2)
    Fixtures.press([.character("n")], on: &state)
    #expect(state.sheet.cursorRow == 4)
    Fixtures.press([.character("n")], on: &state)
    #expect(state.sheet.cursorRow == 2)
    Fixtures.press([.character("N")], on: &state)
    #expect(state.sheet.cursorRow == 4)
    Fixtures.press([.character("\\")], on: &state)
    Self.type("^2024-10-09$", on: &state)
    #expect(state.sheet.cursorRow == 5 && state.sheet.cursorColumn == 3)
    Fixtures.press([.character("/")], on: &state)
    Self.type("zzz", on: &state)
    #expect(state.message == StatusMessage("no match for /zzz/", isError: true))
  }

  @Test func selectedRowsOpenAsANewSheet() {
    var state = Fixtures.state()
    Fixtures.press([.character("l"), .character("|")], on: &state)
    Self.type("an|ig", on: &state)
    #expect(state.sheet.selectedRows == [1, 5])
    Fixtures.press([.character("s")], on: &state)
    #expect(Fixtures.screen(state)[7].hasPrefix("row 2/6 (3 selected)  name (string)"))
    Fixtures.press([.character("\"")], on: &state)
    #expect(state.sheet.title == "3 selected")
    #expect((0..<3).map { state.sheet.table.columns[1][$0] } == ["apple", "banana", "fig"].map(Value.string))
  }

  @Test func hidePinAndFitReshapeTheColumns() {
    var state = Fixtures.state(width: 30)
    Fixtures.press([.character("l"), .character("-")], on: &state)
    #expect(state.sheet.table.columnNames == ["id", "price", "picked", "ripe"])
    Fixtures.press([.character("l"), .character("l"), .character("!")], on: &state)
    #expect(state.sheet.table.columnNames == ["ripe", "id", "price", "picked"])
    Fixtures.press([.character("$")], on: &state)
    #expect(Fixtures.screen(state)[0] == "ripe  id price picked         ")
    Fixtures.press([.character("_")], on: &state)
    #expect(state.sheet.columnWidths[3] == 10)
  }

  @Test func pinnedColumnStaysInViewWhileScrollingRight() {
    var state = Fixtures.state(Fixtures.numbers(rows: 3, columns: 12), width: 19, height: 5)
    Fixtures.press([.character("!")] + Array(repeating: .character("l"), count: 10), on: &state)
    #expect(Fixtures.screen(state)[0] == "c0 c6 c7 c8 c9 c10 ")
  }

  @Test func exportAsksTheRunLoopToWriteTheSheet() throws {
    var state = Fixtures.state()
    Fixtures.press([.ctrl("s")], on: &state)
    Fixtures.press("out.tsv".map { Key.character($0) }, on: &state)
    let effects = Fixtures.press([.enter], on: &state)
    #expect(effects == [.export(ExportRequest(table: Fixtures.fruit, path: "out.tsv", format: .tsv))])
    Fixtures.press([.ctrl("s")], on: &state)
    Self.type("out.xlsx", on: &state)
    #expect(state.message?.isError == true)
  }

  @Test func anExistingFileIsReplacedOnlyWhenTheAnswerIsYes() throws {
    let path = NSTemporaryDirectory() + "assay-existing-\(getpid()).csv"
    try Data("kept\n".utf8).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    var state = Fixtures.state()
    for (answer, written) in [("n", false), ("", false), ("y", true)] {
      Fixtures.press([.ctrl("s")], on: &state)
      Self.type(path, on: &state)
      #expect(state.prompt?.label == "\(path) exists: replace it with this sheet? (y/N) ")
      let effects = Fixtures.press(answer.map { Key.character($0) } + [.enter], on: &state)
      let request = ExportRequest(table: Fixtures.fruit, path: path, format: .csv)
      #expect(effects == (written ? [.export(request)] : []))
      #expect(written || state.message?.text == "not saved: \(path) is unchanged")
    }
    Fixtures.press([.ctrl("s")], on: &state)
    let effects = Fixtures.press("~/assay-out.tsv".map { Key.character($0) } + [.enter], on: &state)
    let home = FileManager.default.homeDirectoryForCurrentUser.path
    #expect(
      effects == [.export(ExportRequest(table: Fixtures.fruit, path: home + "/assay-out.tsv", format: .tsv))])
  }

  @Test func exportWritesTheFileAtomically() throws {
    let path = NSTemporaryDirectory() + "assay-export-\(getpid()).jsonl"
    defer { try? FileManager.default.removeItem(atPath: path) }
    let request = ExportRequest(table: Fixtures.fruit, path: path, format: .jsonl)
    #expect(try request.perform() == "wrote 6 rows to \(path)")
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    #expect(lines.count == 6)
    #expect(lines[2] == #"{"id": 3, "name": "cherry", "price": null, "picked": "2024-10-06", "ripe": true}"#)
  }

  /// JSON has no infinity: infinite numbers are written as null, and the report says how many.
  @Test func anExportToJSONTellsOfTheInfinitiesItWroteAsNull() throws {
    let path = NSTemporaryDirectory() + "assay-infinite-\(getpid()).json"
    defer { try? FileManager.default.removeItem(atPath: path) }
    let table = Table(
      name: "t",
      columns: [
        Column(name: "z", type: .double, values: [.double(1.5), .double(.infinity), .double(-.infinity)])
      ])
    #expect(
      try ExportRequest(table: table, path: path, format: .json).perform()
        == "wrote 3 rows to \(path); 2 infinite numbers written as null: JSON has no infinity (.csv, .tsv and .parquet keep them)"
    )
    #expect(try ExportRequest(table: table, path: path, format: .csv).perform() == "wrote 3 rows to \(path)")
  }

  @Test func ctrlSWithAParquetNameWritesParquet() async throws {
    var state = Fixtures.state()
    Fixtures.press([.ctrl("s")], on: &state)
    let effects = Fixtures.press("out.parquet".map { Key.character($0) } + [.enter], on: &state)
    #expect(effects == [.export(ExportRequest(table: Fixtures.fruit, path: "out.parquet", format: .parquet))])
    let path = NSTemporaryDirectory() + "assay-export-\(getpid()).parquet"
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(
      try ExportRequest(table: Fixtures.fruit, path: path, format: .parquet).perform()
        == "wrote 6 rows to \(path)")
    let back = try await ParquetSource(path: path, name: "out", columns: nil).loadAll()
    #expect(TableWriter.string(back, format: .csv) == TableWriter.string(Fixtures.fruit, format: .csv))
  }

  @Test func commandLogRecordsCommandsAndReplaysThem() throws {
    var state = Fixtures.state()
    Fixtures.press([.character("l"), .character("l"), .character("]"), .character("=")], on: &state)
    Self.type("id\t< 5", on: &state)
    let text = CommandLog.text(state.log)
    #expect(text == "cursor-right\ncursor-right\nsort-descending\nfilter\tid\\t< 5\n")
    var replayed = Fixtures.state()
    _ = try CommandLog.replay(CommandLog.parse(text, source: "s.tsv"), on: &replayed, source: "s.tsv")
    #expect(replayed.log == state.log)
    #expect(replayed.sheet.table == state.sheet.table)
  }

  @Test func replayStopsAtTheFirstFailingCommandWithItsLine() throws {
    var state = Fixtures.state()
    let commands = try CommandLog.parse("# comment\ncursor-down\nfilter\tnope > 1\n", source: "s.tsv")
    #expect(throws: AssayError.self) { try CommandLog.replay(commands, on: &state, source: "s.tsv") }
    do {
      _ = try CommandLog.replay(commands, on: &state, source: "s.tsv")
    } catch {
      #expect(String(describing: error).hasPrefix("s.tsv:3: filter:1:1: no column named 'nope'"))
    }
    #expect(throws: AssayError.self) { try CommandLog.parse("jump-around\n", source: "s.tsv") }
  }

  @Test func keymapFileRebindsAndUnbindsKeys() throws {
    let keymap = try KeymapFile.apply(
      "# mine\nCtrl-N  cursor-down\nj none\nF5 sort-ascending\n", to: .table, source: "keys")
    #expect(keymap.commandID(for: .ctrl("n")) == "cursor-down")
    #expect(keymap.commandID(for: .character("j")) == nil)
    #expect(keymap.commandID(for: .function(5)) == "sort-ascending")
    #expect(throws: AssayError.self) {
      try KeymapFile.apply("Hyper-X cursor-down\n", to: .table, source: "keys")
    }
    #expect(throws: AssayError.self) { try KeymapFile.apply("x fly\n", to: .table, source: "keys") }
    for binding in Keymap.table.bindings { #expect(Key(label: binding.key.label) == binding.key) }
  }

  @Test func slowCommandsBecomeJobsAndOnlyMovingWorksWhileOneRuns() {
    var state = Fixtures.state()
    let effects = update(state: &state, event: .key(.character("]")))
    guard case .startJob(let job) = effects.first else {
      Issue.record("sorting runs as a job: \(effects)")
      return
    }
    #expect(job.title == "sorting by id ↓")
    state.job = job.title
    #expect(Fixtures.screen(state)[7].hasSuffix("sorting by id ↓…  Ctrl-C stops"))
    Fixtures.press([.character("j")], on: &state)
    #expect(state.sheet.cursorRow == 1)
    #expect(Fixtures.press([.character("F")], on: &state) == [])
    #expect(state.message?.text == "busy: sorting by id ↓…; 1 key typed runs after it (Ctrl-C stops it)")
    Fixtures.press([.character("j")], on: &state)
    #expect(state.message?.text == "busy: sorting by id ↓…; 2 keys typed run after it (Ctrl-C stops it)")
    #expect(state.sheet.cursorRow == 1)
    #expect(Fixtures.press([.ctrl("c")], on: &state) == [.cancelJob])
    #expect(state.job == nil)
    #expect(state.message?.text == "stopped sorting by id ↓; the 2 keys typed meanwhile did not run")
    #expect(state.takeTypedAhead() == nil)
    job.runNow(on: &state)
    #expect(state.sheet.table.columns[0][0] == .int(6))
  }

  @Test func keysTypedDuringAJobWaitAndRunInOrderWhenItEnds() {
    var state = Fixtures.state()
    guard case .startJob(let job) = update(state: &state, event: .key(.character("["))).first else {
      Issue.record("sorting runs as a job")
      return
    }
    state.job = job.title
    for key in [Key.character("="), .character("i"), .character("d")] {
      #expect(update(state: &state, event: .key(key)) == [])
    }
    #expect(state.prompt == nil)
    #expect(state.takeTypedAhead() == nil, "nothing runs while the job computes")
    job.runNow(on: &state)
    while let event = state.takeTypedAhead() { _ = update(state: &state, event: event) }
    #expect(state.prompt?.commandID == "filter")
    #expect(state.prompt?.text == "id")
    #expect(state.sheet.sortKeys == [SortKey(column: 0, descending: false)])
  }

  @Test func sortingWhileTheDataSheetLoadsWaits() {
    var state = Fixtures.state()
    _ = update(state: &state, load: .started(at: 0, sheet: 0))
    Fixtures.press([.character("[")], on: &state)
    #expect(state.message?.text.hasPrefix("still loading") == true)
    #expect(state.sheet.sortKeys.isEmpty)
  }
}

extension Key {
  /// A key that moves the cursor to a column in the fruit fixture (0: `0`, else `0` then `l`s).
  fileprivate static func go(column: Int) -> Key { column == 0 ? .character("0") : .character("$") }
}
