import AssayCore
import AssaySQL
import Foundation
import Testing

@testable import AssayPostgres

@Suite("cancelling a PostgreSQL statement stops it on the server", .enabled(if: PostgresTestServer.isRunning))
struct PostgresCancelTests {
  /// Statements of other sessions still running `pg_sleep(30)`.
  func sleepersOnTheServer() async throws -> [[Value]] {
    try await PostgresTestServer.rows(
      "SELECT pid FROM pg_stat_activity WHERE state = 'active' AND query LIKE 'SELECT pg_sleep(30)%' AND pid <> pg_backend_pid()"
    )
  }

  @Test func aSleepingStatementEndsWithinASecondOfCancel() async throws {
    let server = try PostgresTestServer.server()
    let session = try await PostgresTestServer.onThread { try server.connect() }
    defer { session.close() }
    let running = Task {
      try await PostgresTestServer.onThread { () -> Date in
        do {
          _ = try session.fetch("SELECT pg_sleep(30)")
          Issue.record("the statement was not cancelled")
        } catch {
          #expect(error is CancellationError, "\(error)")
        }
        return Date()
      }
    }
    var waited = 0
    while try await sleepersOnTheServer().isEmpty, waited < 100 {
      try await Task.sleep(for: .milliseconds(50))
      waited += 1
    }
    #expect(try await sleepersOnTheServer().count == 1, "the statement runs on the server")
    let cancelled = Date()
    try await PostgresTestServer.onThread { session.cancel() }
    let ended = try await running.value
    #expect(ended.timeIntervalSince(cancelled) < 10, "a 30 s statement ends soon after the cancel")
    var gone = false
    for _ in 0..<20 where !gone {
      gone = try await sleepersOnTheServer().isEmpty
      if !gone { try await Task.sleep(for: .milliseconds(50)) }
    }
    #expect(gone, "the server no longer runs it")
  }
}
