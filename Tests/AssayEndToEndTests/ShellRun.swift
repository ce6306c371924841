import Foundation

extension AssayProcess {
  /// How a shell script that runs `assay` (as `"$ASSAY"`, from the package root) ended: what it
  /// printed on standard error and its exit status, with the reason (exit or signal).
  struct ShellResult {
    var stderr: String
    var status: Int32
    var endedBySignal: Bool
  }

  /// Runs `script` with bash; `ASSAY` holds the binary under test and `$1`... the arguments.
  static func shell(_ script: String, arguments: [String] = []) throws -> ShellResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", script, "assay-test"] + arguments
    process.currentDirectoryURL = URL(fileURLWithPath: packageRoot)
    var environment = ProcessInfo.processInfo.environment
    environment["ASSAY"] = binary
    environment["NO_COLOR"] = nil
    process.environment = environment
    let err = Pipe()
    process.standardError = err
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ShellResult(
      stderr: String(decoding: errData, as: UTF8.self), status: process.terminationStatus,
      endedBySignal: process.terminationReason == .uncaughtSignal)
  }
}
