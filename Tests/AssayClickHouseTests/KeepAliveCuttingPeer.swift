import AssayTestSupport
import Foundation

/// A loopback HTTP server that answers the first request on each connection with `answer` and
/// keeps the connection open, then reads the next request on it and hangs up without answering:
/// what a server does whose keep-alive ran out just as a client sent on the kept connection.
final class KeepAliveCuttingPeer: @unchecked Sendable {  // `answered` is guarded by `lock`
  /// The loopback port it listens on.
  let port: Int
  private let listener: Int32
  private let answer: String
  private let lock = NSLock()
  private var answered = 0

  /// Listens on a free loopback port and answers every first request with `answer`, a
  /// `TabSeparatedWithNamesAndTypes` body.
  init(answer: String) throws {
    self.answer = answer
    let socket = try LoopbackSocket(listening: true)
    listener = socket.descriptor
    port = socket.port
    Thread.detachNewThread { [self] in serve() }
  }

  /// How many requests were answered.
  var answeredRequests: Int { lock.withLock { answered } }

  /// Stops listening; a connection being served ends with its next read.
  func stop() { shutdown(listener, Int32(SHUT_RDWR)) }

  private func serve() {
    defer { close(listener) }
    while true {
      let connection = accept(listener, nil, nil)
      guard connection >= 0 else { return }
      Thread.detachNewThread { [self] in
        defer { close(connection) }
        guard readRequest(connection) else { return }
        let head = "HTTP/1.1 200 OK\r\nContent-Length: \(answer.utf8.count)\r\nConnection: keep-alive\r\n\r\n"
        let bytes = Array((head + answer).utf8)
        guard write(connection, bytes, bytes.count) == bytes.count else { return }
        lock.withLock { answered += 1 }
        _ = readRequest(connection)
      }
    }
  }

  /// Reads one request's head and body (by its `Content-Length`); false when the peer hung up.
  private func readRequest(_ connection: Int32) -> Bool {
    var received: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    let separator = Array("\r\n\r\n".utf8)
    while true {
      if let end = received.indices.dropLast(3).first(where: { Array(received[$0..<$0 + 4]) == separator }) {
        let head = String(decoding: received[..<end], as: UTF8.self).lowercased()
        let length =
          head.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
          .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
        if received.count >= end + 4 + length { return true }
      }
      let count = read(connection, &buffer, buffer.count)
      guard count > 0 else { return false }
      received += buffer[..<count]
    }
  }
}
