import AssayTestSupport
import Foundation

/// A loopback HTTP server that answers the first request on each connection with `answer` and
/// keeps the connection open, then reads the next request on it and hangs up without answering:
/// what a server does whose keep-alive ran out just as a client sent on the kept connection.
final class KeepAliveCuttingPeer: Sendable {
  private let peer: LoopbackHTTPPeer
  private let answered = Counter()

  /// The loopback port it listens on.
  var port: Int { peer.port }

  /// Listens on a free loopback port and answers every first request with `answer`, a
  /// `TabSeparatedWithNamesAndTypes` body.
  init(answer: String) throws {
    let answered = answered
    peer = try LoopbackHTTPPeer { connection in
      guard LoopbackHTTPPeer.readRequest(connection) else { return }
      let head = "HTTP/1.1 200 OK\r\nContent-Length: \(answer.utf8.count)\r\nConnection: keep-alive\r\n\r\n"
      guard LoopbackHTTPPeer.send(Array((head + answer).utf8), to: connection) else { return }
      answered.add()
      _ = LoopbackHTTPPeer.readRequest(connection)
    }
  }

  /// How many requests were answered.
  var answeredRequests: Int { answered.value }

  /// Stops listening; a connection being served ends with its next read.
  func stop() { peer.stop() }
}
