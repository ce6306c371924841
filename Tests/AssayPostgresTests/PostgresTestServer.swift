import AssayCore
import AssaySQL
import Foundation

@testable import AssayPostgres

/// The server scripts/servers/postgres.sh starts, named by `ASSAY_TEST_POSTGRES`.
enum PostgresTestServer {
  /// The locator, password included; nil when no server runs for the tests.
  static let locator = ProcessInfo.processInfo.environment["ASSAY_TEST_POSTGRES"]

  /// True when the tests that need the server can run.
  static var isRunning: Bool { locator != nil }

  /// The password in the locator, for checking that no message shows it.
  static var password: String {
    let userInfo = locator?.split(separator: "@").first ?? ""
    return String(userInfo.split(separator: ":").last ?? "")
  }

  /// The test database as a server, the locator's `options` added.
  static func server(sslMode: String = "disable") throws -> PostgresServer {
    let path = String((locator ?? "").dropFirst("postgres:".count))
    return PostgresServer(
      address: try PostgresAddress(path: path, sslMode: sslMode, environment: [:], home: "/nowhere"))
  }

  /// Runs `body` on a thread of its own, as Assay's workers call a session, and returns its result.
  static func onThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
      Thread.detachNewThread { continuation.resume(with: Result { try body() }) }
    }
  }

  /// Every row of `sql`, row by row, through a new session.
  static func rows(_ sql: String, parameters: [Value] = []) async throws -> [[Value]] {
    let server = try server()
    return try await onThread {
      let session = try server.connect()
      defer { session.close() }
      return try session.fetch(sql, parameters: parameters).rows
    }
  }
}
