import AssayCore
import AssaySQL
import Foundation
import Testing

@testable import AssayMariaDB

/// A session reads and never writes, streams its rows in pages, binds parameters apart from the
/// SQL, and stops a statement on the server when cancelled.
@Suite(.enabled(if: TestServer.isRunning)) struct MariaDBSessionTests {
  @Test(arguments: [
    "DELETE FROM iris", "DROP TABLE iris", "UPDATE iris SET species = 'x'",
    "INSERT INTO iris (species) VALUES ('x')", "CREATE TABLE made (a INT)",
  ])
  func theServerRefusesEveryWrite(statement: String) throws {
    let connection = try TestServer.server().connect()
    defer { connection.close() }
    for _ in 0..<2 {
      do {
        _ = try connection.fetch(statement)
        Issue.record("\(statement) ran")
      } catch let error as AssayError {
        #expect(error.message.contains("READ ONLY"), "\(error)")
        #expect(error.hint == "Assay opens every session read-only and never writes to a source")
      }
    }
    let check = try TestServer.server().connect()
    defer { check.close() }
    #expect(try check.fetch("SELECT COUNT(*) FROM iris").rows == [[.int(150)]])
  }

  @Test func rowsArriveInPagesAndStoppingEarlyFreesTheSession() throws {
    let connection = try TestServer.server().connect()
    defer { connection.close() }
    for parameters in [[], [Value.int(0)]] {
      var sizes: [Int] = []
      var columns: [SQLColumn] = []
      let started = Date()
      try connection.run(
        parameters.isEmpty ? "SELECT id, category FROM big" : "SELECT id, category FROM big WHERE id > ?",
        parameters: parameters, firstPageRows: 10, pageRows: 1_000, columns: { columns = $0 },
        rows: { page in
          sizes.append(page.rowCount)
          return sizes.count < 3
        })
      #expect(Date().timeIntervalSince(started) < 10, "the other 998,990 rows are not read")
      #expect(columns.map(\.name) == ["id", "category"])
      #expect(sizes == [10, 1_000, 1_000])
      #expect(try connection.fetch("SELECT COUNT(*) FROM iris").rows == [[.int(150)]], "the session goes on")
    }
    // A result the server has sent whole before the stop: the stop reaches an idle session.
    var pages = 0
    try connection.run(
      "SELECT * FROM iris", parameters: [], firstPageRows: 5, pageRows: 5, columns: { _ in },
      rows: { _ in
        pages += 1
        return false
      })
    #expect(pages == 1)
    #expect(
      try connection.fetch("SELECT COUNT(*) FROM iris").rows == [[.int(150)]], "the next statement runs")
  }

  @Test func longValuesReadWholeWhenPrepared() throws {
    let connection = try TestServer.server().connect()
    defer { connection.close() }
    let long = try connection.fetch(
      "SELECT REPEAT(?, 1000), CAST(REPEAT('a', 300) AS BINARY) FROM iris LIMIT 2", parameters: [.string("é")]
    )
    let blob = "\\x" + String(repeating: "61", count: 300)
    #expect(
      long.rows == Array(repeating: [.string(String(repeating: "é", count: 1000)), .string(blob)], count: 2))
  }

  @Test func aQueryWithNoRowsIsAnEmptyResult() throws {
    let connection = try TestServer.server().connect()
    defer { connection.close() }
    let text = try connection.fetch("SELECT * FROM iris WHERE 1 = 0")
    #expect(
      text.columns.map(\.name) == ["sepal_length", "sepal_width", "petal_length", "petal_width", "species"])
    #expect(text.rows.isEmpty)
    let prepared = try connection.fetch("SELECT * FROM iris WHERE species = ?", parameters: [.string("none")])
    #expect(prepared.columns.count == 5 && prepared.rows.isEmpty)
  }

  @Test func parametersAreValuesNotSQL() throws {
    let connection = try TestServer.server().connect()
    defer { connection.close() }
    let hostile = try connection.fetch(
      "SELECT COUNT(*) FROM iris WHERE species = ?", parameters: [.string("x' OR '1'='1")])
    #expect(hostile.rows == [[.int(0)]])
    let typed = try connection.fetch(
      "SELECT ? + 1, ?, ?, ?, ?", parameters: [.int(41), .double(0.5), .bool(true), .null, .string("é")])
    #expect(typed.rows == [[.int(42), .double(0.5), .int(1), .null, .string("é")]])
    let stamp = Value.timestamp(Timestamp(microseconds: 1_709_280_000_000_000, zone: .utc))
    let instant = try connection.fetch(
      "SELECT COUNT(*) FROM every_type WHERE timestamp_value > ?", parameters: [stamp])
    #expect(instant.rows == [[.int(1)]], "2024-03-01 08:00:00.25Z is after 2024-03-01 08:00:00Z")
  }

  @Test func cancelStopsTheStatementOnTheServer() throws {
    let connection = try TestServer.server().connect()
    defer { connection.close() }
    let thread = try #require(connection.fetch("SELECT CONNECTION_ID()").rows.first?.first)
    let outcome = Outcome()
    Thread.detachNewThread {
      do {
        _ = try connection.fetch("SELECT SLEEP(30)")
        outcome.finish(nil)
      } catch {
        outcome.finish(error)
      }
    }
    let observer = try TestServer.server().connect()
    defer { observer.close() }
    let running =
      "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID = ? AND INFO LIKE 'SELECT SLEEP%'"
    var seen = false
    for _ in 0..<50 where !seen {
      seen = try observer.fetch(running, parameters: [thread]).rows == [[.int(1)]]
      if !seen { Thread.sleep(forTimeInterval: 0.05) }
    }
    #expect(seen, "the statement runs on the server")
    let cancelled = Date()
    connection.cancel()
    let ended = try #require(outcome.wait(seconds: 5), "run returns")
    #expect(ended.at.timeIntervalSince(cancelled) < 10, "a 30 s statement ends soon after the cancel")
    #expect(ended.error is CancellationError, "\(String(describing: ended.error))")
    #expect(try observer.fetch(running, parameters: [thread]).rows == [[.int(0)]])
    #expect(try connection.fetch("SELECT 1").rows == [[.int(1)]], "the session itself stays open")
  }

  @Test func cancelWhileNothingRunsAndCancelRacingCloseAreHarmless() throws {
    let connection = try TestServer.server().connect()
    connection.cancel()
    #expect(try connection.fetch("SELECT 2").rows == [[.int(2)]])
    for _ in 0..<20 {
      let racing = try TestServer.server().connect()
      DispatchQueue.concurrentPerform(iterations: 4) { index in
        if index == 0 { racing.close() } else { racing.cancel() }
      }
    }
    connection.close()
    connection.cancel()
    #expect(throws: AssayError.self) { try connection.fetch("SELECT 1") }
  }

  @Test func connectionFailuresAreOneLineWithoutThePassword() throws {
    let password = try TestServer.endpoint.password
    let locator = try #require(TestServer.locator)
    let wrong = locator.replacingOccurrences(of: password, with: "not-the-\(password)")
    for text in [wrong, locator.replacingOccurrences(of: "/assaytest", with: "/no_such_database")] {
      let server = try MariaDBServer(locator: SourceLocator(text), environment: [:], home: nil)
      #expect(!server.displayName.contains(password))
      do {
        _ = try server.connect()
        Issue.record("\(server.displayName) connected")
      } catch let error as AssayError {
        #expect(!error.description.contains(password) && !error.description.contains("\n"), "\(error)")
      }
    }
  }
}
