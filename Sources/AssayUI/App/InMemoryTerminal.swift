import AssayGrid

/// A terminal in memory, for tests: events come from a script, every drawn frame is kept.
public struct InMemoryTerminal: Terminal, Sendable {
  /// One step of the script a test plays.
  public enum Step: Sendable {
    /// Report this event.
    case event(Event)
    /// Report nothing until the last frame shows this text somewhere.
    case waitForScreen(containing: String)
  }

  /// Why the script could not go on.
  public enum ScriptError: Error, Equatable {
    /// Every step was played and the app asked for more events.
    case noMoreEvents
    /// The awaited text did not appear within the time limit.
    case timedOut(waitingFor: String)
  }

  /// The current size; a `.resize` event changes it when it is reported.
  public private(set) var size: Size
  /// Every frame drawn, oldest first.
  public private(set) var frames: [Grid] = []
  private var steps: [Step]
  private var nextStep = 0
  private var waitingSince: ContinuousClock.Instant?
  private let waitLimit: Duration

  /// A terminal of this size that plays `steps`, waiting at most `waitLimitSeconds` for a screen.
  public init(size: Size, steps: [Step], waitLimitSeconds: Int = 10) {
    self.size = size
    self.steps = steps
    waitLimit = .seconds(waitLimitSeconds)
  }

  /// A terminal of this size that reports `events` in order.
  public init(size: Size, events: [Event]) {
    self.init(size: size, steps: events.map(Step.event))
  }

  /// The last frame as plain lines (each as wide as the frame), or nothing before the first frame.
  public var lastScreen: [String] { frames.last?.plainLines() ?? [] }

  /// Keeps the frame.
  public mutating func draw(_ grid: Grid) throws { frames.append(grid) }

  /// The script's next event, or nil while an awaited screen has not appeared. Never blocks.
  public mutating func nextEvent(timeoutMilliseconds: Int) throws -> Event? {
    guard nextStep < steps.count else { throw ScriptError.noMoreEvents }
    switch steps[nextStep] {
    case .event(let event):
      nextStep += 1
      if case .resize(let newSize) = event { size = newSize }
      return event
    case .waitForScreen(let text):
      if lastScreen.contains(where: { $0.contains(text) }) {
        nextStep += 1
        waitingSince = nil
        return nil
      }
      let since = waitingSince ?? ContinuousClock.now
      waitingSince = since
      guard ContinuousClock.now - since < waitLimit else { throw ScriptError.timedOut(waitingFor: text) }
      return nil
    }
  }
}
