import Foundation
import Testing

@Suite("inputs that once crashed, hung or flooded the terminal") struct HostileInputTests {
  @Test func aNamedPipeIsReadOnceAsAStream() throws {
    let result = try runOnNamedPipe(sending: "a,b\n1,2\n3,4\n", ["describe", "{}", "--format", "csv"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("column,type,count,nulls,distinct,min,max"))
    #expect(result.stdout.contains("\na,int,2,0,2,1,3,"), "\(result.stdout)")
  }

  @Test func aFileTruncatedWhileItLoadsIsAnErrorOrAResult() throws {
    let row = (0..<20_000).map { "\($0),\(Double($0) / 7),name\($0 % 1000),2024-01-\($0 % 28 + 10)\n" }
      .joined()
    let path = try temporaryFile(named: "shrinking.csv", bytes: [])
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    handle.write(Data("a,b,c,d\n".utf8))
    for _ in 0..<100 { handle.write(Data(row.utf8)) }
    try handle.close()
    let result = try AssayProcess.shell(
      #"SWIFT_BACKTRACE=enable=no "$ASSAY" describe "$1" > /dev/null & sleep 0.5; truncate -s 1000000 "$1"; wait $!"#,
      arguments: [path])
    #expect(!result.endedBySignal)
    #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
    if result.status == 1 {
      #expect(result.stderr.hasSuffix("\n") && result.stderr.split(separator: "\n").count == 1)
    }
    #expect(!result.stderr.contains("crashed"), "\(result.stderr)")
  }

  @Test func aHundredKilobyteCellIsCutInTextOutput() throws {
    let text = "id,note\n1," + String(repeating: "x", count: 100_000) + "\n2,short\n"
    let path = try temporaryFile(named: "wide-cell.csv", bytes: Array(text.utf8))
    let result = try AssayProcess.run(["describe", path])
    #expect(result.status == 0)
    #expect(result.stdout.utf8.count < 2_000, "\(result.stdout.utf8.count) bytes")
    #expect(result.stdout.contains("…"))
    let csv = try AssayProcess.run(["describe", path, "--format", "csv"])
    #expect(csv.stdout.contains(String(repeating: "x", count: 100_000)))
  }

  @Test func controlAndBidiCharactersAreShownNotObeyed() throws {
    let text = "id,note\n1,\"a\u{1B}[2Jb\"\n2,c\u{202E}d\n"
    let path = try temporaryFile(named: "controls.csv", bytes: Array(text.utf8))
    let result = try AssayProcess.run(["describe", path])
    #expect(result.status == 0)
    #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
    #expect(result.stdout.contains("a␛[2Jb"))
    #expect(result.stdout.contains("c\u{FFFD}d"))
  }

  @Test func csvShowsControlCharactersOnATerminalAndKeepsThemInAPipe() throws {
    let path = try temporaryFile(named: "escape.csv", bytes: Array("id,note\n1,\"a\u{1B}[2Jb\"\n".utf8))
    let piped = try AssayProcess.run(["describe", path, "--format", "csv"])
    #expect(piped.stdout.contains("a\u{1B}[2Jb"))
    let shown = path + ".out"
    let terminal = try AssayProcess.shell(
      #"script -qec "$ASSAY describe $1 --format csv" /dev/null > "$2""#, arguments: [path, shown])
    let text = try String(contentsOfFile: shown, encoding: .utf8)
    #expect(terminal.status == 0, "\(terminal.stderr)")
    #expect(text.contains("a␛[2Jb"), "\(text)")
    #expect(!text.unicodeScalars.contains { $0.value == 0x1B })
  }

  @Test func aFilterTenThousandParenthesesDeepIsRefused() throws {
    let deep =
      String(repeating: "(", count: 10_000) + "sepal_length > 5" + String(repeating: ")", count: 10_000)
    let path = try temporaryFile(named: "deep.tsv", bytes: Array("filter\t\(deep)\n".utf8))
    let result = try AssayProcess.run(["--replay", path, "sampledata/iris.csv", "--batch"])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains("deep.tsv:1: ")
        && result.stderr.contains("filter:1:201: filter nests deeper than 200 levels"),
      "\(result.stderr)")
  }

  @Test func aFilterErrorShowsControlCharactersAndItsPlaceOnce() throws {
    let path = try temporaryFile(named: "escape.tsv", bytes: Array("filter\tx \u{1B}[31m > 1\n".utf8))
    let result = try AssayProcess.run(["--replay", path, "sampledata/iris.csv", "--batch"])
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("assay: \(path):1: filter:1:3: unexpected '␛'"), "\(result.stderr)")
    #expect(!result.stderr.unicodeScalars.contains { $0.value == 0x1B })
  }
}
