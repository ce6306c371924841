import Foundation
import Testing

/// `assay anonymize --hash` on a terminal without `ASSAY_ANON_KEY`: it asks for the key with echo
/// off, the key typed never shows, the tokens equal those of the same key from the environment, and
/// Ctrl-C at the prompt ends its line and gives the terminal its echo back.
@Suite("the anonymization key asked for on a terminal", .serialized) struct KeyPromptSessionTests {
  @Test func theKeyTypedIsNotShownAndHashesAsTheEnvironmentsDoes() throws {
    let folder = try PrivacyFixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let key = "tmux-secret-42"
    let tmux = try TmuxSession(width: 100, height: 20)
    defer { tmux.close() }
    _ = try BrowserSessionTests.start(
      tmux, "anonymize sampledata/people.csv --hash ID -o '\(folder)/typed.csv'",
      waitingFor: "assay: secret key for anonymize (not shown):")
    try tmux.typeLine(key)
    let screen = try tmux.waitForScreen { screen in screen.contains { $0.hasPrefix("exit=") } }
    #expect(screen.contains { $0.contains("exit=0") }, "\(screen)")
    #expect(!screen.contains { $0.contains(key) }, "\(screen)")
    #expect(screen.contains { $0.hasPrefix("  ID  hashed (HMAC-SHA256)") }, "\(screen)")
    let fromEnvironment = try AssayProcess.run(
      ["anonymize", "sampledata/people.csv", "--hash", "ID"], environment: ["ASSAY_ANON_KEY": key])
    let typed = try String(contentsOfFile: folder + "/typed.csv", encoding: .utf8)
    #expect(fromEnvironment.status == 0 && typed == fromEnvironment.stdout, "\(typed)")
  }

  @Test func ctrlCAtThePromptGivesTheTerminalItsEchoBack() throws {
    let tmux = try TmuxSession(width: 100, height: 20)
    defer { tmux.close() }
    _ = try BrowserSessionTests.start(
      tmux, "anonymize sampledata/people.csv --hash ID",
      waitingFor: "assay: secret key for anonymize (not shown):")
    try tmux.press("C-c")
    let stopped = try tmux.waitForScreen { screen in screen.contains { $0.contains("exit=130") } }
    #expect(stopped.contains { $0.hasPrefix("exit=130") }, "the prompt's line is ended: \(stopped)")
    try tmux.typeLine("printf 'typed-%s\\n' back")
    let screen = try tmux.waitForScreen { screen in screen.contains { $0 == "typed-back" } }
    #expect(screen.contains { $0.contains("printf 'typed-%s") }, "the command typed is echoed: \(screen)")
  }
}
