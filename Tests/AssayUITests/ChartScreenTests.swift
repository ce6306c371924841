import AssayAnalysis
import AssayCharts
import AssayCore
import AssayTestSupport
import Testing

@testable import AssayUI

@Suite struct ChartScreenTests {
  @Test func dotOpensAHistogramOfANumericColumnAndBarsOfAText() throws {
    var state = ScreenFixtures.state()
    Fixtures.press([.character(".")], on: &state)
    let histogram = try #require(ScreenFixtures.chart(state))
    #expect(histogram.spec.kind == .histogram && histogram.spec.x == "length")
    #expect(Fixtures.screen(state)[0].contains("length — measurements"))
    #expect(
      Fixtures.screen(state)[23].hasPrefix("measurements › histogram of length  braille · Freedman–Diaconis"))
    Fixtures.press([.character("q"), .character("l"), .character("V")], on: &state)
    let bars = try #require(ScreenFixtures.chart(state))
    #expect(bars.spec.kind == .bar && bars.spec.x == "kind")
    #expect(Fixtures.screen(state).contains { $0.contains("count by kind") })
  }

  @Test func chartKeysSwitchCanvasBinsScaleAndDirection() throws {
    var state = ScreenFixtures.state()
    Fixtures.press([.character(".")], on: &state)
    let drawnBins = try #require(ScreenFixtures.chart(state)?.drawing?.binCount)
    Fixtures.press([.character("c"), .character("L"), .character("v")], on: &state)
    var spec = try #require(ScreenFixtures.chart(state)?.spec)
    #expect(spec.canvas == .block && spec.logScale && spec.vertical)
    #expect(Fixtures.screen(state)[23].contains("block · Freedman–Diaconis · vertical · log"))
    Fixtures.press([.character("B")], on: &state)
    spec = try #require(ScreenFixtures.chart(state)?.spec)
    #expect(spec.binRule == .count(ChartBins.more(than: drawnBins)))
    Fixtures.press([.character("b"), .character("b")], on: &state)
    #expect(
      ScreenFixtures.chart(state)?.spec.binRule
        == .count(ChartBins.fewer(than: ChartBins.fewer(than: ChartBins.more(than: drawnBins)))))
    Fixtures.press([.character("r")], on: &state)
    #expect(ScreenFixtures.chart(state)?.spec.binRule == .freedmanDiaconis)
    Fixtures.press([.character("r")], on: &state)
    #expect(ScreenFixtures.chart(state)?.spec.binRule == .sturges)
    Fixtures.press(Array(repeating: .character("c"), count: 4), on: &state)
    #expect(ScreenFixtures.chart(state)?.spec.canvas == .braille)
  }

  @Test func binKeysStepByHalfAgainWithinLimits() {
    #expect(ChartBins.more(than: 1) == 2 && ChartBins.more(than: 10) == 15)
    #expect(ChartBins.fewer(than: 15) == 10 && ChartBins.fewer(than: 1) == 1)
    #expect(ChartBins.more(than: Histogram.maximumBinCount) == Histogram.maximumBinCount)
  }

  @Test func scatterTakesTheNextNumericColumnOrTheOneTyped() throws {
    var state = ScreenFixtures.state()
    Fixtures.press([.character("S"), .enter], on: &state)
    #expect(ScreenFixtures.chart(state)?.spec == ChartSpec(kind: .scatter, x: "length", y: ["width"]))
    Fixtures.press(
      [.character("q"), .character("$"), .character("S")] + ScreenFixtures.typing("length") + [.enter],
      on: &state)
    #expect(ScreenFixtures.chart(state)?.spec == ChartSpec(kind: .scatter, x: "width", y: ["length"]))
    Fixtures.press(
      [.character("q"), .character("S")] + ScreenFixtures.typing("height") + [.enter], on: &state)
    #expect(state.screen == nil)
    #expect(state.message?.text.hasPrefix("no column named 'height'") == true)
  }

  @Test func scatterOfATextColumnStaysOnTheTableWithTheReasonOnTheStatusLine() {
    var state = ScreenFixtures.state()
    Fixtures.press([.character("l"), .character("S"), .enter], on: &state)
    #expect(state.screen == nil)
    let screen = Fixtures.screen(state)
    #expect(screen[0].hasPrefix("            length kind              width"), "the table stays: \(screen)")
    #expect(
      screen[23] == "row 1/300  measurements: column 'kind' holds text, not numbers — choose a numeri",
      "\(screen)")
    #expect(state.message?.isError == true)
    Fixtures.press([.character("h"), .character("S")] + ScreenFixtures.typing("kind") + [.enter], on: &state)
    #expect(state.screen == nil, "a text y is refused the same way")
    #expect(Fixtures.screen(state)[23].contains("column 'kind' holds text, not numbers"))
  }

  @Test func aChartDrawnByAJobThatFailsLeavesTheTableWithTheReason() throws {
    var state = ScreenFixtures.state(rows: ChartRendering.rowsDrawnAtOnce + 1)
    let opened =
      update(state: &state, event: .key(.character("l")))
      + update(state: &state, event: .key(.character("S"))) + update(state: &state, event: .key(.enter))
    guard case .startJob(let drawing) = try #require(opened.first) else {
      Issue.record("no drawing job")
      return
    }
    #expect(ScreenFixtures.chart(state) != nil, "the chart waits for its drawing")
    drawing.runNow(on: &state)
    #expect(state.screen == nil)
    #expect(Fixtures.screen(state)[23].contains("column 'kind' holds text, not numbers"))
  }

  @Test func aScatterOfASortedSheetsTextColumnIsRefusedToo() {
    var state = ScreenFixtures.state()
    Fixtures.press([.character("l"), .character("["), .character("S"), .enter], on: &state)
    #expect(state.screen == nil && state.sheets.count == 1)
    #expect(Fixtures.screen(state)[23].contains("column 'kind' holds text, not numbers"))
  }

  @Test func colourCyclesOverTextColumnsThenOff() throws {
    var state = ScreenFixtures.state()
    Fixtures.press([.character("S"), .enter, .character("o")], on: &state)
    #expect(ScreenFixtures.chart(state)?.spec.colorBy == "kind")
    #expect(Fixtures.screen(state)[23].contains("colour: kind"))
    Fixtures.press([.character("o")], on: &state)
    #expect(ScreenFixtures.chart(state)?.spec.colorBy == nil)
  }

  @Test func keysOfAnotherKindOfChartSayWhereTheyWork() throws {
    var state = ScreenFixtures.state()
    Fixtures.press([.character("S"), .enter, .character("b")], on: &state)
    #expect(ScreenFixtures.chart(state)?.spec == ChartSpec(kind: .scatter, x: "length", y: ["width"]))
    #expect(state.message?.text.hasPrefix("bins, log scale and direction are histogram keys") == true)
    Fixtures.press([.character("q"), .character("."), .character("o")], on: &state)
    #expect(ScreenFixtures.chart(state)?.spec.colorBy == nil)
    #expect(state.message?.text == "colours split scatter plots and lines only (S opens one)")
    Fixtures.press([.character("q"), .character("S"), .enter, .character("e")], on: &state)
    #expect(state.message?.text.hasPrefix("resampling keys are for lines over dates") == true)
  }

  @Test func aDateColumnChartsOverTimeAndItsLineResamplesByCalendarPeriod() throws {
    var state = Fixtures.state(Fixtures.fruit, width: 80, height: 24)
    Fixtures.press([.character("l"), .character("l"), .character("l"), .character(".")], on: &state)
    #expect(ScreenFixtures.chart(state)?.spec.kind == .histogram, "a date column's chart counts dates")
    Fixtures.press([.character("q"), .character("S")], on: &state)
    for character in "price" { _ = update(state: &state, event: .key(.character(character))) }
    Fixtures.press([.enter], on: &state)
    #expect(ScreenFixtures.chart(state)?.spec == ChartSpec(kind: .line, x: "picked", y: ["price"]))
    #expect(Fixtures.screen(state)[23].contains("every row"))
    Fixtures.press([.character("e"), .character("e")], on: &state)
    #expect(ScreenFixtures.chart(state)?.spec.every == CalendarPeriod(.week))
    Fixtures.press([.character("a")], on: &state)
    #expect(ScreenFixtures.chart(state)?.spec.resampling == .sum)
    #expect(Fixtures.screen(state)[23].contains("sum every 1w"))
    #expect(
      Fixtures.screen(state).contains { $0.contains("sum per 1w: 2 periods") }, "\(Fixtures.screen(state))")
  }

  @Test func qGoesBackAndHelpListsTheChartKeys() throws {
    var state = ScreenFixtures.state()
    Fixtures.press([.character("."), .character("?")], on: &state)
    #expect(state.screen == nil)
    #expect(state.sheet.title == "help")
    let help = Fixtures.screen(state)
    #expect(help.contains { $0.hasPrefix("c     chart-cycle-canvas") })
    #expect(!help.contains { $0.contains("sort-ascending") })
    Fixtures.press([.character("q")], on: &state)
    #expect(ScreenFixtures.chart(state) != nil)
    Fixtures.press([.character("q")], on: &state)
    #expect(state.screen == nil && state.sheets.count == 1)
    #expect(Fixtures.screen(state)[0].contains("length kind"))
  }

  @Test func resizeRedrawsTheChartAtTheNewSize() throws {
    var state = ScreenFixtures.state()
    Fixtures.press([.character(".")], on: &state)
    _ = update(state: &state, event: .resize(Size(width: 50, height: 12)))
    let drawing = try #require(ScreenFixtures.chart(state)?.drawing)
    #expect(drawing.key.size == Size(width: 50, height: 11))
    let lines = Fixtures.screen(state)
    #expect(lines.count == 12 && lines[0].contains("length"))
  }

  @Test func largeTablesAreDrawnByAJobThatStaleResultsCannotOverwrite() throws {
    var state = ScreenFixtures.state(rows: ChartRendering.rowsDrawnAtOnce + 1)
    let opened = update(state: &state, event: .key(.character(".")))
    guard case .startJob(let first) = try #require(opened.first) else {
      Issue.record("no drawing job")
      return
    }
    #expect(ScreenFixtures.chart(state)?.drawing == nil)
    state.job = first.title
    #expect(Fixtures.screen(state)[0].hasPrefix("drawing…"))
    let switched = update(state: &state, event: .key(.character("c")))
    #expect(switched.count == 1)
    first.runNow(on: &state)
    #expect(ScreenFixtures.chart(state)?.drawing == nil)
    _ = Job.runAll(switched, on: &state)
    #expect(ScreenFixtures.chart(state)?.drawing?.key.spec.canvas == .block)
  }

  @Test func ctrlCAndQWhileDrawingStopTheJob() {
    var state = ScreenFixtures.state(rows: ChartRendering.rowsDrawnAtOnce + 1)
    for effect in update(state: &state, event: .key(.character("."))) {
      if case .startJob(let job) = effect { state.job = job.title }
    }
    #expect(Fixtures.screen(state)[0].hasPrefix("drawing…"))
    #expect(update(state: &state, event: .key(.ctrl("c"))) == [.cancelJob])
    #expect(Fixtures.screen(state)[0].hasPrefix("not drawn: drawing was stopped"))
    for effect in update(state: &state, event: .key(.character("c"))) {
      if case .startJob(let job) = effect { state.job = job.title }
    }
    #expect(state.job?.hasPrefix("drawing histogram of 100,001 rows") == true)
    #expect(update(state: &state, event: .key(.character("q"))) == [.cancelJob])
    #expect(state.screen == nil && state.job == nil)
  }

  @Test func histogramAndScatterScreens() async throws {
    let source = FakeSource(
      displayName: "measurements", table: ScreenFixtures.measurements(), steps: [300], ending: .finish)
    let histogram = InMemoryTerminal(
      size: Size(width: 80, height: 24),
      steps: [
        .waitForScreen(containing: "row 1/300"), .event(.key(.character("."))),
        .waitForScreen(containing: "histogram of length"), .event(.key(.character("q"))),
        .event(.key(.character("q"))),
      ], waitLimitSeconds: 90)
    var screens = try await TUIApp.run(terminal: histogram, source: source).frames.map { $0.plainLines() }
    let histogramScreen = try #require(screens.last { $0[23].contains("histogram of length") })
    assertGolden(histogramScreen.joined(separator: "\n") + "\n", named: "histogram-80x24.txt")
    let scatter = InMemoryTerminal(
      size: Size(width: 80, height: 24),
      steps: [
        .waitForScreen(containing: "row 1/300"), .event(.key(.character("S"))), .event(.key(.enter)),
        .event(.key(.character("o"))), .waitForScreen(containing: "colour: kind"),
        .event(.key(.character("q"))), .event(.key(.character("q"))),
      ], waitLimitSeconds: 90)
    screens = try await TUIApp.run(terminal: scatter, source: source).frames.map { $0.plainLines() }
    let scatterScreen = try #require(screens.last { $0[23].contains("colour: kind") })
    assertGolden(scatterScreen.joined(separator: "\n") + "\n", named: "scatter-80x24.txt")
  }
}
