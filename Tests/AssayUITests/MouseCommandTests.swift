import AssayCore
import Testing

@testable import AssayUI

/// Clicks and wheel turns are commands: the log records them with their target, and a replay
/// of the log leaves the same sheet.
@Suite struct MouseCommandTests {
  /// Sends a mouse event to the state.
  static func mouse(_ action: MouseEvent.Action, x: Int = 0, y: Int = 0, on state: inout AppState) {
    _ = update(state: &state, event: .mouse(MouseEvent(action: action, x: x, y: y)))
  }

  /// The log of `state` written out, read back and replayed on a fresh state of the same table.
  static func replayed(_ state: AppState, table: Table = Fixtures.fruit) throws -> AppState {
    var fresh = Fixtures.state(table, width: state.size.width, height: state.size.height)
    let commands = try CommandLog.parse(CommandLog.text(state.log), source: "session.tsv")
    _ = try CommandLog.replay(commands, on: &fresh, source: "session.tsv")
    return fresh
  }

  @Test func aClickIsLoggedWithItsRowAndColumnAndReplaysToTheSameCursor() throws {
    var state = Fixtures.state()
    Self.mouse(.press, x: 15, y: 3, on: &state)
    #expect((state.sheet.cursorRow, state.sheet.cursorColumn) == (2, 2))
    #expect(state.log == [LoggedCommand(id: "click-cell", input: "3 price")])
    #expect(CommandLog.text(state.log) == "click-cell\t3 price\n")
    let replay = try Self.replayed(state)
    #expect((replay.sheet.cursorRow, replay.sheet.cursorColumn) == (2, 2))
    #expect(Fixtures.screen(replay) == Fixtures.screen(state))
  }

  @Test func wheelTurnsAreLoggedAsRowCounts() throws {
    let table = Fixtures.numbers(rows: 30, columns: 2)
    var state = Fixtures.state(table)
    Self.mouse(.wheelDown, on: &state)
    Self.mouse(.wheelDown, on: &state)
    Self.mouse(.wheelUp, on: &state)
    #expect(state.sheet.cursorRow == 3)
    #expect(state.log.map(\.input) == ["3", "3", "-3"])
    #expect(try Self.replayed(state, table: table).sheet.cursorRow == 3)
  }

  @Test func aClickOutsideTheCellsRunsAndLogsNothing() {
    var state = Fixtures.state()
    Self.mouse(.press, x: 0, y: 7, on: &state)  // the status line
    Self.mouse(.press, x: 3, y: 0, on: &state)  // the header
    #expect(state.log.isEmpty)
    #expect((state.sheet.cursorRow, state.sheet.cursorColumn) == (0, 0))
  }

  @Test func clicksAmongKeysOnASortedSheetReplayToTheSameSheet() throws {
    var state = Fixtures.state(Fixtures.numbers(rows: 30, columns: 6), width: 30, height: 8)
    Fixtures.press([.character("]")], on: &state)
    Self.mouse(.wheelDown, on: &state)
    Self.mouse(.press, x: 12, y: 5, on: &state)
    Fixtures.press([.character("-")], on: &state)
    Self.mouse(.press, x: 5, y: 2, on: &state)
    #expect(
      state.log.map(\.id) == ["sort-descending", "wheel-rows", "click-cell", "hide-column", "click-cell"])
    #expect(state.log[2].input == "5 c3", "row 5 of the sorted sheet, the fourth column")
    #expect(state.log[4].input == "2 c1")
    let replay = try Self.replayed(state, table: Fixtures.numbers(rows: 30, columns: 6))
    #expect(
      (replay.sheet.cursorRow, replay.sheet.cursorColumn) == (state.sheet.cursorRow, state.sheet.cursorColumn)
    )
    #expect(replay.sheet.table == state.sheet.table)
    #expect(Fixtures.screen(replay).dropLast() == Fixtures.screen(state).dropLast())
  }

  @Test func aBadTargetStopsTheReplayAtItsLine() throws {
    var state = Fixtures.state()
    let commands = try CommandLog.parse("cursor-down\nclick-cell\t2 weight\n", source: "s.tsv")
    #expect(throws: AssayError.self) { _ = try CommandLog.replay(commands, on: &state, source: "s.tsv") }
    #expect(state.message?.text == "no column named 'weight'")
    #expect(throws: AssayError.self) {
      _ = try CommandLog.replay(
        try CommandLog.parse("wheel-rows\tmany\n", source: "s.tsv"), on: &state, source: "s.tsv")
    }
  }
}
