import Foundation
import Testing

@Suite("the mouse in a real terminal, recorded and replayed", .serialized) struct MouseSessionTests {
  /// The bytes an xterm sends for a mouse button (0 press, 3 release, 65 wheel down) at a
  /// cell (1-based), as tmux hex key arguments: `ESC [ M` and three bytes offset by 32.
  static func mouse(button: Int, column: Int, row: Int) -> [String] {
    ["-H", "1b", "5b", "4d"] + [32 + button, 32 + column, 32 + row].map { String($0, radix: 16) }
  }

  @Test func aClickAndAWheelTurnAreRecordedAndTheReplayOpensTheSameRow() throws {
    let record = NSTemporaryDirectory() + "assay-mouse-\(getpid()).tsv"
    let trimmed = NSTemporaryDirectory() + "assay-mouse-\(getpid())-replay.tsv"
    defer {
      try? FileManager.default.removeItem(atPath: record)
      try? FileManager.default.removeItem(atPath: trimmed)
    }
    let tmux = try TmuxSession(width: 80, height: 12)
    defer { tmux.close() }
    _ = try BrowserSessionTests.start(tmux, "sampledata/iris.csv --record '\(record)'", waitingFor: "1/150")

    // Column 20 of screen row 5 is the fourth data row's sepal_width.
    try tmux.press(keys: Self.mouse(button: 0, column: 20, row: 5))
    try tmux.press(keys: Self.mouse(button: 3, column: 20, row: 5))
    let clicked = try tmux.waitForScreen { $0.contains { $0.contains("row 4/150  sepal_width") } }
    #expect(clicked[11].contains("row 4/150  sepal_width (double)"), "\(clicked)")
    try tmux.press(keys: Self.mouse(button: 65, column: 20, row: 5))
    let scrolled = try tmux.waitForScreen { $0.contains { $0.contains("row 7/150") } }
    #expect(scrolled[11].contains("row 7/150  sepal_width"), "\(scrolled)")

    try tmux.press("-", "s", "\"")
    let opened = try tmux.waitForScreen { $0.contains { $0.contains("1 selected") } }
    #expect(opened[1].hasPrefix("         4.6          1.4         0.3 setosa"), "\(opened)")
    try tmux.press("q", "q")
    _ = try tmux.waitForScreen { screen in screen.contains { $0.contains("exit=0") } }

    let log = try String(contentsOfFile: record, encoding: .utf8)
    #expect(log.hasPrefix("click-cell\t4 sepal_width\nwheel-rows\t3\nhide-column\n"), "\(log)")
    // Without the closing q presses, the replay ends on the opened selection.
    try log.replacingOccurrences(of: "quit-sheet\n", with: "").write(
      toFile: trimmed, atomically: true, encoding: .utf8)
    let replayed = try AssayProcess.run(["--replay", trimmed, "sampledata/iris.csv", "--batch"])
    #expect(replayed.status == 0, "\(replayed.stderr)")
    #expect(replayed.stdout == "sepal_length,petal_length,petal_width,species\n4.6,1.4,0.3,setosa\n")
  }
}
