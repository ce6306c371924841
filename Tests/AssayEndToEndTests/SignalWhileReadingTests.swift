import AssayTestSupport
import Foundation
import Testing

/// Ctrl-C or SIGTERM while a headless command reads a file, with no database statement to stop,
/// ends it at once, as the signal does for any program: a pipe that never sends a row does not
/// hold it.
@Suite(.enabled(if: AssayBinary.isBuilt)) struct SignalWhileReadingTests {
  @Test(arguments: [SIGINT, SIGTERM])
  func aSignalWhileReadingEndsTheCommandAtOnce(signal: Int32) throws {
    let folder = NSTemporaryDirectory() + "assay-signal-\(getpid())-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let fifo = folder + "/rows"
    #expect(mkfifo(fifo, 0o600) == 0)
    // A writer that opens the pipe and sends nothing for 8 seconds, after which a command that
    // held on would end by itself.
    let writer = Process()
    writer.executableURL = URL(fileURLWithPath: "/bin/sh")
    writer.arguments = ["-c", #"exec 3>"$1"; exec sleep 8"#, "writer", fifo]
    try writer.run()
    defer {
      writer.terminate()
      writer.waitUntilExit()
    }
    var signalled = Date()
    let ran = try AssayBinary.run(["describe", fifo]) { process in
      Thread.sleep(forTimeInterval: 1)
      signalled = Date()
      kill(process.processIdentifier, signal)
    }
    #expect(Date().timeIntervalSince(signalled) < 3, "ended soon after the signal")
    #expect(ran.status == signal, "\(ran.errors)")
  }
}
