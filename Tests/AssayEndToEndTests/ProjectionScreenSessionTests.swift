import AssayTestSupport
import Foundation
import Testing

@Suite("the projection screen", .serialized) struct ProjectionScreenSessionTests {
  @Test func pOpensThePCAProjectionWithLegendAndFooterThenQQuits() throws {
    let tmux = try TmuxSession(width: 80, height: 24)
    defer { tmux.close() }
    _ = try BrowserSessionTests.start(tmux, "sampledata/iris.csv", waitingFor: "1/150")
    try tmux.press("P")
    let projection = try tmux.waitForScreen {
      $0.contains { $0.contains("projection  PCA · colour: species") }
    }
    #expect(projection[0].contains("PCA of sampledata/iris.csv"), "\(projection)")
    #expect(
      projection.contains { $0.contains("● setosa  ● versicolor  ● virginica") }, "legend: \(projection)")
    #expect(
      projection.contains { $0.contains("PCA of 4 columns, standardised · 150 points") }, "\(projection)")
    #expect(
      projection.contains { $0.contains { ("\u{2801}"..."\u{28FF}").contains(String($0)) } }, "braille dots")
    try tmux.press("l")
    let crosshair = try tmux.waitForScreen {
      $0.contains { $0.hasPrefix("row ") && $0.contains(" · sepal_length ") }
    }
    #expect(crosshair.contains { $0.contains("+") || $0.hasPrefix("row ") }, "\(crosshair)")
    try tmux.press("q")
    _ = try tmux.waitForScreen { $0.contains { $0.contains("row 1/150  sepal_length (double)") } }
    try tmux.press("q")
    let after = try tmux.waitForScreen { screen in screen.contains { $0.contains("exit=0") } }
    #expect(after.contains { $0.contains("exit=0") })
  }

  @Test func replayOpensTheProjectionAndEnterJumpsToTheNearestRow() throws {
    let script = try ReplayTests.script(
      """
      # the point left of the plot's middle, then that row alone
      project-columns
      projection-cursor-left
      projection-cursor-left
      projection-cursor-left
      projection-cursor-up
      projection-go-to-row
      select-row
      open-selection

      """)
    let output = NSTemporaryDirectory() + "assay-projection-replay-\(getpid()).csv"
    defer {
      try? FileManager.default.removeItem(atPath: script)
      try? FileManager.default.removeItem(atPath: output)
    }
    let result = try AssayProcess.run(["--replay", script, "sampledata/iris.csv", "--batch", "-o", output])
    #expect(result.status == 0, "\(result.stderr)")
    let written = try String(contentsOfFile: output, encoding: .utf8)
    assertGolden(written, named: "replay-iris-projection-row.csv")
  }

  @Test func tSNEOfDigitsNamesItsConstantColumnsInsteadOfFailing() throws {
    let result = try AssayProcess.run([
      "project", "tsne", "sampledata/digits.csv", "--color-by", "digit", "--sample", "300", "--iterations",
      "100",
      "--width", "110", "--height", "20",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let footer = result.stdout.split(separator: "\n").last.map(String.init) ?? ""
    #expect(footer.hasPrefix("t-SNE of 64 columns, standardised, constant: px0, px32, px39"), "\(footer)")
    #expect(footer.contains("sample of 300 of 1,797 points"), "\(footer)")
  }
}
