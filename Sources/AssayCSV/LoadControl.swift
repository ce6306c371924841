import AssayCore
import Foundation

/// What a running load reports to and hears from its consumer: snapshots out, cancellation in.
/// Shared between parser threads; its mutable state sits behind a lock.
package final class LoadControl: @unchecked Sendable {
  private let lock = NSLock()
  private var cancelled = false
  private var lastSnapshot: ContinuousClock.Instant?
  private let interval: Duration
  private let deliver: (@Sendable (Table, LoadProgress) -> Void)?

  /// A control that passes snapshots to `deliver`, at most one per `interval` (the first and the
  /// last always).
  package init(
    interval: Duration = .milliseconds(100), deliver: (@Sendable (Table, LoadProgress) -> Void)? = nil
  ) {
    self.interval = interval
    self.deliver = deliver
  }

  /// True once the consumer has gone away.
  package var isCancelled: Bool { lock.withLock { cancelled } }

  /// Stops the load at its next check.
  package func cancel() { lock.withLock { cancelled = true } }

  /// True when nobody wants snapshots, so none need building.
  package var wantsSnapshots: Bool { deliver != nil }

  /// True when a snapshot taken now would be delivered.
  package func snapshotDue() -> Bool {
    guard deliver != nil else { return false }
    return lock.withLock {
      guard let lastSnapshot else { return true }
      return ContinuousClock.now - lastSnapshot >= interval
    }
  }

  /// Hands a snapshot to the consumer.
  package func send(_ table: Table, _ progress: LoadProgress) {
    guard let deliver else { return }
    lock.withLock { lastSnapshot = ContinuousClock.now }
    deliver(table, progress)
  }
}

extension LoadControl {
  /// The updates of a load that `run` makes on a thread of its own with a control that hands its
  /// snapshots to the stream, at most one per `interval` (the first and last always); cancelling the
  /// consuming task cancels the control, and the stream ends quietly when `run` stops for that.
  package static func updates(
    interval: Duration = .milliseconds(100), _ run: @escaping @Sendable (LoadControl) throws -> Void
  ) -> AsyncThrowingStream<LoadUpdate, Error> {
    AsyncThrowingStream(bufferingPolicy: .bufferingNewest(1)) { continuation in
      let control = LoadControl(interval: interval) { table, progress in
        continuation.yield(LoadUpdate(table: table, progress: progress))
      }
      continuation.onTermination = { _ in control.cancel() }
      Thread.detachNewThread {
        do {
          try run(control)
          continuation.finish()
        } catch is CancellationError {
          continuation.finish()
        } catch {
          continuation.finish(throwing: error)
        }
      }
    }
  }
}
