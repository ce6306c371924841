import AssayCore
import Foundation
import Testing

@testable import AssayJSON

/// Every file of a corpus written by Python's json module reads as pandas reads it, cell by cell,
/// whether mapped, split into many chunks, parsed one chunk after another or streamed; every file
/// Python refuses, Assay refuses at the line and column Python names.
@Suite(.enabled(if: hasPandas)) struct CorpusTests {
  /// The corpus script, beside this file.
  static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/json_corpus.py"

  @Test func everyFileReadsAsPandasReadsIt() throws {
    let folder = NSTemporaryDirectory() + "assay-json-corpus-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    _ = try #require(try runPython([Self.script, "write", folder]), "the corpus script could not write")
    let output = try #require(try runPython([Self.script, "expect", folder]), "pandas could not read")
    let answers = try #require(try JSONSerialization.jsonObject(with: output) as? [String: [String: Any]])
    #expect(answers.count >= 20)
    for (file, answer) in answers.sorted(by: { $0.key < $1.key }) {
      let path = folder + "/" + file
      if let position = answer["error"] as? [String: Int] {
        try checkRefused(path, file: file, position: position)
      } else {
        try checkRead(path, file: file, answer: answer)
      }
    }
  }

  private func checkRefused(_ path: String, file: String, position: [String: Int]) throws {
    do {
      _ = try JSONReader.read(path: path)
      Issue.record("\(file): read, but Python refuses it")
    } catch let error as AssayError {
      #expect(error.message.hasPrefix("\(path): line "), "\(file): \(error)")
      if let line = position["line"], let column = position["column"] {
        #expect(error.message.contains("line \(line), column \(column): "), "\(file): \(error)")
      }
      #expect(error.hint != nil, "\(file): \(error)")
    }
  }

  private func checkRead(_ path: String, file: String, answer: [String: Any]) throws {
    let table = try JSONReader.read(path: path)
    let names = try #require(answer["columns"] as? [String])
    let types = try #require(answer["types"] as? [String])
    let rows = try #require(answer["rows"] as? [[Any]])
    #expect(table.columnNames == names, "\(file)")
    #expect(table.columns.map(\.type.rawValue) == types, "\(file)")
    #expect(table.rowCount == rows.count, "\(file)")
    guard table.columnNames == names, table.rowCount == rows.count else { return }
    var differing: [String] = []
    for (row, expected) in rows.enumerated() {
      for (column, cell) in expected.enumerated() where !matches(table.columns[column][row], cell) {
        differing.append("row \(row) \(names[column]): \(table.columns[column][row]) vs \(cell)")
      }
    }
    #expect(differing.isEmpty, "\(file): \(differing.count) cells differ from pandas: \(differing.prefix(5))")
    try checkChunkings(path, file: file, against: table)
  }

  /// The same cells however the input is split and delivered.
  private func checkChunkings(_ path: String, file: String, against table: Table) throws {
    guard !file.hasSuffix(".gz") else {
      // A gzip file is streamed already; check it also reads the same as its text streamed in small chunks.
      let text = try #require(
        try runPython(["-c", "import gzip,sys; sys.stdout.buffer.write(gzip.open(sys.argv[1]).read())", path])
      )
      let streamed = try readStreamed(Array(text), name: "many.jsonl", chunkSize: 1000)
      #expect(values(streamed) == values(table) && streamed.columnNames == table.columnNames, "\(file)")
      return
    }
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    let format = JSONFormat(name: file) ?? .lines
    for (chunkSize, parallel) in [(97, true), (97, false), (1, true)] {
      let split = try JSONReader.read(
        bytes: bytes, name: file, format: format, chunkSize: chunkSize, parallel: parallel)
      #expect(
        values(split) == values(table) && split.columnNames == table.columnNames,
        "\(file) in chunks of \(chunkSize), parallel \(parallel)")
    }
    let streamed = try readStreamed(bytes, name: file, chunkSize: 97)
    #expect(
      values(streamed) == values(table) && streamed.columnNames == table.columnNames, "\(file) streamed")
  }

  /// True when a cell is what pandas' cell means: null, or a boolean, an integer (its digits), a
  /// double (its repr), text, or a timestamp (microseconds since the epoch).
  private func matches(_ value: Value, _ cell: Any) -> Bool {
    guard let cell = cell as? [String: Any] else { return value.isNull }
    switch value {
    case .bool(let flag): return (cell["b"] as? Bool) == flag
    case .int(let number): return (cell["i"] as? String) == String(number)
    case .double(let number):
      return (cell["f"] as? String).flatMap(Double.init)?.bitPattern == number.bitPattern
    case .string(let text): return (cell["s"] as? String) == text
    case .date(let days): return (cell["s"] as? String) == CivilDate(daysSinceEpoch: days).iso
    case .timestamp(let time): return (cell["t"] as? NSNumber)?.int64Value == time.microseconds
    case .null, .duration: return false
    }
  }
}
