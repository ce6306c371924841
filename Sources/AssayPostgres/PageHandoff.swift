import AssaySQL
import Foundation

/// Hands a statement's result from the task that reads it off the connection (asynchronous, on
/// Swift's executors and postgres-nio's event loop) to the thread that called `run` (synchronous,
/// waiting here). At most one item waits to be taken: while it does the reading task is suspended,
/// postgres-nio stops reading from the socket, and the server waits: no more than three pages are
/// held (one being used, one waiting, one being filled).
final class PageHandoff: @unchecked Sendable {  // the state is guarded by `condition`
  /// What the reading task hands over.
  enum Item {
    /// The result's columns, before any page.
    case columns([SQLColumn])
    /// Rows.
    case page(ResultPage)
    /// The result is complete.
    case end
    /// The statement failed.
    case failure(any Error)
    /// The caller's side stopped waiting (`stop`).
    case stopped
  }

  private let condition = NSCondition()
  private var waiting: Item?
  private var stopped = false
  private var suspendedReader: CheckedContinuation<Void, Never>?

  /// Hands `item` over, suspending while an earlier one waits to be taken. False once the taking
  /// side has stopped: the reader should end.
  func deliver(_ item: Item) async -> Bool {
    while true {
      let placed: Bool? = condition.withLock {
        if stopped { return false }
        guard waiting == nil else { return nil }
        waiting = item
        condition.signal()
        return true
      }
      if let placed { return placed }
      await roomToDeliver()
    }
  }

  /// Returns once no item waits (or the handoff stopped).
  private func roomToDeliver() async {
    await withCheckedContinuation { continuation in
      let resumeNow = condition.withLock {
        if stopped || waiting == nil { return true }
        suspendedReader = continuation
        return false
      }
      if resumeNow { continuation.resume() }
    }
  }

  /// The next item, waiting for it.
  func take() -> Item {
    condition.lock()
    while waiting == nil && !stopped { condition.wait() }
    let item = stopped ? Item.stopped : waiting!
    waiting = nil
    let reader = suspendedReader
    suspendedReader = nil
    condition.unlock()
    reader?.resume()
    return item
  }

  /// True once `stop` ended the handoff.
  var isStopped: Bool { condition.withLock { stopped } }

  /// Ends the handoff: `take` returns `.stopped`, and the reader's `deliver` returns false.
  func stop() {
    let reader = condition.withLock {
      stopped = true
      condition.broadcast()
      defer { suspendedReader = nil }
      return suspendedReader
    }
    reader?.resume()
  }
}
