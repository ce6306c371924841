import AssayCore
import AssaySQL
import Foundation

@testable import AssayMariaDB

/// The server `scripts/servers/mariadb.sh` starts, when `ASSAY_TEST_MARIADB` names it.
enum TestServer {
  /// `mysql://assay:PASSWORD@127.0.0.1:PORT/assaytest`, or nil when no server runs.
  static let locator = ProcessInfo.processInfo.environment["ASSAY_TEST_MARIADB"]

  /// True when the tests that need the server can run.
  static var isRunning: Bool { locator != nil }

  /// The test database's endpoint.
  static var endpoint: MariaDBEndpoint {
    get throws {
      try MariaDBEndpoint(
        locator: SourceLocator(locator ?? ""), environment: [:], optionFile: ClientOptionFile(text: ""))
    }
  }

  /// The server with the test database, or with `database` instead.
  static func server(database: String? = nil) throws -> MariaDBServer {
    var text = locator ?? ""
    if let database, let slash = text.range(of: "/", options: .backwards) {
      text = String(text[..<slash.lowerBound]) + "/" + database
    }
    return try MariaDBServer(locator: SourceLocator(text), environment: [:], home: nil)
  }

  /// Runs `sql` with the `mariadb` client as the test account (which may write, unlike Assay),
  /// to make fixtures; the password goes through the environment, not the command line.
  static func administer(_ sql: String) throws {
    let endpoint = try endpoint
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/mariadb")
    process.arguments = [
      "--no-defaults", "--protocol=TCP", "--host=\(endpoint.host)", "--port=\(endpoint.port)",
      "--user=\(endpoint.user)",
    ]
    process.environment = ["MYSQL_PWD": endpoint.password, "PATH": "/usr/bin:/bin"]
    let input = Pipe()
    process.standardInput = input
    try process.run()
    input.fileHandleForWriting.write(Data(sql.utf8))
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    if process.terminationStatus != 0 { throw AssayError(message: "the mariadb client failed") }
  }
}

/// What a statement run on another thread ended with, for the thread that waits for it.
final class Outcome: @unchecked Sendable {  // `error` and `seconds` are guarded by `lock`
  private let lock = NSLock()
  private var ended: (error: Error?, at: Date)?
  private let done = DispatchSemaphore(value: 0)

  /// Records the end.
  func finish(_ error: Error?) {
    lock.withLock { ended = (error, Date()) }
    done.signal()
  }

  /// The end, once it came within `seconds`; nil if it did not.
  func wait(seconds: Double) -> (error: Error?, at: Date)? {
    guard done.wait(timeout: .now() + seconds) == .success else { return nil }
    return lock.withLock { ended }
  }
}
