import ArgumentParser
import AssayCore
import Foundation

/// Standard output written with `write(2)`, so that a failed write ends the command cleanly: a
/// full disk or another error is one line on standard error and exit status 1; a reader that has
/// gone away (a closed pipe, as after `| head -1`) or a closed descriptor is exit status 1 without
/// a message, as other Unix tools do.
enum StandardOutput {
  /// A broken pipe is an `EPIPE` error from `write`, not a signal that ends the process.
  private static let brokenPipeIgnored: Void = { signal(SIGPIPE, SIG_IGN) }()

  /// Writes all of `text`; throws `AssayError` for a write error and `ExitCode(1)` when no one reads.
  static func write(_ text: String) throws {
    _ = brokenPipeIgnored
    try checkOpen()
    var text = text
    try text.withUTF8 { bytes in
      var done = 0
      while done < bytes.count {
        let wrote = Foundation.write(STDOUT_FILENO, bytes.baseAddress! + done, bytes.count - done)
        if wrote >= 0 {
          done += wrote
        } else if errno != EINTR {
          try fail(errno)
        }
      }
    }
  }

  /// Throws as `write` does when standard output was closed before the program started: then the
  /// descriptor is missing, or the runtime has reused it for one of its own (which has no file type).
  private static func checkOpen() throws {
    var status = stat()
    guard fstat(STDOUT_FILENO, &status) == 0 else { try fail(errno) }
    if status.st_mode & S_IFMT == 0 { try fail(EBADF) }
  }

  private static func fail(_ code: Int32) throws -> Never {
    if code == EPIPE || code == EBADF { throw ExitCode(1) }
    throw AssayError(message: "cannot write to standard output: \(String(cString: strerror(code)))")
  }
}
