import AssayTestSupport
import Foundation
import Testing

/// Runs the built `assay` binary as a user would and captures what it printed.
struct AssayProcess {
  /// What one run printed and how it ended.
  struct Result {
    var stdout: String
    var stderr: String
    var status: Int32

    /// Checks the shape every failure must have: exit 1, nothing on stdout, one line on stderr
    /// naming `needles`, no trace, and never `secret` (a password).
    func expectOneLineFailure(
      hiding secret: String? = nil, mentions needles: [String],
      sourceLocation: SourceLocation = #_sourceLocation
    ) {
      #expect(status == 1, sourceLocation: sourceLocation)
      #expect(stdout.isEmpty, sourceLocation: sourceLocation)
      #expect(
        stderr.split(separator: "\n").count == 1, "one line, got: \(stderr)", sourceLocation: sourceLocation)
      for needle in needles {
        #expect(stderr.contains(needle), "\(needle) in: \(stderr)", sourceLocation: sourceLocation)
      }
      #expect(!stderr.contains("Fatal error"), sourceLocation: sourceLocation)
      if let secret { #expect(!stderr.contains(secret), "never shown", sourceLocation: sourceLocation) }
    }
  }

  /// The package root (two levels above this file's folder).
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

  /// The binary under test: `ASSAY_BIN`, else the debug build in `.build`.
  static var binary: String { AssayBinary.path }

  /// Runs `assay` (or a copy of it at `executable`) with arguments in `directory`, by default the package
  /// root, with optional standard input and environment additions.
  static func run(
    _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
    executable: String = binary, directory: String = packageRoot
  ) throws -> Result {
    let ran = try AssayBinary.run(
      arguments, stdin: stdin, environment: environment, executable: executable, directory: directory)
    return Result(stdout: ran.output, stderr: ran.errors, status: ran.status)
  }

  /// `run` on a thread of its own: a long child then holds none of the few threads that the
  /// tests' asynchronous work shares.
  static func runOffThePool(
    _ arguments: [String], environment: [String: String] = [:], executable: String = binary
  ) async throws -> Result {
    try await withCheckedThrowingContinuation { continuation in
      Thread.detachNewThread {
        continuation.resume(
          with: Swift.Result { try run(arguments, environment: environment, executable: executable) })
      }
    }
  }

  /// The two numbers (objects, bytes) a Python program prints, as the store tests' references
  /// print their listings' totals; -1 for each one missing.
  static func objectsAndBytes(printedBy program: String, environment: [String: String]) throws -> (
    objects: Int, bytes: Int
  ) {
    let output = try run(["python3", "-c", program], environment: environment, executable: "/usr/bin/env")
      .stdout
    let numbers = output.split(separator: " ").compactMap {
      Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
    }
    return (numbers.first ?? -1, numbers.last ?? -1)
  }
}
