import Synchronization

/// Watches a long computation from another thread: the computation reports rows done and checks,
/// every `checkInterval` rows, whether it was told to stop; the watcher reads the progress and stops it.
/// Work that waits on something else (a statement on a database server) registers how to stop it
/// (`whileRunning(stopping:_:)`), so a stop reaches it at once instead of at its next check.
public final class WorkMonitor: Sendable {
  /// Rows a hot loop handles between two checks.
  public static let checkInterval = 1 << 16

  /// The monitor of the work running on this task or thread, for code that is handed none (a
  /// chart's summaries): a UI job's, or a headless command's that Ctrl-C stops; nil elsewhere.
  @TaskLocal public static var current: WorkMonitor? = nil

  private let stopped = Atomic<Bool>(false)
  private let done = Atomic<Int>(0)
  private let total = Atomic<Int>(0)
  private let onAdvance: (@Sendable (WorkMonitor) -> Void)?
  /// The actions that stop the work waited on now, by registration number, and the next number.
  private let stopActions = Mutex<(actions: [Int: @Sendable () -> Void], next: Int)>(([:], 0))

  /// A monitor; `onAdvance` runs after every report of progress (tests use it to stop midway).
  public init(onAdvance: (@Sendable (WorkMonitor) -> Void)? = nil) {
    self.onAdvance = onAdvance
  }

  /// Asks the computation to stop at its next check, and runs the stop actions registered now;
  /// true when there was one (work waiting on something that this stop reached).
  @discardableResult
  public func stop() -> Bool {
    let actions = stopActions.withLock { registered in
      stopped.store(true, ordering: .sequentiallyConsistent)
      defer { registered.actions = [:] }
      return Array(registered.actions.values)
    }
    for action in actions { action() }
    return !actions.isEmpty
  }

  /// Runs `body` with `action` as the way to stop it: `stop()` runs `action` (on the thread that
  /// stops, so it must not block: it hands any slow work to another thread); each registration's
  /// action runs at most once. When the monitor was stopped already, `body` does not run at all:
  /// `CancellationError`, as a statement sent then could not be stopped.
  public func whileRunning<Result>(
    stopping action: @escaping @Sendable () -> Void, _ body: () throws -> Result
  ) throws -> Result {
    let key = stopActions.withLock { registered -> Int? in
      guard !stopped.load(ordering: .sequentiallyConsistent) else { return nil }
      defer { registered.next += 1 }
      registered.actions[registered.next] = action
      return registered.next
    }
    guard let key else { throw CancellationError() }
    defer { _ = stopActions.withLock { $0.actions.removeValue(forKey: key) } }
    return try body()
  }

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
