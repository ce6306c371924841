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

  /// A chart whose bins a source's seam counts (a database's statements, which may take any time)
  /// is drawn by a job, off the thread that reads the keys, however few rows the sheet holds; a
  /// chart of rows in memory of that size is drawn at once.
  @Test func aChartOfASeamIsDrawnByAJob() {
    var state = AppState(table: Self.table, size: Size(width: 80, height: 24))
    let seam = CountingAggregates(Self.table)
    state.sheet.aggregates = seam
    let effects = update(state: &state, event: .key(.character(".")))
    #expect(seam.calls(.histogram) == 0, "nothing is counted before the job runs")
    #expect(effects.contains { if case .startJob = $0 { true } else { false } })
    #expect((state.screen as? ChartScreen)?.drawing == nil)
    _ = Job.runAll(effects, on: &state)
    #expect(seam.calls(.histogram) == 1)
    #expect((state.screen as? ChartScreen)?.drawing != nil)

    var inMemory = AppState(table: Self.table, size: Size(width: 80, height: 24))
    #expect(update(state: &inMemory, event: .key(.character("."))).isEmpty)
    #expect((inMemory.screen as? ChartScreen)?.drawing != nil)
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
