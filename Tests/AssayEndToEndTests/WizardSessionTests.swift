import Foundation
import Testing

@Suite("the storage wizard in a real terminal", .serialized) struct WizardSessionTests {
  @Test func answersGoBackChangeAnAnswerAndPrintTheReportOnQuit() throws {
    let tmux = try TmuxSession(width: 100, height: 50)
    defer { tmux.close() }
    let first = try BrowserSessionTests.start(tmux, "wizard", waitingFor: "question 1 of 15")
    #expect(first.contains { $0.contains("What is the data?") }, "\(first)")

    try tmux.press("1", "1", "1")
    let oltp = try tmux.waitForScreen { $0.contains { $0.contains("question 4 of 15") } }
    #expect(oltp.contains { $0.contains("│ relational OLTP") }, "\(oltp)")

    try tmux.press("b")
    _ = try tmux.waitForScreen { $0.contains { $0.contains("*1) transactions") } }
    try tmux.press("2")
    // Waits for a reason only the new answer gives, drawn below the recommendation's first lines:
    // the heading alone may be caught before the rest of the screen is redrawn.
    let warehouse = try tmux.waitForScreen { screen in
      screen.contains { $0.contains("question 4 of 15") }
        && screen.contains { $0.contains("scans and aggregates") }
    }
    #expect(!warehouse.contains { $0.contains("│ relational OLTP") }, "the answer changed it: \(warehouse)")

    try tmux.press("Enter")
    let report = try tmux.waitForScreen { $0.contains { $0.contains("wizard › report") } }
    #expect(report[0].hasPrefix("Recommendation: "), "\(report)")
    try tmux.press("q", "q")
    let printed = try tmux.waitForScreen { screen in screen.contains { $0.contains("exit=0") } }
    #expect(printed.contains { $0.hasPrefix("Recommendation: ") }, "the report is printed after: \(printed)")
    #expect(printed.contains { $0.contains("access  analytics  given") }, "\(printed)")
    #expect(try !tmux.alternateScreenOn())
  }

  @Test func aTieShowsBothFamiliesAndTheQuestionThatSeparatesThem() throws {
    let tmux = try TmuxSession(width: 140, height: 50)
    defer { tmux.close() }
    _ = try BrowserSessionTests.start(tmux, "wizard", waitingFor: "question 1 of 15")
    // data: events (4), size: 1-100TB (4), access: analytics (2).
    try tmux.press("4", "4", "2")
    let tie = try tmux.waitForScreen { $0.contains { $0.contains("question 4 of 15") } }
    let right = tie.map { $0.components(separatedBy: "│").dropFirst().joined() }.joined(separator: "\n")
    #expect(right.contains("a tie: data warehouse (OLAP) (9) · data lake / lakehouse (8)"), "\(tie)")
    #expect(right.contains("answer schema next: on-write → data warehouse (OLAP); on-read →"), "\(tie)")

    // Back to access: + and a number add an answer and stay; both uses make HTAP first.
    try tmux.press("b")
    _ = try tmux.waitForScreen { $0.contains { $0.contains("*2) analytics") } }
    try tmux.press("+", "1")
    let both = try tmux.waitForScreen { $0.contains { $0.contains("*1) transactions") } }
    #expect(both.contains { $0.contains("*2) analytics") }, "\(both)")
    #expect(both.contains { $0.contains("question 3 of 15") }, "adding stays on the question: \(both)")
    #expect(both.contains { $0.contains("│ HTAP") }, "\(both)")
    try tmux.press("q")
    let printed = try tmux.waitForScreen { screen in screen.contains { $0.contains("exit=0") } }
    #expect(printed.contains { $0.contains("access  transactions,analytics  given") }, "\(printed)")
  }

  @Test func noTuiAsksLineByLineEvenInATerminal() throws {
    let tmux = try TmuxSession(width: 100, height: 30)
    defer { tmux.close() }
    _ = try BrowserSessionTests.start(tmux, "wizard --no-tui", waitingFor: "What is the data? [data]")
    #expect(try !tmux.alternateScreenOn())
    try tmux.typeLine("q")
    let printed = try tmux.waitForScreen { screen in screen.contains { $0.contains("exit=0") } }
    #expect(printed.contains { $0.hasPrefix("No recommendation yet") }, "\(printed)")
  }

  @Test func rInTheTableViewShowsTheRecommendationForTheSource() throws {
    let tmux = try TmuxSession(width: 100, height: 30)
    defer { tmux.close() }
    _ = try BrowserSessionTests.start(tmux, "sampledata/iris.csv", waitingFor: "1/150")
    try tmux.press("R")
    let report = try tmux.waitForScreen { $0.contains { $0.contains("› storage for sampledata/iris.csv") } }
    #expect(report[0].hasPrefix("Source: sampledata/iris.csv: table, 150 rows, 5 columns, "), "\(report)")
    #expect(report.contains { $0.hasPrefix("Recommendation: ") }, "\(report)")
    try tmux.press("G")
    let end = try tmux.waitForScreen { $0.contains { $0.hasPrefix("Not answered:") } }
    #expect(end.contains { $0.hasPrefix("  data ") && $0.contains("inferred: ") }, "\(end)")
    try tmux.press("q", "q")
    _ = try tmux.waitForScreen { screen in screen.contains { $0.contains("exit=0") } }
  }
}
