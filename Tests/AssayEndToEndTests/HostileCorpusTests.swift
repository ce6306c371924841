import Foundation
import Testing

@Suite("a corpus of hostile inputs: no crash, no hang, no control byte reaches the terminal", .serialized)
struct HostileCorpusTests {
  /// Runs `assay arguments` with a 10 s limit.
  static func run(_ arguments: [String], _ input: HostileInput) throws -> AssayProcess.Result {
    try AssayProcess.run(
      ["10", AssayProcess.binary] + arguments,
      environment: input.environment.merging(["SWIFT_BACKTRACE": "enable=no"]) { $1 },
      executable: "/usr/bin/timeout")
  }

  /// True when `text` holds a byte or character that a terminal would obey.
  static func hasControls(_ text: String) -> Bool {
    text.unicodeScalars.contains { scalar in
      (scalar.value < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{202E}"
    }
  }

  @Test(arguments: HostileCorpus.all) func describeAndHistogram(_ input: HostileInput) throws {
    let folder = try HostileCorpus.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = try HostileCorpus.path(of: input, in: folder)
    let chart = ["chart", "histogram", path, "--column", input.column]
    for arguments in [["describe", path], chart] {
      let result = try Self.run(arguments, input)
      #expect(result.status != 124, "\(arguments) ended within 10 s")
      #expect(
        !result.stderr.contains("Fatal error") && !result.stderr.contains("crashed"), "\(result.stderr)")
      #expect(!Self.hasControls(result.stdout) && !Self.hasControls(result.stderr))
      if let refusal = input.refusal, arguments != chart || input.chartRefuses {
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("assay: ") && result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains(refusal), "\(arguments): \(result.stderr)")
      } else {
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
      }
    }
  }

  @Test(arguments: HostileCorpus.all) func tableView(_ input: HostileInput) throws {
    let folder = try HostileCorpus.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = try HostileCorpus.path(of: input, in: folder)
    let tmux = try TmuxSession(width: 200, height: 12)
    defer { tmux.close() }
    let environment = input.environment.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
    try tmux.typeLine(
      "cd '\(folder)' && \(environment) '\(AssayProcess.binary)' '\(path.hasPrefix(folder) ? input.name : path)';"
        + " echo \"exit=$?\"")
    let expected = input.refusal ?? "row 1/"
    let screen = try tmux.waitForScreen { $0.contains { $0.contains(expected) || $0.hasPrefix("exit=") } }
    #expect(screen.contains { $0.contains(expected) }, "within 10 s: \(screen)")
    let drawn = try tmux.screenWithEscapes()
    let stray = drawn.split(separator: "\u{1B}").dropFirst().filter { !$0.isSGR }
    #expect(stray.isEmpty, "escape sequences Assay did not draw: \(stray.prefix(3))")
    #expect(try tmux.display("#{pane_title}") != "pwned")
    if try tmux.alternateScreenOn() { try tmux.press("q") }
    let after = try tmux.waitForScreen { $0.contains { $0.hasPrefix("exit=") } }
    #expect(after.contains { $0 == "exit=0" || $0 == "exit=1" }, "\(after)")
  }
}

extension Substring {
  /// True when the text after an ESC is an SGR sequence (`[` parameters `m`): colours and attributes.
  fileprivate var isSGR: Bool {
    guard first == "[", let end = firstIndex(of: "m") else { return false }
    return self[index(after: startIndex)..<end].allSatisfy { $0.isNumber || $0 == ";" || $0 == ":" }
  }
}

@Suite("files that cannot be read or written") struct UnreadableFileTests {
  @Test func aFileThatCannotBeReadIsOneLine() throws {
    let path = try temporaryFile(named: "secret.csv", bytes: Array("a,b\n1,2\n".utf8))
    #expect(chmod(path, 0) == 0)
    let folder = (path as NSString).deletingLastPathComponent
    #expect(chmod(folder, 0o755) == 0)
    // root reads any file: run as nobody then.
    let asNobody = getuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : ""
    let result = try AssayProcess.shell(#"\#(asNobody)"$ASSAY" describe "$1""#, arguments: [path])
    #expect(result.status == 1)
    #expect(result.stderr == "assay: \(path): permission denied — check the file's permissions\n")
  }

  @Test func aFullDiskKeepsTheOldExport() throws {
    let output = try temporaryFile(named: "out.csv", bytes: Array("old\n".utf8))
    // A file size limit of 1 KiB makes every longer write fail (EFBIG) as a full disk would.
    let result = try AssayProcess.shell(
      #"trap '' XFSZ; ulimit -f 1; "$ASSAY" --batch sampledata/penguins.csv -o "$1""#, arguments: [output])
    #expect(result.status == 1)
    #expect(
      result.stderr.hasPrefix("assay: ") && result.stderr.split(separator: "\n").count == 1,
      "\(result.stderr)")
    #expect(try String(contentsOfFile: output, encoding: .utf8) == "old\n", "the old file survives")
    let folder = (output as NSString).deletingLastPathComponent
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.csv"], "no temporary file is left")
  }
}
