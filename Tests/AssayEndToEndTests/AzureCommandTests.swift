import Testing

/// Azure Blob Storage locators: no emulator installs here, so these are the failures a person
/// meets before any server answers (the signatures are checked against Microsoft's client in
/// AzureSharedKeyTests), each one clear line.
struct AzureCommandTests {
  @Test func eachFailureIsOneLine() throws {
    let cases: [(arguments: [String], environment: [String: String], needle: String)] = [
      (
        ["ls", "az://acct/lake/", "--endpoint", "http://127.0.0.1:9"], [:],
        "az://acct/lake/: cannot reach http://127.0.0.1:9 (connection refused)"
      ),
      (
        ["ls", "https://example.com/data/"], [:], "Assay reads https:// addresses of Azure Blob Storage only"
      ),
      (
        ["ls", "az://acct/lake/"], ["AZURE_STORAGE_KEY": "not base64!"],
        "the account key of acct is not base64 text"
      ),
      (["ls", "az:///lake/"], [:], "no account named"),
    ]
    for (arguments, environment, needle) in cases {
      let result = try AssayProcess.run(arguments, environment: environment)
      #expect(result.status != 0, "\(arguments)")
      #expect(result.stderr.contains(needle), "\(arguments): \(result.stderr)")
      #expect(result.stderr.split(separator: "\n").count == 1, "one line: \(result.stderr)")
      #expect(!result.stderr.contains("not base64!"), "the key is never shown")
    }
  }
}
