import Foundation
import Testing

/// Inputs that change or are not files: each command ends in time with a result or one line.
@Suite("inputs that grow while read, folders and pipes through every command") struct ChangingInputTests {
  @Test func aFileAppendedToWhileItLoadsGivesAResultOrOneLine() throws {
    let rows = (0..<20_000).map { "\($0),\(Double($0) / 7),name\($0 % 1000)\n" }.joined()
    let path = try temporaryFile(named: "growing.csv", bytes: [])
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    handle.write(Data("a,b,c\n".utf8))
    for _ in 0..<60 { handle.write(Data(rows.utf8)) }
    try handle.close()
    let result = try AssayProcess.shell(
      #"SWIFT_BACKTRACE=enable=no "$ASSAY" describe "$1" --format csv > "$1.out" & sleep 0.3; "#
        + #"for i in 1 2 3 4 5; do printf '9,9.5,late\n' >> "$1"; done; wait $!"#,
      arguments: [path])
    #expect(!result.endedBySignal)
    #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
    if result.status == 1 {
      #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    } else {
      let out = try String(contentsOfFile: path + ".out", encoding: .utf8)
      let count = out.split(separator: "\n").dropFirst().first.map { $0.split(separator: ",")[2] }
      #expect(
        count == "1200000" || count == "1200005", "the rows there were, or those and the new ones: \(out)")
    }
  }

  @Test func aFolderIsOneLineForEveryCommandThatNeedsATable() throws {
    let folder = NSTemporaryDirectory() + "assay-folder-\(getpid())-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    for arguments in [
      ["describe", folder], ["chart", "histogram", folder, "-c", "x"], ["freq", folder, "-c", "x"],
    ] {
      let result = try AssayProcess.run(arguments)
      #expect(result.status == 1)
      #expect(
        result.stderr
          == "assay: \(folder): a folder, not a table — list it with assay ls \(folder), or name a file in it\n"
      )
    }
  }

  @Test func aNamedPipeChartsAsItDescribes() throws {
    let result = try runOnNamedPipe(
      sending: "x\n1\n2\n2\n3\n", ["chart", "histogram", "{}", "-c", "x", "--bins", "3", "--width", "40"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("4 values"), "\(result.stdout)")
  }
}
