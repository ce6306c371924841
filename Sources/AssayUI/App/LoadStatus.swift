import AssayCore

/// Where the load feeding a sheet stands, with what is needed to show rate and ETA.
public struct LoadStatus: Equatable, Sendable {
  /// The stages of a load.
  public enum Phase: Equatable, Sendable {
    /// No load (a table given directly).
    case idle
    /// Rows are arriving.
    case loading
    /// Every row arrived.
    case finished
    /// The user stopped the load; the rows that arrived are kept.
    case stopped
    /// The load failed with this message; the rows that arrived are kept.
    case failed(String)
  }

  /// The stage.
  public var phase: Phase = .idle
  /// The sheet the rows go to, by its place on the stack (0: the data sheet).
  public var sheet = 0
  /// The last progress report.
  public var progress: LoadProgress?
  /// When the load started, in seconds of the run loop's clock.
  public var startedAt: Double = 0
  /// When the last progress report arrived, same clock.
  public var updatedAt: Double = 0

  /// Input bytes per second so far, when known.
  public var bytesPerSecond: Double? {
    guard let progress, updatedAt > startedAt else { return nil }
    return Double(progress.bytesRead) / (updatedAt - startedAt)
  }

  /// Seconds left at the current rate, when the total is known.
  public var secondsLeft: Double? {
    guard let progress, let total = progress.totalBytes, let rate = bytesPerSecond, rate > 0 else {
      return nil
    }
    return Double(max(0, total - progress.bytesRead)) / rate
  }
}

/// Something that happened to the load, reported to `update(state:load:)`.
public enum LoadEvent: Sendable {
  /// The load into the sheet at this place on the stack began at this time (seconds on the run
  /// loop's clock).
  case started(at: Double, sheet: Int)
  /// A new snapshot arrived.
  case progress(LoadUpdate, at: Double)
  /// The source's stream ended.
  case ended
  /// The load failed; the message is shown, rows already loaded stay.
  case failed(String)
}

/// A source to load into a sheet of the stack, asked for by a command (Enter on a listing's entry).
public struct LoadRequest: Sendable, Equatable {
  /// What to load.
  public var source: any TableSource
  /// The sheet the rows go to, by its place on the stack.
  public var sheet: Int

  /// A request to load `source` into the sheet at `sheet`.
  public init(source: any TableSource, sheet: Int) {
    self.source = source
    self.sheet = sheet
  }

  /// Requests are told apart by their sheet and their source's name.
  public static func == (a: LoadRequest, b: LoadRequest) -> Bool {
    a.sheet == b.sheet && a.source.displayName == b.source.displayName
  }
}
