import Foundation
import Testing

@Suite("browsing in a real terminal: sort, filter, frequency, safety", .serialized) struct BrowserSessionTests
{
  /// Starts `assay` with arguments in a tmux window and waits for its first screen.
  static func start(_ tmux: TmuxSession, _ arguments: String, waitingFor text: String) throws -> [String] {
    try tmux.typeLine(
      "cd '\(AssayProcess.packageRoot)' && '\(AssayProcess.binary)' \(arguments); echo \"exit=$?\"")
    return try tmux.waitForScreen { screen in screen.contains { $0.contains(text) } }
  }

  @Test func sortFilterFrequencyAndQuitThenReplayTheRecordedSession() throws {
    let record = NSTemporaryDirectory() + "assay-session-\(getpid()).tsv"
    defer { try? FileManager.default.removeItem(atPath: record) }
    let tmux = try TmuxSession(width: 100, height: 20)
    defer { tmux.close() }
    _ = try Self.start(tmux, "sampledata/iris.csv --record '\(record)'", waitingFor: "1/150")

    try tmux.press("0", "]")
    let sorted = try tmux.waitForScreen { $0.contains { $0.contains("sorted by sepal_length ↓") } }
    #expect(sorted[1].hasPrefix("         7.9"), "largest first: \(sorted)")

    try tmux.press("=")
    try tmux.typeLine(#"petal_width >= 2 and species == "virginica""#)
    let filtered = try tmux.waitForScreen { $0.contains { $0.contains("29 rows") } }
    #expect(
      filtered[19].hasPrefix("sampledata/iris… › petal_width >= …  row 1/29  sepal_length (double)"),
      "\(filtered)")
    #expect(filtered[1].hasPrefix("         7.9"), "the sorted order is kept: \(filtered)")

    try tmux.press("$", "F")
    let frequency = try tmux.waitForScreen { $0.contains { $0.contains("species frequency") } }
    #expect(frequency[1].hasPrefix("virginica    29     100        100 ███"), "\(frequency)")
    #expect(frequency[19].hasPrefix("sampledata/iris… › petal_width >= … › species frequen…  row 1/1"))

    try tmux.press("q", "q", "q")
    let after = try tmux.waitForScreen { screen in screen.contains { $0.contains("exit=0") } }
    #expect(after.contains { $0.contains("exit=0") }, "after q q q: \(after)")

    let log = try String(contentsOfFile: record, encoding: .utf8)
    #expect(log.hasPrefix("go-first-column\nsort-descending\nfilter\tpetal_width >= 2"), "\(log)")
    let replayed = try AssayProcess.run(["--replay", record, "sampledata/iris.csv", "--batch"])
    #expect(replayed.status == 0, "\(replayed.stderr)")
    // The log ends with the three q presses, so the replay ends on the sorted data sheet.
    #expect(log.hasSuffix("quit-sheet\nquit-sheet\nquit-sheet\n"))
    #expect(
      replayed.stdout.hasPrefix(
        "sepal_length,sepal_width,petal_length,petal_width,species\n7.9,3.8,6.4,2.0,virginica\n"))
    #expect(replayed.stdout.split(separator: "\n").count == 151)
  }

  @Test func frequencyPercentsReadAsAssayFreqPrintsThem() throws {
    let printed = try AssayProcess.run(["freq", "sampledata/iris.csv", "--column", "sepal_length"])
    #expect(printed.status == 0, "\(printed.stderr)")
    let expected = printed.stdout.split(separator: "\n").dropFirst(2).prefix(10).map {
      $0.split(separator: " ").map(String.init)
    }
    #expect(expected.first == ["5.0", "10", "6.66667", "6.66667"], "\(printed.stdout)")
    let tmux = try TmuxSession(width: 100, height: 20)
    defer { tmux.close() }
    _ = try Self.start(tmux, "sampledata/iris.csv", waitingFor: "1/150")
    try tmux.press("F")
    let frequency = try tmux.waitForScreen { $0.contains { $0.contains("sepal_length frequency") } }
    let shown = frequency[1...10].map { Array($0.split(separator: " ").map(String.init).prefix(4)) }
    #expect(shown == expected, "\(frequency)")
    try tmux.press("q", "q")
    try tmux.waitForScreen { screen in screen.contains { $0.contains("exit=0") } }
  }

  @Test func controlCharactersInCellsAreShownNotObeyed() throws {
    let path = NSTemporaryDirectory() + "assay-escapes-\(getpid()).csv"
    defer { try? FileManager.default.removeItem(atPath: path) }
    try "name,note\nclear,\"a\u{1B}[2Jb\"\nreturn,\"x\ry\"\ntab,\"p\tq\"\n".write(
      toFile: path, atomically: true, encoding: .utf8)
    let tmux = try TmuxSession(width: 60, height: 10)
    defer { tmux.close() }
    let screen = try Self.start(tmux, "'\(path)'", waitingFor: "1/3")
    #expect(screen[0].hasPrefix("name   note"), "the header is still there: \(screen)")
    #expect(screen[1].hasPrefix("clear  a␛[2Jb"), "\(screen)")
    #expect(screen[2].hasPrefix("return x␍y"), "\(screen)")
    #expect(screen[3].hasPrefix("tab    p␉q"), "\(screen)")
    try tmux.press("q")
    try tmux.waitForScreen { screen in screen.contains { $0.contains("exit=0") } }
  }

  @Test func raggedRowsOpenWithTheRepairInTheStatusLine() throws {
    let path = NSTemporaryDirectory() + "assay-ragged-\(getpid()).csv"
    defer { try? FileManager.default.removeItem(atPath: path) }
    try "a,b,c\n1,2,3\n4,5\n6,7,8,9\n".write(toFile: path, atomically: true, encoding: .utf8)
    let tmux = try TmuxSession(width: 100, height: 8)
    defer { tmux.close() }
    let screen = try Self.start(tmux, "'\(path)'", waitingFor: "row 1/3")
    #expect(screen[0].hasPrefix("a b c _extra1"), "\(screen)")
    #expect(screen[2].hasPrefix("4 5"), "\(screen)")
    #expect(
      screen[7].hasPrefix(
        "row 1/3  1 row had fewer fields than the header; filled with empty values (first: line 3); 1 row had"
      ),
      "\(screen)")
    try tmux.press("j")
    let moved = try tmux.waitForScreen { $0.contains { $0.contains("row 2/3") } }
    #expect(!moved[7].contains("fewer fields"), "the message goes with the next key: \(moved)")
    try tmux.press("q")
    try tmux.waitForScreen { screen in screen.contains { $0.contains("exit=0") } }
  }

  @Test func aNulByteIsALocatedErrorNeverSentToTheTerminal() throws {
    let early = NSTemporaryDirectory() + "assay-nul-early-\(getpid()).csv"
    let late = NSTemporaryDirectory() + "assay-nul-late-\(getpid()).csv"
    defer { for path in [early, late] { try? FileManager.default.removeItem(atPath: path) } }
    try "name,note\nnul,\"a\u{0}b\"\n".write(toFile: early, atomically: true, encoding: .utf8)
    let plainRows = (0..<100_000).map { "r\($0),plain\n" }.joined()
    try ("name,note\n" + plainRows + "nul,\"a\u{0}b\"\nok,fine\n").write(
      toFile: late, atomically: true, encoding: .utf8)
    let tmux = try TmuxSession(width: 150, height: 10)
    defer { tmux.close() }

    try tmux.typeLine("'\(AssayProcess.binary)' '\(early)'; echo \"exit=$?\"")
    let refused = try tmux.waitForScreen { screen in screen.contains { $0.contains("exit=1") } }
    #expect(refused.joined().contains("has a NUL byte at byte 16"), "\(refused)")

    try tmux.typeLine("clear")
    _ = try tmux.waitForScreen { screen in !screen.contains { $0.contains("NUL byte") } }
    let screen = try Self.start(tmux, "'\(late)'", waitingFor: "NUL byte")
    #expect(screen[0].hasPrefix("name   note"), "the rows before the NUL stay browsable: \(screen)")
    #expect(screen[1].hasPrefix("r0     plain"), "\(screen)")
    #expect(screen[9].contains(":100002:2 (byte 1288906): a NUL byte in a field"), "\(screen)")
    try tmux.press("q")
    try tmux.waitForScreen { screen in screen.contains { $0.contains("exit=0") } }
  }

  @Test func tinyAndHugeTerminalsRenderWholeLines() throws {
    for (width, height) in [(40, 10), (300, 80)] {
      let tmux = try TmuxSession(width: width, height: height)
      defer { tmux.close() }
      let screen = try Self.start(tmux, "sampledata/penguins.csv", waitingFor: "1/344")
      #expect(screen[0].hasPrefix("species"), "\(width)×\(height): \(screen)")
      #expect(screen[height - 1].contains("1/344"), "status on the last row at \(width)×\(height)")
      try tmux.press("F")
      try tmux.waitForScreen { $0.contains { $0.contains("species frequency") || $0.contains("row 1/3") } }
      try tmux.press("q", "q")
      try tmux.waitForScreen { screen in screen.contains { $0.contains("exit=0") } }
    }
  }
}
