import Foundation
import Testing

@Suite("the storage wizard in a real terminal", .serialized) struct WizardSessionTests {
  @Test func answersGoBackChangeAnAnswerAndPrintTheReportOnQuit() throws {
    let tmux = try TmuxSession(width: 100, height: 50)
    defer { tmux.close() }
    let first = try BrowserSessionTests.start(tmux, "wizard", waitingFor: "question 1 of 10")
    #expect(first.contains { $0.contains("What is the data?") }, "\(first)")

    try tmux.press("1", "1", "1")
    let oltp = try tmux.waitForScreen { $0.contains { $0.contains("question 4 of 10") } }
    #expect(oltp.contains { $0.contains("│ relational OLTP") }, "\(oltp)")

    try tmux.press("b")
    _ = try tmux.waitForScreen { $0.contains { $0.contains("*1) transactions") } }
    try tmux.press("2")
    let warehouse = try tmux.waitForScreen { $0.contains { $0.contains("question 4 of 10") } }
    #expect(!warehouse.contains { $0.contains("│ relational OLTP") }, "the answer changed it: \(warehouse)")

    try tmux.press("Enter")
    let report = try tmux.waitForScreen { $0.contains { $0.contains("wizard › report") } }
    #expect(report[0].hasPrefix("Recommendation: "), "\(report)")
    try tmux.press("q", "q")
    let printed = try tmux.waitForScreen { screen in screen.contains { $0.contains("exit=0") } }
    #expect(printed.contains { $0.hasPrefix("Recommendation: ") }, "the report is printed after: \(printed)")
    #expect(printed.contains { $0.contains("access  analytics   given") }, "\(printed)")
    #expect(try !tmux.alternateScreenOn())
  }
}
