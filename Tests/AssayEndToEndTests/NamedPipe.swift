import Foundation

/// Runs `assay arguments` on a named pipe that a writer fills with `text` and then closes; the
/// pipe's path stands for `{}` in `arguments`.
func runOnNamedPipe(sending text: String, _ arguments: [String]) throws -> AssayProcess.Result {
  let folder = NSTemporaryDirectory() + "assay-fifo-\(getpid())-\(UUID().uuidString.prefix(8))"
  try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(atPath: folder) }
  let fifo = folder + "/rows"
  guard mkfifo(fifo, 0o600) == 0 else { throw CocoaError(.fileWriteUnknown) }
  let writer = Process()
  writer.executableURL = URL(fileURLWithPath: "/bin/sh")
  writer.arguments = ["-c", #"printf '%s' "$2" > "$1""#, "writer", fifo, text]
  try writer.run()
  defer { writer.waitUntilExit() }
  return try AssayProcess.run(arguments.map { $0 == "{}" ? fifo : $0 })
}
