import Foundation
import Testing

@Suite("the table view in a real terminal") struct TerminalSessionTests {
  @Test func browseIrisAndQuit() throws {
    let tmux = try TmuxSession(width: 100, height: 30)
    defer { tmux.close() }
    try tmux.typeLine(
      "cd '\(AssayProcess.packageRoot)' && '\(AssayProcess.binary)' sampledata/iris.csv; echo \"exit=$?\"")
    let first = try tmux.waitForScreen { screen in screen.contains { $0.contains("1/150") } }
    #expect(first.contains { $0.contains("sepal_length") && $0.contains("species") }, "header: \(first)")
    #expect(first.contains { $0.contains("5.1") && $0.contains("setosa") }, "first row: \(first)")
    #expect(try tmux.alternateScreenOn())

    try tmux.press("G")
    let bottom = try tmux.waitForScreen { screen in screen.contains { $0.contains("150/150") } }
    #expect(bottom.contains { $0.contains("150/150") }, "after G: \(bottom)")
    #expect(bottom.contains { $0.contains("virginica") })

    try tmux.press("q")
    let after = try tmux.waitForScreen { screen in screen.contains { $0.contains("exit=0") } }
    #expect(after.contains { $0.contains("exit=0") }, "after q: \(after)")
    #expect(try !tmux.alternateScreenOn(), "the terminal is back to the normal screen")
  }

  @Test func resizeRedrawsAtTheNewSize() throws {
    let tmux = try TmuxSession(width: 100, height: 30)
    defer { tmux.close() }
    try tmux.typeLine(
      "cd '\(AssayProcess.packageRoot)' && '\(AssayProcess.binary)' sampledata/wine.csv; echo \"exit=$?\"")
    try tmux.waitForScreen { screen in screen.contains { $0.contains("1/178") } }
    try tmux.resize(width: 50, height: 12)
    let small = try tmux.waitForScreen { screen in screen.count >= 12 && screen[11].contains("1/178") }
    #expect(small[11].contains("1/178"), "status on the last row after resize: \(small)")
    try tmux.press("q")
    try tmux.waitForScreen { screen in screen.contains { $0.contains("exit=0") } }
  }

  @Test func noSourceInATerminalSaysWhatToDo() throws {
    let tmux = try TmuxSession(width: 200, height: 10)
    defer { tmux.close() }
    try tmux.typeLine("'\(AssayProcess.binary)'; echo \"exit=$?\"")
    let screen = try tmux.waitForScreen { screen in screen.contains { $0.hasPrefix("exit=") } }
    #expect(
      screen.contains { $0.contains("no data to read") && $0.contains("cat data.csv | assay") }, "\(screen)")
    #expect(screen.contains { $0.hasPrefix("exit=1") })
  }
}
