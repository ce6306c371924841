import Foundation

/// The built `assay` binary, run as a person runs it: `ASSAY_BIN`, else the debug build.
public enum AssayBinary {
  /// Where the binary is.
  public static let path =
    ProcessInfo.processInfo.environment["ASSAY_BIN"]
    ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent(".build/debug/assay").path

  /// True when the binary is built.
  public static var isBuilt: Bool { FileManager.default.isExecutableFile(atPath: path) }

  /// What a run printed and how it ended.
  public struct Run: Sendable {
    /// Standard output.
    public var output: String
    /// Standard error.
    public var errors: String
    /// The exit status (for a process ended by a signal, the signal's number).
    public var status: Int32
  }

  /// Runs the binary (or another program at `executable`) with `arguments` to its end, in
  /// `directory` (nil: this process's), its environment this process's without `NO_COLOR` and
  /// with `environment` added, `stdin` written to its standard input, which is then closed;
  /// `whileRunning` is handed the process once it started (to signal it).
  public static func run(
    _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
    executable: String = path, directory: String? = nil, whileRunning: (Process) -> Void = { _ in }
  ) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    var inherited = ProcessInfo.processInfo.environment
    inherited["NO_COLOR"] = nil
    process.environment = inherited.merging(environment) { _, given in given }
    let (input, output, errors) = (Pipe(), Pipe(), Pipe())
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    whileRunning(process)
    let printed = output.fileHandleForReading.readDataToEndOfFile()
    let complained = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      output: String(decoding: printed, as: UTF8.self), errors: String(decoding: complained, as: UTF8.self),
      status: process.terminationStatus)
  }
}
