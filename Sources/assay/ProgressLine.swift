import AssayCore
import Foundation

/// A one-line load progress report on standard error, redrawn in place, for long headless loads.
final class ProgressLine {
  private let enabled: Bool
  private let started = Date()
  private var lastDrawn = Date.distantPast
  private var drawn = false

  /// A progress line that draws only when `enabled` (standard error is a terminal).
  init(enabled: Bool) { self.enabled = enabled }

  /// Shows a progress report, at most ten times a second, and only after the load has run half a second.
  func show(_ progress: LoadProgress) {
    let now = Date()
    guard enabled, !progress.finished, now.timeIntervalSince(started) > 0.5,
      now.timeIntervalSince(lastDrawn) > 0.1
    else { return }
    lastDrawn = now
    FileHandle.standardError.write(Data(("\r\u{1B}[K" + Self.text(progress)).utf8))
    drawn = true
  }

  /// The line for `progress`: the rows, and the bytes when the source counts them (a database's
  /// rows come without a byte count), of the whole when known.
  static func text(_ progress: LoadProgress) -> String {
    var text = "loading: \(NumberFormatting.grouped(progress.rows)) rows"
    if progress.bytesRead > 0 || progress.totalBytes != nil {
      text += ", \(NumberFormatting.bytes(progress.bytesRead))"
    }
    if let total = progress.totalBytes, total > 0 {
      text += " of \(NumberFormatting.bytes(total)) (\(progress.bytesRead * 100 / total)%)"
    }
    return text
  }

  /// Removes the line once the load is over.
  func clear() {
    if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    drawn = false
  }
}
