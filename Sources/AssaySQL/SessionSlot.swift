import Foundation

/// The session a background operation is using, kept where another thread can cancel its
/// statement: `cancel` before `hold` makes `hold` cancel at once.
final class SessionSlot: @unchecked Sendable {  // `connection` and `cancelled` are guarded by `lock`
  private let lock = NSLock()
  private var connection: (any DatabaseConnection)?
  private var cancelled = false

  /// Whether `cancel` was called.
  var isCancelled: Bool { lock.withLock { cancelled } }

  /// Keeps `session` as the one to cancel; cancels it now when `cancel` came first.
  func hold(_ session: any DatabaseConnection) {
    let cancelNow = lock.withLock {
      connection = session
      return cancelled
    }
    if cancelNow { session.cancel() }
  }

  /// Closes the held session and forgets it.
  func release() {
    let session = lock.withLock {
      defer { connection = nil }
      return connection
    }
    session?.close()
  }

  /// Stops the held session's statement (and any later one's) without waiting: the cancel, which
  /// waits for the server's answer, is sent from a thread of its own, since the caller may be the
  /// thread that draws the screen (a load's task cancelled there).
  func cancel() {
    let session = lock.withLock {
      cancelled = true
      return connection
    }
    guard let session else { return }
    Thread.detachNewThread { session.cancel() }
  }

  /// Runs `work` on a new thread with a new session of `server`, held here so `cancel` reaches
  /// its statement, and closed after; `done` gets the error that ended it, nil when it finished.
  func runDetached(
    on server: any DatabaseServer, _ work: @escaping @Sendable (any DatabaseConnection) throws -> Void,
    done: @escaping @Sendable (Error?) -> Void
  ) {
    Thread.detachNewThread {
      do {
        let connection = try server.connect()
        self.hold(connection)
        defer { self.release() }
        try work(connection)
        done(nil)
      } catch {
        done(error)
      }
    }
  }
}
