import AssayCore
import Testing

@testable import AssayUI

@Suite struct RecommendScreenTests {
  @Test func rShowsTheRecommendationForTheSheetWithInferredAnswers() throws {
    var state = Fixtures.state(Fixtures.fruit, width: 80, height: 10)
    state.load.progress = LoadProgress(bytesRead: 2_000, totalBytes: 2_000, rows: 6, finished: true)
    Fixtures.press([.character("R")], on: &state)
    guard let report = state.screen as? ReportScreen else {
      Issue.record("no report on screen")
      return
    }
    #expect(report.lines[0] == "Source: fruit.csv: table, 6 rows, 5 columns, 2 KB")
    #expect(report.lines.contains { $0.contains("inferred: ") })
    let screen = Fixtures.screen(state)
    #expect(screen[0].hasPrefix("Source: fruit.csv"))
    #expect(screen[9].hasPrefix("fruit.csv › storage for fruit.csv  line 1/\(report.lines.count)"))
    Fixtures.press([.character("j"), .character("j")], on: &state)
    #expect(
      Fixtures.screen(state)[0]
        == String(report.lines[2].prefix(80)).padding(toLength: 80, withPad: " ", startingAt: 0))
    Fixtures.press([.character("G")], on: &state)
    let last = report.lines[report.lines.count - 1]
    #expect(last.count > 80 && Fixtures.screen(state)[8] == last.prefix(79) + "…")
    Fixtures.press([.character("g"), .character("k")], on: &state)
    #expect(Fixtures.screen(state)[0].hasPrefix("Source: fruit.csv"))
    Fixtures.press([.character("q")], on: &state)
    #expect(state.screen == nil && state.sheets.count == 1)
  }

  @Test func reportLinesScrollWithinTheText() {
    var report = ReportScreen(title: "r", text: "a\nb\nc\nd\n")
    #expect(report.lines == ["a", "b", "c", "d"])
    report.scroll(by: Int.max, height: 3)
    #expect(report.topLine == 1)
    report.scroll(by: Int.min, height: 3)
    #expect(report.topLine == 0)
    report.scroll(by: 5, height: 10)
    #expect(report.topLine == 0)
  }

  @Test func longLinesEndWithAnEllipsisAndScrollSideways() {
    var state = Fixtures.state(Fixtures.fruit, width: 40, height: 5)
    let long = String((0..<70).map { Character(UnicodeScalar(UInt8(48 + $0))) })
    state.push(ReportScreen(title: "wide", text: "short\n\(long)\n"))
    func lines() -> [String] {
      Fixtures.screen(state).prefix(2).map { $0.trimmingCharacters(in: .whitespaces) }
    }
    func from(_ column: Int) -> String { String(long.dropFirst(column).prefix(39)) + "…" }
    #expect(lines() == ["short", from(0)])
    Fixtures.press([.character("l")], on: &state)
    #expect(lines() == ["", from(20)])
    Fixtures.press([.right], on: &state)
    #expect(lines() == ["", String(long.suffix(40))], "no further than the end of the widest line")
    #expect(Fixtures.screen(state)[4].contains("wide  line 1/2 from column 31"))
    Fixtures.press([.character("h")], on: &state)
    #expect(lines() == ["", from(10)])
    Fixtures.press([.left, .left], on: &state)
    #expect(lines() == ["short", from(0)])
    #expect(Fixtures.screen(state)[4].hasPrefix("fruit.csv › wide  line 1/2  "))
  }
}
