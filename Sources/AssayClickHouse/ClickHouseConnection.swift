import AssayCore
import AssaySQL
import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// A session with ClickHouse over HTTP: each statement one POST, read-only (`readonly=2`: reads
/// and settings only; for an account whose profile is read-only already, which refuses any setting,
/// none are sent), limited in time (`max_execution_time`), named by a query id of its own so
/// that `cancel` can stop it on every shard (`KILL QUERY`). Rows stream as they arrive; a small
/// result (`fetch`) is held by the server until the statement ends (`wait_end_of_query=1`), so
/// its error, if any, comes as the answer's status.
final class ClickHouseConnection: DatabaseConnection, @unchecked Sendable {  // `running` is guarded by `lock`
  /// Where the server is.
  let endpoint: ClickHouseEndpoint
  /// The server's time zone.
  let zone: ServerZone
  /// Whether the account takes Assay's settings.
  let settings: AccountSettings
  private let lock = NSLock()
  private var running: (queryID: String, task: HTTPClient.Task<Void>?, stopped: Bool)?

  /// A session with the server at `endpoint`.
  init(endpoint: ClickHouseEndpoint, zone: ServerZone, settings: AccountSettings) {
    self.endpoint = endpoint
    self.zone = zone
    self.settings = settings
  }

  /// The client every session sends through, for the life of the process: a connection that
  /// cannot be made fails within 5 s; a statement's answer may take as long as its time limit; a
  /// connection idle for 2 s is closed, before the server's keep-alive (3 s by default) closes it.
  static let client: HTTPClient = {
    var configuration = HTTPClient.Configuration()
    configuration.connectionPool.retryConnectionEstablishment = false
    configuration.connectionPool.idleTimeout = .seconds(2)
    configuration.timeout = HTTPClient.Configuration.Timeout(connect: .seconds(5))
    return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
  }()

  /// Streams `sql`'s rows in pages (ClickHouse takes no parameters: values are literals already).
  func run(
    _ sql: String, parameters: [Value], firstPageRows: Int, pageRows: Int,
    columns: ([SQLColumn]) throws -> Void, rows: (ResultPage) throws -> Bool
  ) throws {
    try execute(
      sql, held: false, firstPageRows: firstPageRows, pageRows: pageRows, columns: columns, rows: rows)
  }

  /// `run` on one thread and one connection to the shards: a Distributed table's shards, and a
  /// shard's parts, are then read one after another, in the same order each time, where several
  /// answer in whichever order they finish (an account whose profile refuses settings keeps that
  /// order).
  func runInRepeatableOrder(
    _ sql: String, parameters: [Value], firstPageRows: Int, pageRows: Int,
    columns: ([SQLColumn]) throws -> Void, rows: (ResultPage) throws -> Bool
  ) throws {
    try execute(
      sql, held: false, oneThread: true, firstPageRows: firstPageRows, pageRows: pageRows, columns: columns,
      rows: rows)
  }

  /// A small result, held by the server until its statement ended.
  func fetch(_ sql: String, parameters: [Value]) throws -> (columns: [SQLColumn], rows: [[Value]]) {
    try fetch(sql, within: nil)
  }

  /// The seconds a session's first statement may wait for its answer: a server (or another
  /// program) that takes the connection and never answers is given up on, as a database that
  /// cannot be reached is.
  static let firstAnswerSeconds: Int64 = 10

  /// `fetch`, its answer awaited `seconds` at most (nil: the statement's time limit and 30 s more).
  func fetch(_ sql: String, within seconds: Int64?) throws -> (columns: [SQLColumn], rows: [[Value]]) {
    let pageRows = ResultPage.wholeResultPageRows
    return try ResultPage.gathered { columns, rows in
      try execute(
        sql, held: true, within: seconds, firstPageRows: pageRows, pageRows: pageRows, columns: columns,
        rows: rows)
    }
  }

  /// Stops the statement running now: `KILL QUERY` is sent for its id and its request dropped.
  func cancel() { stopRunning() }

  /// The tables of every database but the system's, with their engines, rows and bytes.
  func catalog() throws -> [CatalogTable] { try ClickHouseCatalog(connection: self).tables() }

  /// Nothing to end: the client keeps its connections for other sessions.
  func close() {}

  /// Sends `sql` and reads its answer. A statement whose kept connection the server closed before
  /// any answer came (its keep-alive ran out as the request went) is sent once more, on a new
  /// connection: every statement is a read, so sending it twice changes nothing.
  private func execute(
    _ sql: String, held: Bool, oneThread: Bool = false, resent: Bool = false, within seconds: Int64? = nil,
    firstPageRows: Int, pageRows: Int, columns: ([SQLColumn]) throws -> Void,
    rows: (ResultPage) throws -> Bool
  ) throws {
    let queryID = "assay-" + UUID().uuidString.lowercased()
    let stream = ResponseStream()
    let request = try self.request(sql, queryID: queryID, held: held, oneThread: oneThread)
    // Registered before it is sent, so that a cancel from now on reaches it.
    lock.withLock { running = (queryID, nil, false) }
    // A backstop past the server's own limit, for an answer that stalls.
    let backstop = seconds ?? (endpoint.timeLimit > 0 ? Int64(endpoint.timeLimit) + 30 : nil)
    let deadline = backstop.map { NIODeadline.now() + .seconds($0) }
    let task = Self.client.execute(request: request, delegate: stream, deadline: deadline)
    let cancelledBeforeSending = lock.withLock { () -> Bool in
      running?.task = task
      return running?.stopped ?? false
    }
    if cancelledBeforeSending { task.cancel() }
    var settled = false
    defer {
      // A statement left part way (a reader's error, a cut answer) is ended on the server too,
      // which would otherwise wait, blocked on the unread answer, until its time limit; and the
      // answer is given up here, so the client is not left waiting for a reader.
      if !settled && !stream.hasEnded { stopRunning() }
      stream.abandon()
      lock.withLock { running = nil }
    }
    func stoppedByCancel() -> Bool { lock.withLock { running?.stopped ?? false } }
    do {
      let status: Int
      do {
        status = try stream.waitForStatus()
      } catch  where !resent && Self.isClosedBeforeAnswering(error) && !stoppedByCancel() {
        settled = true
        return try execute(
          sql, held: held, oneThread: oneThread, resent: true, within: seconds, firstPageRows: firstPageRows,
          pageRows: pageRows, columns: columns, rows: rows)
      }
      guard status == 200 else {
        let body = stream.remainingText()
        // A read-only account refuses the settings: sent again without them.
        if settings.noteRefusal(body, confirmed: refusesSettings) {
          settled = true
          return try execute(
            sql, held: held, firstPageRows: firstPageRows, pageRows: pageRows, columns: columns, rows: rows)
        }
        throw ClickHouseFailure.answer(status: status, body: body, endpoint: endpoint)
      }
      let failure = { [endpoint] (line: String) in ClickHouseFailure.cutShort(line, endpoint: endpoint) }
      var pages = TabSeparatedPages(serverZone: zone.name)
      var (described, limit) = (false, firstPageRows)
      while let piece = try stream.nextPiece() {
        try pages.take(piece, failure: failure)
        if !described, let found = pages.columns {
          try columns(found)
          described = true
        }
        guard pages.rowCount >= limit else { continue }
        limit = pageRows
        guard try rows(pages.takePage()) else {
          stopRunning()
          settled = true
          return
        }
      }
      try pages.finish(failure: failure)
      if !described { try columns(pages.columns ?? []) }
      if pages.rowCount > 0 { _ = try rows(pages.takePage()) }
      settled = true
    } catch {
      if stoppedByCancel() || error is CancellationError { throw CancellationError() }
      if error is AssayError { throw error }
      throw ClickHouseFailure.unreachable(error, endpoint: endpoint)
    }
  }

  /// Whether the account refuses Assay's settings whatever the statement: `SELECT 1` sent with
  /// them is refused as read-only too.
  private func refusesSettings() -> Bool {
    guard
      let request = try? request("SELECT 1", queryID: "assay-" + UUID().uuidString.lowercased(), held: true),
      let answer = try? Self.client.execute(request: request, deadline: .now() + .seconds(10)).wait(),
      answer.status != .ok
    else { return false }
    let body = answer.body.map { String(buffer: $0) } ?? ""
    return ClickHouseFailure.exception(body).code == ClickHouseFailure.Code.readOnly
  }

  /// Whether `error` is a kept connection found closed: the request could not be written, or the
  /// server hung up before answering.
  private static func isClosedBeforeAnswering(_ error: any Error) -> Bool {
    (error as? ChannelError) == .ioOnClosedChannel || (error as? HTTPClientError) == .remoteConnectionClosed
  }

  /// Ends the statement running now (once): `KILL QUERY` is sent for its id, then its request is
  /// dropped, so the thread waiting on the statement goes on only once the server was told (a
  /// command that Ctrl-C stops exits after the kill, not before it).
  private func stopRunning() {
    let stopping = lock.withLock { () -> (String, HTTPClient.Task<Void>?)? in
      guard let current = running, !current.stopped else { return nil }
      running?.stopped = true
      return (current.queryID, current.task)
    }
    guard let (queryID, task) = stopping else { return }
    kill(queryID)
    task?.cancel()
  }

  /// Asks the server to stop statement `queryID` on every shard, without waiting for it to stop
  /// (sent once more when its kept connection was found closed).
  private func kill(_ queryID: String) {
    guard
      let request = try? request(
        "KILL QUERY WHERE query_id = \(SQLDialect(.clickhouse).literal(.string(queryID))) ASYNC",
        queryID: queryID + "-kill", held: true)
    else { return }
    for _ in 0..<2 {
      do {
        _ = try Self.client.execute(request: request, deadline: .now() + .seconds(5)).wait()
        return
      } catch  where Self.isClosedBeforeAnswering(error) {
        continue  // sent again on a new connection
      } catch {
        return
      }
    }
  }

  /// The POST of `sql` with the session's settings (and one thread per server, `oneThread`).
  private func request(_ sql: String, queryID: String, held: Bool, oneThread: Bool = false) throws
    -> HTTPClient.Request
  {
    var parameters = [
      ("database", endpoint.database), ("query_id", queryID),
      ("default_format", "TabSeparatedWithNamesAndTypes"),
    ]
    if held { parameters.append(("wait_end_of_query", "1")) }
    if self.settings.areSent {
      parameters += [("max_execution_time", String(endpoint.timeLimit)), ("readonly", "2")]
      if oneThread { parameters += [("max_threads", "1"), ("max_distributed_connections", "1")] }
    }
    let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_.~"))
    let query = parameters.map { name, value in
      "\(name)=\(value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value)"
    }.joined(separator: "&")
    var headers = HTTPHeaders()
    let credentials = Data("\(endpoint.user):\(endpoint.password)".utf8).base64EncodedString()
    headers.add(name: "Authorization", value: "Basic \(credentials)")
    headers.add(name: "Content-Type", value: "text/plain; charset=UTF-8")
    do {
      return try HTTPClient.Request(
        url: "\(endpoint.origin)/?\(query)", method: .POST, headers: headers, body: .string(sql))
    } catch {
      throw AssayError(
        message: "\(endpoint.displayName): '\(endpoint.host)' is not a host name",
        hint: "give the server as clickhouse://user@host:8123/database")
    }
  }
}
