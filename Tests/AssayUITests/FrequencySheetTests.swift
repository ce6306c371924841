import AssayCore
import Testing

@testable import AssayUI

/// The frequency sheet shows its percents as `assay freq` prints them, its values as the sheet
/// below shows them, and Enter still matches the exact value.
@Suite struct FrequencySheetTests {
  /// Three doubles, one row each: two that differ only in the seventeenth digit, and 2.5.
  static let readings = Table(
    name: "readings",
    columns: [
      Column(name: "x", type: .double, values: [.double(0.1 + 0.2), .double(0.3), .double(2.5)]),
      Column(name: "site", type: .string, values: ["north", "south", "east"].map(Value.string)),
    ])

  /// The readings' frequency table of x, on a screen of 80 × 7.
  static func frequencyOfX() -> AppState {
    var state = Fixtures.state(Self.readings, width: 80, height: 7)
    Fixtures.press([.character("F")], on: &state)
    return state
  }

  /// The longest bar, for a row holding the largest count.
  static let fullBar = String(repeating: "█", count: FrequencySheet.barWidth)

  @Test func percentsReadAsAssayFreqPrintsThemAndValuesKeepEveryDigit() {
    let state = Self.frequencyOfX()
    #expect(
      Fixtures.screen(state) == [
        Fixtures.line("                  x count percent cumulative histogram", width: 80),
        Fixtures.line("                0.3     1 33.3333    33.3333 " + Self.fullBar, width: 80),
        Fixtures.line("0.30000000000000004     1 33.3333    66.6667 " + Self.fullBar, width: 80),
        Fixtures.line("                2.5     1 33.3333        100 " + Self.fullBar, width: 80),
        Fixtures.line("", width: 80),
        Fixtures.line("", width: 80),
        Fixtures.line("readings › x frequency  row 1/3  x (double)", width: 80),
      ])
  }

  @Test func enterOpensTheRowsOfTheExactValue() {
    var state = Self.frequencyOfX()
    Fixtures.press([.enter], on: &state)
    #expect(state.sheet.title == "x == 0.3")
    #expect(
      Array(Fixtures.screen(state)[0...2])
        == ["  x site", "0.3 south", ""].map { Fixtures.line($0, width: 80) })
    Fixtures.press([.character("q"), .character("j"), .enter], on: &state)
    #expect(state.sheet.title == "x == 0.30000000000000004")
    #expect(
      Array(Fixtures.screen(state)[0...2])
        == ["                  x site", "0.30000000000000004 north", ""].map { Fixtures.line($0, width: 80) })
  }

  @Test func aFilterAndAHiddenColumnShownAgainKeepTheShortPercents() {
    var state = Self.frequencyOfX()
    Fixtures.press([.character("=")], on: &state)
    Fixtures.press("x < 1".map { Key.character($0) } + [.enter], on: &state)
    #expect(Fixtures.screen(state)[2].hasPrefix("0.30000000000000004     1 33.3333    66.6667 ██"))
    Fixtures.press([.character("l"), .character("l"), .character("-"), .character("+")], on: &state)
    #expect(Fixtures.screen(state)[2].hasPrefix("0.30000000000000004     1 33.3333    66.6667 ██"))
  }
}
