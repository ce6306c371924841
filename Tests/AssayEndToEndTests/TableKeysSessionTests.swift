import Foundation
import Testing

/// Keys typed quickly and cells of joined emoji, in the table view of the real binary in tmux.
@Suite("keys and emoji in the table view in a real terminal") struct TableKeysSessionTests {
  /// Starts the binary on `file` (relative to the package root) in a 100×12 window and waits for
  /// `rows` rows to show.
  private static func browse(_ file: String, rows: String) throws -> TmuxSession {
    let tmux = try TmuxSession(width: 100, height: 12)
    try tmux.typeLine(
      "cd '\(AssayProcess.packageRoot)' && '\(AssayProcess.binary)' '\(file)'; echo \"exit=$?\"")
    let screen = try tmux.waitForScreen { $0.contains { $0.contains("row 1/\(rows)") } }
    #expect(screen.contains { $0.contains("row 1/\(rows)") }, "\(screen)")
    return tmux
  }

  @Test(arguments: [("Q", "SQL: x"), ("=", "filter: x")])
  func aKeyPressedRightAfterASortRunsWhenTheSortEnds(key: String, prompt: String) throws {
    let tmux = try Self.browse("sampledata/penguins.csv", rows: "344")
    defer { tmux.close() }
    try tmux.press("l")
    try tmux.waitForScreen { $0.contains { $0.contains("island (string)") } }
    try tmux.press("[", key)
    try tmux.press("x")
    let screen = try tmux.waitForScreen { $0.contains { $0.hasPrefix(prompt) } }
    #expect(screen.contains { $0.hasPrefix(prompt) }, "the prompt opens after the sort: \(screen)")
    #expect(screen[1].hasPrefix("Adelie    Biscoe"), "the table is sorted by island: \(screen)")
    try tmux.press("Escape", "q")
    let after = try tmux.waitForScreen { $0.contains { $0.contains("exit=0") } }
    #expect(after.contains { $0.contains("exit=0") }, "Escape closed the prompt, q quit: \(after)")
  }

  @Test func joinedEmojiSkinTonesAndAccentsStayWholeAndAFlagKeepsItsRowInLine() throws {
    let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"
    let thumbsUp = "\u{1F44D}\u{1F3FD}"
    let france = "\u{1F1EB}\u{1F1F7}"
    let cells = ["\(thumbsUp) emoji ZWJ \(family)", "cafe\u{0301} accent", "\(france) flag"]
    let csv = "text,n\n" + cells.enumerated().map { "\($1),\($0)\n" }.joined()
    let path = try temporaryFile(named: "emoji.csv", bytes: Array(csv.utf8))
    defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
    let tmux = try Self.browse(path, rows: "3")
    defer { tmux.close() }
    let screen = try tmux.screen()
    #expect(screen[1].hasPrefix("\(thumbsUp) emoji ZWJ \(family) 0"), "\(screen[1])")
    #expect(screen[2].hasPrefix("cafe\u{0301} accent     1"), "\(screen[2])")
    // Curses counts a flag's first letter one column wide and moves on by that: the cell keeps that
    // letter alone (then the blank second column the table gives a flag), so the row stays in line.
    #expect(screen[3].hasPrefix("\u{1F1EB}  flag"), "the flag's row stays in line: \(screen[3])")
    #expect(!screen[3].unicodeScalars.contains("\u{1F1F7}"))
    #expect(screen.joined().components(separatedBy: family).count == 2, "the family shows once, whole")
    #expect(!screen[2].unicodeScalars.contains("\u{200D}"), "no joiner leaks into the next row")
    try tmux.press("q")
    try tmux.waitForScreen { $0.contains { $0.contains("exit=0") } }
  }
}
