import ArgumentParser
import AssayCore
import Dispatch
import Foundation
import Synchronization

/// Ctrl-C (SIGINT) and SIGTERM while a headless command computes: the work's monitor
/// (`WorkMonitor.current`) is stopped, which cancels the statement a database runs for it (a
/// ClickHouse `KILL QUERY` for its id, on every shard), and the command exits with status
/// 128 + the signal's number once the work has ended, which is after the server was told. When no
/// statement was running (a file being read, a summary in memory), the signal ends the process at
/// once, as it would without this; so does a second signal.
enum InterruptStop {
  /// Runs `work` with a monitor that the first SIGINT or SIGTERM stops (see the type's notes).
  nonisolated(nonsending) static func run<Result>(
    _ work: nonisolated(nonsending) () async throws -> Result
  ) async throws -> Result {
    let monitor = WorkMonitor()
    let caught = CaughtSignal()
    let sources = [SIGINT, SIGTERM].map { number in
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler {
        guard caught.number.compareExchange(expected: 0, desired: number, ordering: .relaxed).exchanged
        else { return }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
        if !monitor.stop() { endByDefault(number) }
      }
      source.resume()
      return source
    }
    defer {
      for source in sources { source.cancel() }
      signal(SIGINT, SIG_DFL)
      signal(SIGTERM, SIG_DFL)
    }
    let outcome: Swift.Result<Result, any Error>
    do {
      outcome = .success(try await WorkMonitor.$current.withValue(monitor) { try await work() })
    } catch {
      outcome = .failure(error)
    }
    let number = caught.number.load(ordering: .relaxed)
    if number != 0 { throw ExitCode(128 + number) }
    return try outcome.get()
  }
}

/// Ends the process as signal `number` does by default (its handler was set back to the default):
/// this queue's threads, and a process started by one that blocked it, hold the signal blocked,
/// so it is unblocked on this thread first.
private func endByDefault(_ number: Int32) {
  var signals = sigset_t()
  sigemptyset(&signals)
  sigaddset(&signals, number)
  pthread_sigmask(SIG_UNBLOCK, &signals, nil)
  raise(number)
}

/// The first signal caught, shared with the handlers that catch it; 0 until one is.
private final class CaughtSignal: Sendable {
  /// The signal's number.
  let number = Atomic<Int32>(0)
}
