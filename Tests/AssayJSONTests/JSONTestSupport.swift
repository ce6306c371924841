import AssayCSV
import AssayCore
import Foundation
import Testing

@testable import AssayJSON

/// Reads JSON text given as a string.
func read(
  _ text: String, format: JSONFormat = .lines, options: SourceOptions = SourceOptions(),
  chunkSize: Int = 4 << 20,
  parallel: Bool = true
) throws -> Table {
  try JSONReader.read(
    bytes: Array(text.utf8), name: "test.jsonl", format: format, options: options, chunkSize: chunkSize,
    parallel: parallel)
}

/// Reads JSON bytes as a stream (as stdin, a gzip file or an object in a store is read), handed
/// over in pieces of changing sizes and parsed in chunks of about `chunkSize` bytes.
func readStreamed(
  _ bytes: [UInt8], name: String = "test.jsonl", options: SourceOptions = SourceOptions(), chunkSize: Int
) throws -> Table {
  var source = JSONSource(name: name, totalBytes: bytes.count, options: options) {
    UnevenStream(bytes: bytes)
  }
  source.chunkSize = chunkSize
  return try source.run(control: LoadControl())
}

/// The error reading `text` gives, as one line, or nil when it reads.
func errorLine(_ text: String, format: JSONFormat = .lines, name: String = "events.jsonl") -> String? {
  errorLine(Array(text.utf8), format: format, name: name)
}

/// The error reading `bytes` gives, as one line, or nil when it reads.
func errorLine(_ bytes: [UInt8], format: JSONFormat = .lines, name: String = "events.jsonl") -> String? {
  do {
    _ = try JSONReader.read(bytes: bytes, name: name, format: format)
    return nil
  } catch {
    return "\(error)"
  }
}

/// Each row's cells as text, `null` for nulls.
func cells(_ table: Table) -> [[String]] {
  (0..<table.rowCount).map { row in
    table.columns.map { $0[row].isNull ? "null" : $0[row].description }
  }
}

/// Each row's typed cells.
func values(_ table: Table) -> [[Value]] {
  (0..<table.rowCount).map { row in table.columns.map { $0[row] } }
}

/// Bytes held in memory, handed out in pieces whose sizes go round 1, 7, 64 and 4096 bytes.
struct UnevenStream: ByteStream {
  /// The bytes to hand out.
  let bytes: [UInt8]
  private var position = 0
  private var turn = 0

  init(bytes: [UInt8]) { self.bytes = bytes }

  mutating func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws -> Int {
    let sizes = [1, 7, 64, 4096]
    let count = min(capacity, sizes[turn % sizes.count], bytes.count - position)
    turn += 1
    bytes.withUnsafeBufferPointer { source in
      if let start = source.baseAddress { buffer.update(from: start + position, count: count) }
    }
    position += count
    return count
  }
}

/// Runs `python3` with arguments; its standard output, or nil when it fails.
func runPython(_ arguments: [String]) throws -> Data? {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = ["python3"] + arguments
  let output = Pipe()
  process.standardOutput = output
  process.standardError = FileHandle.nullDevice
  try process.run()
  let data = output.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return process.terminationStatus == 0 ? data : nil
}

/// True when `python3` can import pandas.
let hasPandas = (try? runPython(["-c", "import pandas"])) != nil
