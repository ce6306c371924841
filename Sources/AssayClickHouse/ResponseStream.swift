import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// An HTTP answer handed, as it arrives, from the client's event loop to a thread that reads it
/// at its own pace: the status first, then the body's pieces in order. When more than
/// `queueLimit` bytes wait unread the client stops reading from the socket, so a huge result is
/// never held whole, and the server slows down to Assay's pace.
final class ResponseStream: HTTPClientResponseDelegate, @unchecked Sendable {  // guarded by `condition`
  /// What the request's task hands back when it ends: nothing, as the body went to the reader.
  typealias Response = Void

  /// Bytes that may wait unread before the socket is no longer read.
  static let queueLimit = 4 << 20

  private let condition = NSCondition()
  private var status: Int?
  private var pieces: [ByteBuffer] = []
  private var queued = 0
  private var ended = false
  private var failure: (any Error)?
  private var resume: EventLoopPromise<Void>?

  /// Notes the status.
  func didReceiveHead(task: HTTPClient.Task<Void>, _ head: HTTPResponseHead) -> EventLoopFuture<Void> {
    change { $0.status = Int(head.status.code) }
    return task.eventLoop.makeSucceededVoidFuture()
  }

  /// Queues a piece of the body; past `queueLimit` bytes, reading waits until the reader catches up.
  func didReceiveBodyPart(task: HTTPClient.Task<Void>, _ buffer: ByteBuffer) -> EventLoopFuture<Void> {
    condition.lock()
    defer { condition.unlock() }
    guard !ended else { return task.eventLoop.makeSucceededVoidFuture() }
    pieces.append(buffer)
    queued += buffer.readableBytes
    condition.broadcast()
    guard queued > Self.queueLimit else { return task.eventLoop.makeSucceededVoidFuture() }
    let promise = task.eventLoop.makePromise(of: Void.self)
    resume = promise
    return promise.futureResult
  }

  /// Marks the end of the body.
  func didFinishRequest(task: HTTPClient.Task<Void>) throws { finish(nil) }

  /// Keeps the error (a refused connection, a cancelled task) for the reader.
  func didReceiveError(task: HTTPClient.Task<Void>, _ error: any Error) { finish(error) }

  /// Whether the answer ended: all of it arrived, or the request failed.
  var hasEnded: Bool {
    condition.lock()
    defer { condition.unlock() }
    return ended
  }

  /// The answer's status, once it came; the request's error when none will.
  func waitForStatus() throws -> Int {
    condition.lock()
    defer { condition.unlock() }
    while status == nil && !ended { condition.wait() }
    if let status { return status }
    throw failure ?? CancellationError()
  }

  /// The next piece of the body, in order; nil at its end.
  /// - Throws: the error that cut the body short, after the pieces that came before it.
  func nextPiece() throws -> ByteBuffer? {
    condition.lock()
    defer { condition.unlock() }
    while pieces.isEmpty && !ended { condition.wait() }
    guard !pieces.isEmpty else {
      if let failure { throw failure }
      return nil
    }
    let piece = pieces.removeFirst()
    queued -= piece.readableBytes
    if queued <= Self.queueLimit / 2, let waiting = resume {
      resume = nil
      waiting.succeed(())
    }
    return piece
  }

  /// Gives the answer up: what waits unread is dropped, and the client, if it waits for the reader
  /// to catch up, reads on (to the end its task is cancelled at), so nothing is left waiting.
  func abandon() {
    change { stream in
      stream.pieces.removeAll()
      stream.queued = 0
      stream.ended = true
      stream.resume?.succeed(())
      stream.resume = nil
    }
  }

  /// The rest of the body as text, at most `limit` bytes of it (an error's message).
  func remainingText(limit: Int = 65_536) -> String {
    var bytes: [UInt8] = []
    while bytes.count < limit, let piece = try? nextPiece() { bytes += piece.readableBytesView }
    return String(decoding: bytes.prefix(limit), as: UTF8.self)
  }

  private func finish(_ error: (any Error)?) {
    change { stream in
      stream.failure = stream.failure ?? error
      stream.ended = true
      stream.resume?.succeed(())
      stream.resume = nil
    }
  }

  private func change(_ body: (ResponseStream) -> Void) {
    condition.lock()
    body(self)
    condition.broadcast()
    condition.unlock()
  }
}
