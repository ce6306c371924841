import ArgumentParser
import AssayCore
import Foundation

/// Runs a command's work, turning an `AssayError` into one line on standard error and exit code 1,
/// so that bad input never ends in a stack trace.
func reportingFailures(_ work: () async throws -> Void) async throws {
  do {
    try await work()
  } catch let error as AssayError {
    FileHandle.standardError.write(Data("assay: \(error.description)\n".utf8))
    throw ExitCode(1)
  }
}
