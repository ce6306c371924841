import AssayCore
import Testing

@testable import AssayUI

/// `-` hides the current column and `+` shows every hidden column again, where it stood.
@Suite struct HiddenColumnTests {
  @Test func plusShowsEveryHiddenColumnAgainAndTheCursorStaysOnItsColumn() {
    var state = Fixtures.state(width: 80)
    Fixtures.press([.character("l"), .character("-")], on: &state)
    #expect(Fixtures.screen(state)[0] == Fixtures.line("id price picked     ripe", width: 80))
    #expect(Fixtures.screen(state)[7].hasSuffix("hid name (+ shows the hidden columns again)"))
    Fixtures.press([.character("l"), .character("-")], on: &state)
    #expect(Fixtures.screen(state)[0] == Fixtures.line("id price ripe", width: 80))
    Fixtures.press([.character("+")], on: &state)
    let screen = Fixtures.screen(state)
    #expect(screen[0] == Fixtures.line("id name       price picked     ripe", width: 80))
    #expect(screen[1] == Fixtures.line(" 1 apple        1.5 2024-10-04 true", width: 80))
    #expect(
      screen[7] == "fruit.csv  row 1/6  ripe (bool)     showing 2 hidden columns again: name, picked",
      "the cursor stays on ripe")
    Fixtures.press([.character("+")], on: &state)
    #expect(
      Fixtures.screen(state)[7].hasSuffix("no hidden columns on this sheet (- hides the current column)"))
  }

  @Test func hiddenColumnsComeBackBesideTheirNeighboursAfterPinsAndKeepTheSort() {
    var state = Fixtures.state(width: 60)
    Fixtures.press([.character("l"), .character("l"), .character("]")], on: &state)
    Fixtures.press([.character("h"), .character("-"), .character("$"), .character("!")], on: &state)
    #expect(Fixtures.screen(state)[0] == Fixtures.line("ripe  id price picked", width: 60))
    Fixtures.press([.character("-")], on: &state)
    #expect(Fixtures.screen(state)[0] == Fixtures.line("id price picked", width: 60))
    Fixtures.press([.character("+"), .character("$")], on: &state)
    let screen = Fixtures.screen(state)
    #expect(
      screen[0] == Fixtures.line("ripe  id name       price picked", width: 60),
      "ripe pinned again, name after id")
    #expect(
      screen[1] == Fixtures.line("true   5 elderberry 12.75 2024-10-08", width: 60), "still sorted by price")
    #expect(screen[6] == Fixtures.line("true   3 cherry           2024-10-06", width: 60))
    Fixtures.press([.character("{")], on: &state)
    #expect(state.message?.text == "sorted by price ↓, picked ↑", "the price key still names its column")
  }

  @Test func helpListsPlusBesideMinus() throws {
    var state = Fixtures.state(width: 100, height: 80)
    Fixtures.press([.character("?")], on: &state)
    let help = Fixtures.screen(state)
    let hide = try #require(help.firstIndex { $0.hasPrefix("- ") })
    #expect(help[hide].hasPrefix("-                 hide-column         hide the current column (+ shows it"))
    #expect(
      help[hide + 1].hasPrefix("+                 show-columns        show every column hidden with - again"))
  }
}
