import AssayCore
import Foundation

/// Work too slow for a key press (sorting, filtering, counting millions of rows): the run loop
/// computes it off the main thread while the screen stays live, then applies the result;
/// replays and tests run it at once.
public struct Job: Sendable, Equatable {
  /// What the status line says while it runs, e.g. `sorting by x`.
  public var title: String
  /// The computation, given a monitor to report progress to and to check for Ctrl-C; returns how
  /// to apply its result to the state. Errors become the status message.
  public var work: @Sendable (WorkMonitor) throws -> @Sendable (inout AppState) -> Void

  /// A job whose computation cannot be stopped midway (Ctrl-C drops its result).
  public init(title: String, work: @escaping @Sendable () throws -> @Sendable (inout AppState) -> Void) {
    self.title = title
    self.work = { _ in try work() }
  }

  /// A job whose computation reports progress to its monitor and stops when the monitor is stopped.
  public init(
    title: String,
    monitoredWork: @escaping @Sendable (WorkMonitor) throws -> @Sendable (inout AppState) -> Void
  ) {
    self.title = title
    self.work = monitoredWork
  }

  /// Jobs are told apart by their titles.
  public static func == (a: Job, b: Job) -> Bool { a.title == b.title }

  /// Runs the job here and now and applies its result (or its error, as the status message).
  public func runNow(on state: inout AppState) {
    Self.apply(Result { try work(WorkMonitor()) }, to: &state)
  }

  /// Applies a finished job's result, or shows its error.
  static func apply(_ result: Result<@Sendable (inout AppState) -> Void, any Error>, to state: inout AppState)
  {
    state.job = nil
    switch result {
    case .success(let applyResult): applyResult(&state)
    case .failure(let error): state.message = StatusMessage(String(describing: error), isError: true)
    }
    state.scrollToCursor()
  }

  /// Runs every job among `effects` at once; returns the other effects.
  public static func runAll(_ effects: [Effect], on state: inout AppState) -> [Effect] {
    var rest: [Effect] = []
    for effect in effects {
      if case .startJob(let job) = effect { job.runNow(on: &state) } else { rest.append(effect) }
    }
    return rest
  }
}

/// Hands a job's result from its task to the run loop; results of abandoned jobs are dropped and
/// their computation told to stop (a statement it waits on is cancelled on the server, from
/// another thread: stopping never blocks the run loop).
final class JobMailbox: @unchecked Sendable {
  // Every stored property is read and written only while `lock` is held.
  private let lock = NSLock()
  private var generation = 0
  private var running: (title: String, monitor: WorkMonitor)?
  private var finished: Result<@Sendable (inout AppState) -> Void, any Error>?

  /// Starts `job` on a detached task; a newer start or `abandon()` stops it and drops its result.
  func start(_ job: Job) {
    let monitor = WorkMonitor()
    let ticket = lock.withLock {
      running?.monitor.stop()
      generation += 1
      finished = nil
      running = (job.title, monitor)
      return generation
    }
    Task.detached(priority: .userInitiated) {
      // The monitor is the job's work's own also where it is not handed on (a chart's summaries
      // from a database), so Ctrl-C stops the statement it waits on.
      let result = WorkMonitor.$current.withValue(monitor) { Result { try job.work(monitor) } }
      self.lock.withLock {
        guard self.generation == ticket else { return }
        self.finished = result
        self.running = nil
      }
    }
  }

  /// Stops the running job: its computation ends at its next check and its result is not applied.
  func abandon() {
    lock.withLock {
      running?.monitor.stop()
      running = nil
      generation += 1
    }
  }

  /// The running job's title with how far it got, e.g. `sorting by x  45%`; nil when no job runs
  /// or it reports no progress.
  func titleWithProgress() -> String? {
    lock.withLock {
      guard let running, let fraction = running.monitor.fractionDone else { return nil }
      return "\(running.title)  \(Int(fraction * 100))%"
    }
  }

  /// The finished job's result, once.
  func take() -> Result<@Sendable (inout AppState) -> Void, any Error>? {
    lock.withLock {
      defer { finished = nil }
      return finished
    }
  }
}
