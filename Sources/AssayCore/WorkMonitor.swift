import Synchronization

/// Watches a long computation from another thread: the computation reports rows done and checks,
/// every `checkInterval` rows, whether it was told to stop; the watcher reads the progress and stops it.
public final class WorkMonitor: Sendable {
  /// Rows a hot loop handles between two checks.
  public static let checkInterval = 1 << 16

  private let stopped = Atomic<Bool>(false)
  private let done = Atomic<Int>(0)
  private let total = Atomic<Int>(0)
  private let onAdvance: (@Sendable (WorkMonitor) -> Void)?

  /// A monitor; `onAdvance` runs after every report of progress (tests use it to stop midway).
  public init(onAdvance: (@Sendable (WorkMonitor) -> Void)? = nil) {
    self.onAdvance = onAdvance
  }

  /// Asks the computation to stop at its next check.
  public func stop() { stopped.store(true, ordering: .relaxed) }

  /// True once `stop()` was called.
  public var isStopped: Bool { stopped.load(ordering: .relaxed) }

  /// Rows done so far.
  public var rowsDone: Int { done.load(ordering: .relaxed) }

  /// Adds `rows` to the work expected in all.
  public func expect(rows: Int) { total.wrappingAdd(rows, ordering: .relaxed) }

  /// Records `rows` more rows done; false when the computation should stop.
  @discardableResult
  public func advance(rows: Int) -> Bool {
    done.wrappingAdd(rows, ordering: .relaxed)
    onAdvance?(self)
    return !isStopped
  }

  /// The share of the expected work done, from 0 to 1; nil before any work is expected.
  public var fractionDone: Double? {
    let expected = total.load(ordering: .relaxed)
    guard expected > 0 else { return nil }
    return min(1, Double(rowsDone) / Double(expected))
  }

  /// Throws `CancellationError` when the computation was told to stop.
  public func checkStopped() throws(CancellationError) {
    if isStopped { throw CancellationError() }
  }
}
