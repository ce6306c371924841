import Foundation
import Testing

/// JSON and JSON Lines through the built binary: files by name, gzipped, and standard input.
@Suite("assay reads JSON on the command line") struct JSONCommandTests {
  /// Rows with a nested object, an array, a date, a missing key and a null.
  static let lines = (0..<30).map { row in
    let city = ["Oslo", "Lima", "Pune"][row % 3]
    let extra = row % 10 == 0 ? ", \"late\": null" : ", \"note\": \"n\(row)\""
    return
      "{\"id\": \(row), \"user\": {\"city\": \"\(city)\"}, \"tags\": [\(row), \"a\"], \"day\": \"2024-01-\(10 + row % 20)\"\(extra)}\n"
  }.joined()

  /// Runs `body` with a folder holding `events.jsonl`, its gzip and `events.json` (the same rows as an array).
  private func withFiles(_ body: (String) throws -> Void) throws {
    let folder = NSTemporaryDirectory() + "assay-json-e2e-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Data(Self.lines.utf8).write(to: URL(fileURLWithPath: folder + "/events.jsonl"))
    let array = "[" + Self.lines.split(separator: "\n").joined(separator: ",\n") + "]"
    try Data(array.utf8).write(to: URL(fileURLWithPath: folder + "/events.json"))
    let zipped = try AssayProcess.run(
      ["-c", "gzip -c '\(folder)/events.jsonl' > '\(folder)/events.jsonl.gz'"], executable: "/bin/sh")
    #expect(zipped.status == 0)
    try body(folder)
  }

  @Test func describeReadsLinesDocumentsAndGzip() throws {
    try withFiles { folder in
      var outputs: [String] = []
      for name in ["events.jsonl", "events.json", "events.jsonl.gz"] {
        let result = try AssayProcess.run(["describe", folder + "/" + name])
        #expect(result.status == 0, "\(name): \(result.stderr)")
        #expect(result.stderr.isEmpty, "\(name): \(result.stderr)")
        outputs.append(result.stdout)
      }
      let rows = outputs[0].split(separator: "\n").map {
        $0.split(separator: " ").prefix(4).joined(separator: " ")
      }
      #expect(
        rows.dropFirst(2) == [
          "id int 30 0", "user.city string 30 0", "tags string 30 0", "day date 30 0", "late string 0 30",
          "note string 27 3",
        ], "\(outputs[0])")
      #expect(outputs[1] == outputs[0] && outputs[2] == outputs[0])
    }
  }

  @Test func freqCountsAFlattenedColumn() throws {
    try withFiles { folder in
      let result = try AssayProcess.run(
        ["freq", folder + "/events.jsonl", "--column", "user.city", "--format", "csv"])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.contains("Oslo,10,"), "\(result.stdout)")
      #expect(result.stdout.contains("Lima,10,") && result.stdout.contains("Pune,10,"), "\(result.stdout)")
    }
  }

  @Test func standardInputIsReadWithAFormatOption() throws {
    let described = try AssayProcess.run(["describe", "-", "-O", "format=jsonl"], stdin: Self.lines)
    #expect(described.status == 0, "\(described.stderr)")
    #expect(described.stdout.contains("user.city"), "\(described.stdout)")
    let array = "[" + Self.lines.split(separator: "\n").joined(separator: ",") + "]"
    let schema = try AssayProcess.run(["schema", "-", "-O", "format=json"], stdin: array)
    #expect(schema.status == 0, "\(schema.stderr)")
    #expect(schema.stdout.contains("30"), "\(schema.stdout)")
    let unknown = try AssayProcess.run(["describe", "-", "-O", "format=yaml"], stdin: Self.lines)
    #expect(unknown.status != 0 && unknown.stderr.contains("format=yaml"), "\(unknown.stderr)")
  }

  /// Python's `json.loads` reads these integers exactly, and they differ: both stay their exact
  /// text (the column is text), in the freq table and in an export.
  @Test func integersPastInt64KeepEveryDigit() throws {
    let text = "{\"id\":12345678901234567891}\n{\"id\":12345678901234567892}\n{\"id\":9223372036854775808}\n"
    let reference = try AssayProcess.run(
      ["python3", "-c", "import json,sys\nfor l in sys.stdin: print(json.loads(l)['id'])"], stdin: text,
      executable: "/usr/bin/env")
    #expect(reference.stdout == "12345678901234567891\n12345678901234567892\n9223372036854775808\n")
    let counted = try AssayProcess.run(["freq", "-", "--column", "id", "--format", "csv"], stdin: text)
    #expect(counted.status == 0, "\(counted.stderr)")
    let values = counted.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[0] + "\n" }
    #expect(
      values.sorted().joined() == reference.stdout.split(separator: "\n").sorted().map { $0 + "\n" }.joined())
    let schema = try AssayProcess.run(["schema", "-"], stdin: text)
    #expect(schema.stdout == "-: 3 rows, 1 column\n  id  string  0 nulls\n", "\(schema.stdout)")
  }

  /// Past 16,384 keys the error names an option that loads fewer, and it works.
  @Test func tooManyKeysNameTheColumnsOption() throws {
    let keys = (0...16_384).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
    let text = "{" + keys + "}\n"
    let refused = try AssayProcess.run(["describe", "-"], stdin: text)
    refused.expectOneLineFailure(mentions: [
      "more than 16384 columns", "-O columns=a,b,... names the ones to load",
    ])
    let narrowed = try AssayProcess.run(["schema", "-", "-O", "columns=k2,k16384"], stdin: text)
    #expect(
      narrowed.stdout == "-: 1 row, 2 columns\n  k2      int     0 nulls\n  k16384  int     0 nulls\n",
      "\(narrowed.stderr)")
  }

  @Test func aBadLineIsOneClearError() throws {
    let bad = Self.lines.replacingOccurrences(of: "{\"id\": 2, ", with: "{\"id\": 2 ")
    let result = try AssayProcess.run(["describe", "-", "-O", "format=jsonl"], stdin: bad)
    #expect(result.status != 0)
    #expect(
      result.stderr.contains("-: line 3, column 10: expected ',' or '}' after a value"), "\(result.stderr)")
    #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
  }
}
