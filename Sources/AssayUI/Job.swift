import Foundation

/// Work too slow for a key press (sorting, filtering, counting millions of rows): the run loop
/// computes it off the main thread while the screen stays live, then applies the result;
/// replays and tests run it at once.
public struct Job: Sendable, Equatable {
  /// What the status line says while it runs, e.g. `sorting by x`.
  public var title: String
  /// The computation; returns how to apply its result to the state. Errors become the status message.
  public var work: @Sendable () throws -> @Sendable (inout AppState) -> Void

  /// A job.
  public init(title: String, work: @escaping @Sendable () throws -> @Sendable (inout AppState) -> Void) {
    self.title = title
    self.work = work
  }

  /// Jobs are told apart by their titles.
  public static func == (a: Job, b: Job) -> Bool { a.title == b.title }

  /// Runs the job here and now and applies its result (or its error, as the status message).
  public func runNow(on state: inout AppState) {
    Self.apply(Result { try work() }, to: &state)
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

/// Hands a job's result from its task to the run loop; results of abandoned jobs are dropped.
final class JobMailbox: @unchecked Sendable {
  // Every stored property is read and written only while `lock` is held.
  private let lock = NSLock()
  private var generation = 0
  private var finished: Result<@Sendable (inout AppState) -> Void, any Error>?

  /// Starts `job` on a detached task; a newer start or `abandon()` makes its result be dropped.
  func start(_ job: Job) {
    let ticket = lock.withLock {
      generation += 1
      finished = nil
      return generation
    }
    Task.detached(priority: .userInitiated) {
      let result = Result { try job.work() }
      self.lock.withLock { if self.generation == ticket { self.finished = result } }
    }
  }

  /// Forgets the running job: its result will not be applied.
  func abandon() { lock.withLock { generation += 1 } }

  /// The finished job's result, once.
  func take() -> Result<@Sendable (inout AppState) -> Void, any Error>? {
    lock.withLock {
      defer { finished = nil }
      return finished
    }
  }
}
