import Foundation

/// A loopback HTTP server for tests: listens on a free port of 127.0.0.1 and serves each connection
/// on a thread of its own with its handler, which reads requests with `readRequest`.
public final class LoopbackHTTPPeer: Sendable {
  /// The loopback port it listens on.
  public let port: Int
  private let listener: Int32

  /// Listens, handing each connection (closed after) to `handle`.
  public init(handle: @escaping @Sendable (Int32) -> Void) throws {
    let socket = try LoopbackSocket(listening: true)
    (listener, port) = (socket.descriptor, socket.port)
    let listener = listener
    Thread.detachNewThread {
      defer { close(listener) }
      while true {
        let connection = accept(listener, nil, nil)
        guard connection >= 0 else { return }
        Thread.detachNewThread {
          defer { close(connection) }
          handle(connection)
        }
      }
    }
  }

  /// Stops listening; a connection being served ends with its next read.
  public func stop() { shutdown(listener, Int32(SHUT_RDWR)) }

  /// Reads one request's head and body (by its `Content-Length`); false when the peer hung up.
  public static func readRequest(_ connection: Int32) -> Bool {
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

  /// Writes all of `bytes`; false when the peer hung up first.
  public static func send(_ bytes: [UInt8], to connection: Int32) -> Bool {
    write(connection, bytes, bytes.count) == bytes.count
  }
}
