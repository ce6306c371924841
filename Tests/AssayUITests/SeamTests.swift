import AssayAnalysis
import AssayCharts
import AssayCore
import AssayTestSupport
import Testing

@testable import AssayUI

/// The data sheet's keys compute through the data source's seam; derived sheets use their rows.
@Suite struct ScreenSeamTests {
  /// Thirty rows of two numeric columns and a text column.
  static let table = SeamFixtures.table(name: "small")

  @Test func theDataSheetsKeysAskItsSeam() throws {
    var state = AppState(table: Self.table, size: Size(width: 80, height: 24))
    let seam = CountingAggregates(Self.table)
    state.sheet.aggregates = seam

    Fixtures.press([.character("I")], on: &state)
    #expect(seam.calls(.describe) == 1 && state.sheet.title == "describe")
    Fixtures.press([.character("q"), .character("F")], on: &state)
    #expect(seam.calls(.frequency) == 1 && state.sheet.title == "x frequency")
    Fixtures.press([.character("q"), .character(".")], on: &state)
    #expect(seam.calls(.histogram) == 1, "one histogram per drawing")
    Fixtures.press([.character("q"), .character("S"), .enter], on: &state)
    guard let scatter = state.screen as? ChartScreen else {
      Issue.record("S opens a chart")
      return
    }
    #expect(scatter.spec.kind == .scatter && scatter.aggregates as? CountingAggregates === seam)
    Fixtures.press([.character("q"), .character("P"), .character("t")], on: &state)
    #expect(seam.calls(.sample) == 1)
    #expect(ProjectionFixtures.projection(state)?.points?.method == .tsne)
  }

  @Test func sortedAndDerivedSheetsUseTheirOwnRows() {
    var state = AppState(table: Self.table, size: Size(width: 80, height: 24))
    let seam = CountingAggregates(Self.table)
    state.sheet.aggregates = seam
    Fixtures.press([.character("["), .character("I"), .character("q"), .character("F")], on: &state)
    #expect(CountingAggregates.Call.allCases.allSatisfy { seam.calls($0) == 0 })
    #expect(state.sheet.title == "x frequency")
  }
}
