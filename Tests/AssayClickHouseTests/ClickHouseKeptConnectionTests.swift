import AssayCore
import AssayTestSupport
import Foundation
import Testing

@testable import AssayClickHouse

/// A kept connection the server closes as a statement goes out costs nothing: the statement is
/// sent again on a new connection and answered.
struct ClickHouseKeptConnectionTests {
  @Test func aStatementWhoseKeptConnectionWasClosedIsSentAgain() throws {
    let peer = try KeepAliveCuttingPeer(answer: "zone\nString\nUTC\n")
    defer { peer.stop() }
    let server = ClickHouseServer(
      endpoint: try ClickHouseEndpoint(
        locator: SourceLocator("clickhouse://assay@127.0.0.1:\(peer.port)/assaytest"),
        options: SourceOptions(),
        environment: [:]))
    let connection = try server.connect()
    #expect(peer.answeredRequests == 1, "the first session's time zone was asked")
    let answer = try connection.fetch("SELECT timezone()", parameters: [])
    #expect(answer.rows.map { $0.map(\.description) } == [["UTC"]])
    #expect(peer.answeredRequests == 2, "answered on a second connection")
  }

  @Test func aServerThatTakesTheConnectionButNeverAnswersIsGivenUpOn() throws {
    // Listening without accepting: the connection is made, and nothing ever answers.
    let silent = try LoopbackSocket(listening: true)
    defer { close(silent.descriptor) }
    let server = ClickHouseServer(
      endpoint: try ClickHouseEndpoint(
        locator: SourceLocator("clickhouse://assay:secret@127.0.0.1:\(silent.port)/assaytest"),
        options: SourceOptions(), environment: [:]))
    let started = Date()
    #expect(
      throws: AssayError(
        message: "clickhouse://assay:***@127.0.0.1:\(silent.port)/assaytest: cannot reach "
          + "http://127.0.0.1:\(silent.port) (the connection was taken, but no answer came in time)",
        hint: "check the host and port, and that the ClickHouse server is running")
    ) { try server.connect() }
    #expect(Date().timeIntervalSince(started) < Double(ClickHouseConnection.firstAnswerSeconds) + 5)
  }
}
