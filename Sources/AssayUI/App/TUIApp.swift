import AssayCore
import AssayGrid

/// The interactive table browser: draws, reads events and merges load updates until the user quits.
public enum TUIApp {
  /// How long the loop sleeps when no event is waiting. The terminal is polled without blocking,
  /// so the loop never holds a thread of the shared pool that the loading tasks run on.
  static let idleMilliseconds = 10
  /// Events handled between two frames at most, so a flood of input still shows progress.
  static let maximumEventsPerFrame = 64

  /// Browses `source` on `terminal`, loading it in the background; returns when the user quits.
  /// Errors are the terminal's own; a failing load is shown in the status line instead.
  /// Runs on the caller's actor (the main actor from top-level code): the terminal never changes
  /// threads; the load runs in a detached task.
  /// Returns the terminal (an in-memory one holds every frame drawn).
  @discardableResult
  nonisolated(nonsending)
    public static func run<T: Terminal>(
      terminal: T, source: any TableSource, keymap: Keymap = .table
    ) async throws -> T
  {
    try await session(terminal: terminal, source: source, keymap: keymap).terminal
  }

  /// Like `run`, and also returns the state at the end (its command log records the session).
  nonisolated(nonsending)
    public static func session<T: Terminal>(
      terminal: T, source: any TableSource, keymap: Keymap = .table
    ) async throws -> (terminal: T, state: AppState)
  {
    try await session(terminal: terminal, opened: .table(source), keymap: keymap)
  }

  /// Browses what a locator opened: a table loads into the data sheet; a collection (a folder)
  /// lists its entries there, and Enter opens them as sheets above it. Returns the terminal and
  /// the state at the end.
  nonisolated(nonsending)
    public static func session<T: Terminal>(
      terminal: T, opened: OpenedSource, keymap: Keymap = .table
    ) async throws -> (terminal: T, state: AppState)
  {
    let (sheet, request) = Listing.firstSheet(for: opened)
    let state = AppState(sheet: sheet, size: terminal.size, keymap: keymap)
    return try await loop(terminal: terminal, state: state, load: request)
  }

  /// Runs a prepared state (such as the storage wizard on its own) with nothing to load, until
  /// the user quits; returns the terminal and the state at the end.
  nonisolated(nonsending)
    public static func session<T: Terminal>(terminal: T, state: AppState) async throws
    -> (terminal: T, state: AppState)
  {
    try await loop(terminal: terminal, state: state, load: nil)
  }

  /// Draws, reads events, merges load updates and job results until an effect quits.
  nonisolated(nonsending)
    private static func loop<T: Terminal>(terminal: T, state: AppState, load: LoadRequest?)
    async throws -> (terminal: T, state: AppState)
  {
    var terminal = terminal
    var state = state
    var loads = LoadRunner(clock: RunClock())
    let jobs = JobMailbox()
    if let load { loads.start(load, state: &state) }
    defer { loads.cancel() }

    var shown: Grid?
    var changed = true
    while true {
      if terminal.size != state.size {
        _ = update(state: &state, event: .resize(terminal.size))
        changed = true
      }
      if changed {
        let frame = view(state: state, size: state.size)
        if frame != shown { try terminal.draw(frame) }
        shown = frame
      }
      // Every waiting event is handled before the next frame, so a held key never queues frames.
      var eventsHandled = 0
      // Keys typed during a job that ended come first, in the order they were typed.
      while eventsHandled < maximumEventsPerFrame,
        let event = try state.takeTypedAhead() ?? terminal.nextEvent(timeoutMilliseconds: 0)
      {
        eventsHandled += 1
        if case .resize = event { shown = nil }
        let effects = update(state: &state, event: event)
        for effect in effects {
          switch effect {
          case .quit: return (terminal, state)
          case .cancelLoad: loads.cancel()
          case .startLoad(let request): loads.start(request, state: &state)
          case .export(let request): state.message = perform(request)
          case .startJob(let job):
            state.job = job.title
            jobs.start(job)
          case .cancelJob: jobs.abandon()
          }
        }
      }
      let loadEvents = loads.drain()
      for event in loadEvents { _ = update(state: &state, load: event) }
      let finishedJob = jobs.take()
      if let finishedJob { Job.apply(finishedJob, to: &state) }
      changed = eventsHandled > 0 || !loadEvents.isEmpty || finishedJob != nil
      if state.job != nil, let progress = jobs.titleWithProgress(), progress != state.job {
        state.job = progress
        changed = true
      }
      if !changed { try? await Task.sleep(for: .milliseconds(idleMilliseconds)) }
    }
  }

  /// Writes an export, reporting how it went.
  static func perform(_ request: ExportRequest) -> StatusMessage {
    do {
      return StatusMessage(try request.perform())
    } catch {
      return StatusMessage(String(describing: error), isError: true)
    }
  }
}
