import Foundation

/// What PostgreSQL's BackendKeyData message tells a client at startup: its session's process ID
/// and the secret that a cancel request for that session must carry. Set once, read from any thread.
final class BackendKey: @unchecked Sendable {  // `value` is guarded by `lock`
  private let lock = NSLock()
  private var value: (processID: Int32, secret: Int32)?

  /// The key, once the server sent it.
  var processAndSecret: (processID: Int32, secret: Int32)? { lock.withLock { value } }

  /// Keeps the key the server sent.
  func set(processID: Int32, secret: Int32) {
    lock.withLock { value = (processID, secret) }
  }
}
