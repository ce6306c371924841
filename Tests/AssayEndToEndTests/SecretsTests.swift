import Foundation
import Testing

@Suite("credentials in locators and the environment are never printed") struct SecretsTests {
  static let secret = "s3cr3t"
  static let locators = [
    "postgres://user:\(secret)@127.0.0.1:1/db", "https://user:\(secret)@host/x.csv",
    "s3://bucket/x.csv", "https://host/x.csv?token=\(secret)&format=csv",
    "postgres://user@127.0.0.1:1/db?password=\(secret)", "s3://bucket/x.csv?X-Amz-Signature=\(secret)",
  ]
  static let environment = ["AWS_SECRET_ACCESS_KEY": secret, "PGPASSWORD": secret]

  @Test func noCommandPrintsTheSecret() throws {
    var printed: [String] = []
    for locator in Self.locators {
      for arguments in [
        ["describe", locator], ["schema", locator], ["freq", locator, "--column", "a"],
        ["chart", "histogram", locator, "--column", "a"], ["recommend", locator], ["ls", locator],
        ["--batch", locator],
      ] {
        let result = try AssayProcess.run(arguments, environment: Self.environment)
        #expect(result.status != 0, "\(arguments) cannot succeed: no loader, or no server at port 1")
        printed += [result.stdout, result.stderr]
      }
    }
    #expect(printed.contains { $0.contains("user:***@") }, "the masked form is what is shown")
    for text in printed { #expect(!text.contains(Self.secret), "\(text)") }
  }

  @Test func theTableViewAndItsRecordNeverShowTheSecret() throws {
    let record = NSTemporaryDirectory() + "assay-secret-record-\(getpid()).tsv"
    // The locators go through a script, so the screen shows what assay printed and not the
    // command line typed.
    let quoted = Self.locators.map { "'\($0)'" }.joined(separator: " ")
    let script = try temporaryFile(
      named: "secrets.sh",
      bytes: Array(
        """
        export AWS_SECRET_ACCESS_KEY=\(Self.secret)
        for locator in \(quoted); do '\(AssayProcess.binary)' "$locator" --record '\(record)'; done
        echo finished

        """.utf8))
    defer { try? FileManager.default.removeItem(atPath: record) }
    let tmux = try TmuxSession(width: 250, height: 20)
    defer { tmux.close() }
    try tmux.typeLine("sh '\(script)'")
    let screen = try tmux.waitForScreen { $0.contains { $0.hasPrefix("finished") } }
    #expect(
      screen.filter { $0.contains("assay: ") }.count == Self.locators.count, "one error line each: \(screen)")
    for line in screen { #expect(!line.contains(Self.secret), "\(line)") }
    let log = (try? String(contentsOfFile: record, encoding: .utf8)) ?? ""
    #expect(!log.contains(Self.secret))
  }
}
