import Foundation
import Testing

@Suite("charts in a real terminal", .serialized) struct ChartScreenSessionTests {
  @Test func histogramOfAColumnSwitchesCanvasAndGoesBackToTheTable() throws {
    let tmux = try TmuxSession(width: 80, height: 24)
    defer { tmux.close() }
    _ = try BrowserSessionTests.start(tmux, "sampledata/iris.csv", waitingFor: "1/150")

    try tmux.press("l", ".")
    let histogram = try tmux.waitForScreen { $0.contains { $0.contains("histogram of sepal_width") } }
    #expect(histogram[0].contains("sepal_width — sampledata/iris.csv"), "\(histogram)")
    #expect(histogram.contains { $0.contains("┤█") }, "bars reach the screen: \(histogram)")

    try tmux.press("v")
    let vertical = try tmux.waitForScreen {
      $0.contains { $0.contains("braille · Freedman–Diaconis · vertical") }
    }
    #expect(vertical.contains { $0.contains("count") }, "\(vertical)")
    try tmux.press("c")
    let blocks = try tmux.waitForScreen {
      $0.contains { $0.contains("block · Freedman–Diaconis · vertical") }
    }
    #expect(blocks.contains { $0.contains { "▖▗▘▝▚▞▙▟▛▜▀▄▌▐█".contains($0) } }, "quadrant blocks: \(blocks)")

    try tmux.resize(width: 60, height: 16)
    let resized = try tmux.waitForScreen { $0.count >= 16 && $0[15].contains("block · Freedman–Diaconis") }
    #expect(resized.count >= 16 && resized[15].contains("block · Freedman–Diaconis"), "\(resized)")
    #expect(resized[0].contains("sepal_width"), "\(resized)")

    try tmux.press("q")
    let table = try tmux.waitForScreen { $0.contains { $0.contains("row 1/150  sepal_width (double)") } }
    #expect(table[0].contains("sepal_length"), "\(table)")
    try tmux.press("q")
    let after = try tmux.waitForScreen { screen in screen.contains { $0.contains("exit=0") } }
    #expect(after.contains { $0.contains("exit=0") })
  }

  @Test func scatterOfATextColumnLeavesTheTableWithTheReasonOnTheStatusLine() throws {
    let tmux = try TmuxSession(width: 100, height: 24)
    defer { tmux.close() }
    _ = try BrowserSessionTests.start(tmux, "sampledata/iris.csv", waitingFor: "1/150")
    try tmux.press("$", "S", "Enter")
    let refused = try tmux.waitForScreen { $0.contains { $0.contains("holds text, not numbers") } }
    #expect(refused[0].hasPrefix("sepal_length sepal_width"), "the table stays: \(refused)")
    #expect(
      refused[23].contains("row 1/150  sampledata/iris.csv: column 'species' holds text, not numbers"),
      "\(refused)")
    try tmux.press("q")
    _ = try tmux.waitForScreen { screen in screen.contains { $0.contains("exit=0") } }
  }

  @Test func scatterOfTwoColumnsColouredBySpecies() throws {
    let tmux = try TmuxSession(width: 80, height: 24)
    defer { tmux.close() }
    _ = try BrowserSessionTests.start(tmux, "sampledata/iris.csv", waitingFor: "1/150")
    try tmux.press("S")
    try tmux.typeLine("petal_length")
    _ = try tmux.waitForScreen {
      $0.contains { $0.contains("petal_length by sepal_length — sampledata/iris.csv") }
    }
    try tmux.press("o")
    let coloured = try tmux.waitForScreen { $0.contains { $0.contains("colour: species") } }
    #expect(coloured.contains { $0.contains("● setosa") }, "legend: \(coloured)")
    #expect(
      coloured.contains { $0.contains { ("\u{2801}"..."\u{28FF}").contains(String($0)) } }, "braille dots")
    try tmux.press("q", "q")
    _ = try tmux.waitForScreen { screen in screen.contains { $0.contains("exit=0") } }
  }
}
