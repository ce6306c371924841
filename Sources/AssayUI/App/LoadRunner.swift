/// Runs the run loop's loads, one at a time: starting one stops the one before, whose late
/// updates go to a mailbox nobody reads any more.
struct LoadRunner {
  /// The clock the loads' times are read on.
  let clock: RunClock
  private var task: Task<Void, Never>?
  private var mailbox = LoadMailbox()

  /// A runner with no load running, timing on `clock`.
  init(clock: RunClock) { self.clock = clock }

  /// Starts loading `request.source` into its sheet, stopping any load still running.
  mutating func start(_ request: LoadRequest, state: inout AppState) {
    task?.cancel()
    let mailbox = LoadMailbox()
    self.mailbox = mailbox
    _ = update(state: &state, load: .started(at: clock.seconds(), sheet: request.sheet))
    let clock = clock
    task = Task.detached { await mailbox.consume(request.source, clock: clock) }
  }

  /// Stops the running load; the rows that arrived stay.
  func cancel() { task?.cancel() }

  /// What the running load reported since the last call.
  func drain() -> [LoadEvent] { mailbox.drain() }
}

extension LoadRequest {
  /// Loads the whole source into its sheet here and now, as a replay does; a failure is kept as
  /// the load's phase, as in the run loop.
  public func runNow(on state: inout AppState) async {
    _ = update(state: &state, load: .started(at: 0, sheet: sheet))
    do {
      for try await snapshot in source.load() { _ = update(state: &state, load: .progress(snapshot, at: 0)) }
      _ = update(state: &state, load: .ended)
    } catch {
      _ = update(state: &state, load: .failed(String(describing: error)))
    }
  }
}
