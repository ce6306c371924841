import ArgumentParser
import AssayCore
import Foundation

/// Runs a command's work, turning an `AssayError` into one line on standard error and exit code 1,
/// so that bad input never ends in a stack trace. The line's control characters (a column name's
/// escape sequences, a file name's line break) are shown, never obeyed. The work runs where the
/// caller runs, with no hop to another executor.
nonisolated(nonsending) func reportingFailures(_ work: nonisolated(nonsending) () async throws -> Void)
  async throws
{
  do {
    try await work()
  } catch let error as AssayError {
    FileHandle.standardError.write(Data("assay: \(SafeText.visible(error.description))\n".utf8))
    throw ExitCode(1)
  } catch is CancellationError {
    // A statement the server stopped (a cancel from elsewhere, an administrator's) is one line too.
    FileHandle.standardError.write(Data("assay: the work was cancelled before it finished\n".utf8))
    throw ExitCode(1)
  }
}
