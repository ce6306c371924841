import AssayCore
import Foundation

/// Hands load updates from the loading task to the run loop. Only the newest snapshot is kept
/// (each one holds every row so far), so a slow screen never falls behind a fast load.
final class LoadMailbox: @unchecked Sendable {
  // Every stored property is read and written only while `lock` is held.
  private let lock = NSLock()
  private var newest: (update: LoadUpdate, time: Double)?
  private var ending: LoadEvent?

  /// Keeps a snapshot that arrived at `time`, replacing any the run loop has not taken yet.
  func post(_ update: LoadUpdate, at time: Double) {
    lock.withLock { newest = (update, time) }
  }

  /// Records how the load ended (`.ended` or `.failed`).
  func end(_ event: LoadEvent) {
    lock.withLock { ending = event }
  }

  /// Takes what arrived since the last call: the newest snapshot, then the ending, if any.
  func drain() -> [LoadEvent] {
    lock.withLock {
      var events: [LoadEvent] = []
      if let newest { events.append(.progress(newest.update, at: newest.time)) }
      if let ending { events.append(ending) }
      newest = nil
      ending = nil
      return events
    }
  }

  /// Reads `source` to its end (or until the task is cancelled), posting every snapshot.
  func consume(_ source: any TableSource, clock: RunClock) async {
    do {
      for try await update in source.load() {
        if Task.isCancelled { return }
        post(update, at: clock.seconds())
      }
      end(.ended)
    } catch is CancellationError {
      return
    } catch {
      end(.failed(String(describing: error)))
    }
  }
}

/// Seconds since the run loop started, on a monotonic clock.
struct RunClock: Sendable {
  private let start = ContinuousClock.now

  /// Seconds elapsed since the clock was made.
  func seconds() -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }
}
