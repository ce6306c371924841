import Foundation
import Testing

/// `Y` in a real terminal: the sheet's synthetic twin, compared column by column in two colours,
/// and the whole report.
@Suite("a synthetic twin in a real terminal", .serialized) struct SynthSessionTests {
  @Test func yMakesATwinComparedColumnByColumnWithItsReport() throws {
    let tmux = try TmuxSession(width: 100, height: 30)
    defer { tmux.close() }
    _ = try BrowserSessionTests.start(tmux, "sampledata/penguins.csv", waitingFor: "row 1/344")
    try tmux.press("Y")
    let twin = try tmux.waitForScreen { $0.contains { $0.contains("twin of") } }
    #expect(twin[0].hasPrefix("species (1/8, category): TV 0."), "\(twin)")
    #expect(twin[2].hasPrefix("█ real (344) above   █ synthetic (344) below"), "\(twin)")
    #expect(twin[3].hasPrefix("   Adelie ┤███") && twin[3].hasSuffix("44.2%"), "\(twin)")
    #expect(twin[4].hasPrefix("          ┤███"), "\(twin)")
    // The legend's two squares, and each side's bars, are drawn in two different colours.
    let legend = try tmux.screenWithEscapes().components(separatedBy: "\n")[2]
    let colours = legend.components(separatedBy: "█").dropLast().map {
      $0.components(separatedBy: "\u{1B}[").last ?? ""
    }
    #expect(colours.count == 2 && colours[0] != colours[1], "\(legend)")

    try tmux.press("l", "l")
    // Until its bars are drawn too: the heading is drawn first.
    let number = try tmux.waitForScreen { screen in
      screen.contains { $0.hasPrefix("bill_length_mm (3/8, number): KS 0.") }
        && screen.count > 3 && screen[3].hasPrefix("[")
    }
    #expect(number[2].hasPrefix("█ real (342) above   █ synthetic"), "\(number)")
    #expect(number[3].hasPrefix("[32.1, "), "\(number)")

    try tmux.press("r")
    let report = try tmux.waitForScreen { screen in
      screen.contains { $0.contains("Synthetic 344 rows against 344 real rows") }
        && screen.contains { $0.hasPrefix("bill_length_mm     number") }
    }
    #expect(report.contains { $0.hasPrefix("bill_length_mm     number") }, "\(report)")
    try tmux.press("q", "q")
    let sheet = try tmux.waitForScreen { screen in
      screen.contains { $0.contains("› synthetic sampl") } && !screen.contains { $0.contains("twin of") }
    }
    #expect(sheet[0].hasPrefix("species"), "\(sheet)")
    try tmux.press("q", "q")
    let ended = try tmux.waitForScreen { screen in screen.contains { $0.contains("exit=0") } }
    #expect(ended.contains { $0.contains("exit=0") }, "\(ended)")
  }
}
