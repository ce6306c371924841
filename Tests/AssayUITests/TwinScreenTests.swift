import AssayCore
import Testing

@testable import AssayUI

/// `Y` makes the sheet's synthetic twin as a job: a sheet of its rows under the twin screen,
/// which steps through the columns and opens the whole report.
@Suite struct TwinScreenTests {
  @Test func yPushesTheTwinSheetAndTheComparison() throws {
    var state = Fixtures.state(width: 60, height: 20)
    Fixtures.press([.character("Y")], on: &state)
    #expect(state.sheets.map(\.title) == ["fruit.csv", "synthetic fruit.csv"])
    #expect(state.sheet.table.columnNames == Fixtures.fruit.columnNames)
    #expect(state.sheet.table.rowCount == 6)
    let twin = try #require(state.screen as? TwinScreen)
    #expect(twin.title == "twin of fruit.csv")
    let screen = Fixtures.screen(state)
    #expect(screen[0].hasPrefix("id (1/5, number): KS "), "\(screen)")
    #expect(screen[2].hasPrefix("█ real (6) above   █ synthetic (6) below"), "\(screen)")
    #expect(screen[19].contains("› twin of fruit.csv  ←/→ column  r report"), "\(screen)")

    // As many bins as the screen holds, the last one (closed, holding the maximum) drawn.
    let bins = try #require(twin.shown?.labels)
    #expect(bins.count == 8 && bins.last?.hasSuffix("]") == true, "\(bins)")
    #expect(screen.contains { $0.hasPrefix(bins[7] + " ┤") }, "\(screen)")

    Fixtures.press([.character("l")], on: &state)
    #expect(
      Fixtures.screen(state)[0].hasPrefix("name (2/5, generated): generated in the shape of its values"))
    Fixtures.press([.character("h"), .character("h")], on: &state)
    #expect(Fixtures.screen(state)[0].hasPrefix("ripe (5/5, category): TV "))
    Fixtures.press([.character("r")], on: &state)
    #expect(
      Fixtures.screen(state)[0]
        == "Synthetic 6 rows against 6 real rows".padding(toLength: 60, withPad: " ", startingAt: 0))
    Fixtures.press([.character("q"), .character("q")], on: &state)
    #expect(state.screen == nil && state.sheet.title == "synthetic fruit.csv")
  }
}
