import AssayTestSupport
import AsyncHTTPClient
import Foundation
import Testing

@testable import AssayObjectStore

/// A store whose first answer breaks off halfway through its body is asked again, and the whole
/// body is read from the second answer.
struct CutAnswerTests {
  @Test func anAnswerCutOffIsAskedForAgain() throws {
    let body = Array(String(repeating: "0123456789", count: 10_000).utf8)
    let requests = Counter()
    // The first request gets half of `body` (its length announced whole) and a hang-up; later ones all of it.
    let store = try LoopbackHTTPPeer { connection in
      while LoopbackHTTPPeer.readRequest(connection) {
        let first = requests.add() == 1
        let head = Array("HTTP/1.1 200 OK\r\nContent-Length: \(body.count)\r\n\r\n".utf8)
        let sent = head + (first ? Array(body.prefix(body.count / 2)) : body)
        guard LoopbackHTTPPeer.send(sent, to: connection), !first else { return }
      }
    }
    defer { store.stop() }
    let answer = try ObjectStoreHTTP.send(name: "s3://b/k", settings: "--endpoint") {
      try HTTPClient.Request(url: "http://127.0.0.1:\(store.port)/b/k", method: .GET)
    }
    #expect(answer.status == 200 && answer.body == body)
    #expect(requests.value == 2)
  }
}
