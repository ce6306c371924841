import AssayCore
import Testing

@testable import AssayUI

/// `Y` makes the sheet's synthetic twin as a job: a sheet of its rows under the twin screen,
/// which steps through the columns and opens the whole report.
@Suite struct TwinScreenTests {
  /// The fruit twice over (12 rows, ids 1 to 12, every name different): enough to learn from.
  static let orchard = Table(
    name: "fruit.csv",
    columns: Fixtures.fruit.columns.map { column in
      let values = (0..<column.count).map { column[$0] }
      switch column.name {
      case "id": return Column(name: "id", type: .int, values: (1...12).map { .int(Int64($0)) })
      case "name":
        return Column(name: "name", type: .string, values: values + values.map { .string("\($0) 2") })
      default: return Column(name: column.name, type: column.type, values: values + values)
      }
    })

  @Test func yPushesTheTwinSheetAndTheComparison() throws {
    var state = Fixtures.state(Self.orchard, width: 60, height: 20)
    Fixtures.press([.character("Y")], on: &state)
    #expect(state.sheets.map(\.title) == ["fruit.csv", "synthetic fruit.csv"])
    #expect(state.sheet.table.columnNames == Fixtures.fruit.columnNames)
    #expect(state.sheet.table.rowCount == 12)
    let twin = try #require(state.screen as? TwinScreen)
    #expect(twin.title == "twin of fruit.csv")
    let screen = Fixtures.screen(state)
    #expect(screen[0].hasPrefix("id (1/5, number): KS "), "\(screen)")
    #expect(screen[2].hasPrefix("█ real (12) above   █ synthetic (12) below"), "\(screen)")
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
        == "Synthetic 12 rows against 12 real rows".padding(toLength: 60, withPad: " ", startingAt: 0))
    Fixtures.press([.character("q"), .character("q")], on: &state)
    #expect(state.screen == nil && state.sheet.title == "synthetic fruit.csv")
  }

  /// A sheet of fewer rows than a model learns from is refused on the status line, as `assay synth`
  /// refuses it: a twin of so few rows would give them back.
  @Test func aSheetOfTooFewRowsHasNoTwin() {
    var state = Fixtures.state(width: 100, height: 20)
    Fixtures.press([.character("Y")], on: &state)
    #expect(state.sheets.map(\.title) == ["fruit.csv"] && state.screen == nil)
    #expect(Fixtures.screen(state)[19].contains("fruit.csv: 6 rows to learn from; a model needs 10 or more"))
  }
}
