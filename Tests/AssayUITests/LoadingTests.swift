import AssayCore
import Testing

@testable import AssayUI

@Suite struct LoadingTests {
  private static func snapshot(rows: Int, finished: Bool = false) -> LoadUpdate {
    LoadUpdate(
      table: FakeSource.prefix(Fixtures.fruit, rows: rows),
      progress: LoadProgress(
        bytesRead: rows * 1_000_000, totalBytes: 6_000_000, rows: rows, finished: finished))
  }

  private static func loadingState() -> AppState {
    var state = Fixtures.state(Table(name: "fruit.csv", columns: []))
    _ = update(state: &state, load: .started(at: 10, sheet: 0))
    return state
  }

  @Test func snapshotsGrowTheTableAndKeepTheCursor() {
    var state = Self.loadingState()
    #expect(Fixtures.screen(state)[0].hasPrefix("loading…"))
    _ = update(state: &state, load: .progress(Self.snapshot(rows: 2), at: 11))
    Fixtures.press([.character("G"), .character("l")], on: &state)
    #expect((state.sheet.cursorRow, state.sheet.cursorColumn) == (1, 1))
    #expect(Fixtures.screen(state)[7] == "row 2/2              2 rows  33%  ETA 2s")
    _ = update(state: &state, load: .progress(Self.snapshot(rows: 4), at: 12))
    #expect((state.sheet.cursorRow, state.sheet.cursorColumn) == (1, 1))
    #expect(state.sheet.table.rowCount == 4)
    _ = update(state: &state, load: .progress(Self.snapshot(rows: 6, finished: true), at: 13))
    #expect(state.load.phase == .finished)
    #expect(Fixtures.screen(state)[7] == "fruit.csv  row 2/6  name (string)".leftPadded(to: 40))
  }

  @Test func describeListsTheTextsTheLoadReadAsNulls() {
    var state = Self.loadingState()
    var last = Self.snapshot(rows: 6, finished: true)
    last.progress.nullTexts = ["price": ["NA", "-"]]
    _ = update(state: &state, load: .progress(last, at: 13))
    Fixtures.press([.character("I")], on: &state)
    #expect(state.sheet.title == "describe")
    #expect(state.sheet.table.columnNames.prefix(5) == ["column", "type", "count", "nulls", "null texts"])
    let texts = state.sheet.table.column(named: "null texts")
    #expect(
      (0..<state.sheet.table.rowCount).map { texts?[$0] } == [.null, .null, .string("NA -"), .null, .null])
  }

  @Test func statusShowsBytesRowsRateAndETAWhileLoading() {
    var state = Self.loadingState()
    _ = update(state: &state, load: .progress(Self.snapshot(rows: 2), at: 12))
    state.size = Size(width: 60, height: 8)
    #expect(Fixtures.screen(state)[7] == "row 1/2  id (int)          2 MB/6 MB  2 rows  1 MB/s  ETA 4s")
  }

  @Test func ctrlCWhileLoadingStopsTheLoadAndKeepsTheRows() {
    var state = Self.loadingState()
    _ = update(state: &state, load: .progress(Self.snapshot(rows: 4), at: 11))
    #expect(Fixtures.press([.ctrl("c")], on: &state) == [.cancelLoad])
    _ = update(state: &state, load: .progress(Self.snapshot(rows: 6), at: 12))
    #expect(state.sheet.table.rowCount == 4)
    #expect(state.load.phase == .stopped)
    #expect(Fixtures.screen(state)[7] == "row 1/4           load stopped at 4 rows")
  }

  @Test func loadErrorIsShownAsAnErrorAndKeepsTheRows() {
    var state = Self.loadingState()
    _ = update(state: &state, load: .progress(Self.snapshot(rows: 3), at: 11))
    _ = update(state: &state, load: .failed("f.csv:4:2: bad quote"))
    let grid = view(state: state, size: state.size)
    #expect(grid.plainLines()[7] == "row 1/3  id (int)   f.csv:4:2: bad quote")
    #expect(grid[x: 39, y: 7].style.role == .error)
    #expect(state.sheet.table.rowCount == 3)
  }

  @Test func progressTextUnits() {
    #expect(ProgressText.bytes(999) == "999 B")
    #expect(ProgressText.bytes(1_500) == "1.5 kB")
    #expect(ProgressText.bytes(999_960) == "1 MB")
    #expect(ProgressText.bytes(12_345_678_901) == "12.3 GB")
    #expect(ProgressText.duration(4.2) == "5s")
    #expect(ProgressText.duration(65) == "1m05s")
    #expect(ProgressText.duration(7_380) == "2h03m")
  }
}

extension String {
  /// The string padded with spaces on the right to `width` characters.
  fileprivate func leftPadded(to width: Int) -> String {
    padding(toLength: width, withPad: " ", startingAt: 0)
  }
}
