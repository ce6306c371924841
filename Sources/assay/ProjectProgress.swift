import AssayAnalysis
import AssayCore
import Foundation
import Synchronization

/// Set by the Ctrl-C handler while a t-SNE run listens for it.
private let interruptRequested = Atomic<Bool>(false)

/// Progress of a t-SNE run on standard error (when it is a terminal), and Ctrl-C as a request to
/// stop at the next report rather than killing the process.
final class ProjectionProgress {
  private let enabled: Bool
  private var drawn = false

  /// A reporter that draws only when `enabled`; Ctrl-C is caught until `finish` is called.
  init(enabled: Bool) {
    self.enabled = enabled
    interruptRequested.store(false, ordering: .relaxed)
    signal(SIGINT) { _ in interruptRequested.store(true, ordering: .relaxed) }
  }

  /// Shows where the run is; returns false once Ctrl-C was pressed, which stops the run.
  func report(_ progress: TSNEProgress) -> Bool {
    if enabled {
      let stage = progress.isExaggerated ? " (early exaggeration)" : ""
      let text =
        "t-SNE: iteration \(progress.iteration) of \(progress.iterations) · KL "
        + NumberFormatting.significant(progress.klDivergence, digits: 4) + stage
      FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
      drawn = true
    }
    return !interruptRequested.load(ordering: .relaxed)
  }

  /// Clears the line and gives Ctrl-C back its usual meaning.
  func finish() {
    if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    drawn = false
    signal(SIGINT, SIG_DFL)
  }
}
