import AssayCore
import Foundation
import Testing

@testable import AssayCSV

/// Helpers that turn tables into what a person sees, and run the reference reader.
enum TableText {
  /// Every cell of a table, row by row.
  static func cells(_ table: Table) -> [[Value]] {
    (0..<table.rowCount).map { row in table.columns.map { $0[row] } }
  }

  /// Reads CSV text into a table with the given chunk size and parallelism.
  static func read(
    _ text: String, name: String = "test.csv", options: SourceOptions = SourceOptions(),
    chunkSize: Int = 4 << 20,
    parallel: Bool = true
  ) throws -> Table {
    try CSVReader.read(
      bytes: Array(text.utf8), name: name, options: options, chunkSize: chunkSize, parallel: parallel)
  }

  /// The table's columns with these names, in the order given.
  static func columns(_ names: [String], of table: Table) -> Table {
    Table(name: table.name, columns: names.compactMap { table.column(named: $0) })
  }

  /// Reads CSV text as a stream (as stdin or a gzip file is read), handed over `pieceSize` bytes
  /// at a time and parsed in chunks of about `chunkSize` bytes.
  static func readStreamed(
    _ text: String, options: SourceOptions = SourceOptions(), chunkSize: Int, pieceSize: Int = 7
  ) throws -> Table {
    let load = StreamLoad(
      stream: PiecewiseStream(bytes: Array(text.utf8), pieceSize: pieceSize), name: "test.csv",
      options: options, chunkSize: chunkSize, control: LoadControl())
    return try load.run()
  }

  /// The error an input gives, or nil when it loads.
  static func error(
    _ bytes: [UInt8], name: String = "bad.csv", options: SourceOptions = SourceOptions(),
    chunkSize: Int = 4 << 20, parallel: Bool = true
  )
    -> AssayError?
  {
    do {
      _ = try CSVReader.read(
        bytes: bytes, name: name, options: options, chunkSize: chunkSize, parallel: parallel)
      return nil
    } catch let error as AssayError {
      return error
    } catch {
      return AssayError(message: "unexpected error type: \(error)")
    }
  }

  /// The rows Python's `csv` module reads from a file, blank rows left out (as Assay skips them).
  static func pythonRows(path: String, delimiter: String = ",") throws -> [[String]] {
    let script = """
      import csv, json, sys
      csv.field_size_limit(1 << 30)
      with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
          rows = [r for r in csv.reader(f, delimiter=sys.argv[2]) if r]
      json.dump(rows, sys.stdout)
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, path, delimiter]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let json = try JSONSerialization.jsonObject(with: data)
    return (json as? [[String]]) ?? []
  }

  /// True when a typed cell is what the reference text means under Assay's rules.
  static func matches(_ value: Value, _ text: String) -> Bool {
    switch value {
    case .null:
      return text.isEmpty || ["NA", "N/A", "NaN", "nan", "null", "NULL", "None", "-"].contains(text)
    case .int(let v): return Int64(text) == v
    case .double(let v): return Double(text) == v
    case .bool(let v): return text.lowercased() == (v ? "true" : "false")
    case .date(let d): return CivilDate(daysSinceEpoch: d).iso == text
    case .timestamp, .duration: return value.description == text
    case .string(let s): return s == text
    }
  }

  /// A temporary file holding `bytes`.
  static func temporaryFile(_ bytes: [UInt8], suffix: String = ".csv") throws -> String {
    let path = NSTemporaryDirectory() + "assay-csv-\(UUID().uuidString)\(suffix)"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }
}

/// Bytes held in memory, handed out at most `pieceSize` at a time.
struct PiecewiseStream: ByteStream {
  let bytes: [UInt8]
  let pieceSize: Int
  var position = 0

  mutating func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws -> Int {
    let count = min(capacity, pieceSize, bytes.count - position)
    for index in 0..<count { buffer[index] = bytes[position + index] }
    position += count
    return count
  }
}
