import Foundation
import Testing

/// Standard input and files whose names do not say what they hold, through the built binary:
/// gzip is told by its magic bytes and decompressed, JSON by its first `{` or `[` and read as
/// JSON Lines or a document, and anything else is CSV.
@Suite("assay tells piped input by its first bytes") struct PipedInputCommandTests {
  /// What `sh -c script` prints, run from the package root with `$ASSAY` the binary under test.
  func shell(_ script: String, arguments: [String] = []) throws -> AssayProcess.Result {
    try AssayProcess.run(
      ["-c", script, "sh"] + arguments, environment: ["ASSAY": AssayProcess.binary], executable: "/bin/sh")
  }

  /// Runs `body` with a fresh folder under the temporary directory, removed afterwards.
  func withFolder(_ body: (String) throws -> Void) throws {
    let folder = NSTemporaryDirectory() + "assay-piped-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try body(folder)
  }

  /// pandas reads seattle-weather.csv as 1,461 rows of 6 columns; the gzip of it on standard
  /// input, and in a file named `.csv` or without an extension, gives the schema the file does.
  @Test func gzipIsDecompressedOnStandardInputAndWhateverAFileIsNamed() throws {
    let plain = try AssayProcess.run(["schema", "sampledata/seattle-weather.csv"])
    #expect(
      plain.stdout.hasPrefix("sampledata/seattle-weather.csv: 1,461 rows, 6 columns\n"), "\(plain.stdout)")
    let body = plain.stdout.drop { $0 != "\n" }
    let piped = try shell("gzip -c sampledata/seattle-weather.csv | \"$ASSAY\" schema -")
    #expect(piped.status == 0 && piped.stderr.isEmpty, "\(piped.stderr)")
    #expect(piped.stdout == "-: 1,461 rows, 6 columns" + body)
    try withFolder { folder in
      for name in ["weather.csv", "weather"] {
        let made = try shell(
          "gzip -c sampledata/seattle-weather.csv > \"$1\"", arguments: [folder + "/" + name])
        #expect(made.status == 0)
        let read = try AssayProcess.run(["schema", folder + "/" + name])
        #expect(read.status == 0, "\(name): \(read.stderr)")
        #expect(read.stdout == "\(folder)/\(name): 1,461 rows, 6 columns" + body, "\(name)")
      }
    }
  }

  @Test func jsonOnStandardInputIsReadAsJSONWithoutAFormat() throws {
    let lines = JSONCommandTests.lines
    let given = try AssayProcess.run(["describe", "-", "-O", "format=jsonl"], stdin: lines)
    #expect(given.status == 0, "\(given.stderr)")
    #expect(given.stdout.contains("user.city"), "\(given.stdout)")
    let objects = lines.split(separator: "\n")
    for text in [
      lines, "[" + objects.joined(separator: ",\n") + "]\n", "\n  [" + objects.joined(separator: ",") + "]",
    ] {
      let told = try AssayProcess.run(["describe", "-"], stdin: text)
      #expect(told.status == 0, "\(told.stderr)")
      #expect(told.stdout == given.stdout, "\(text.prefix(40)): \(told.stdout)")
    }
    let zipped = try shell("printf '%s' \"$1\" | gzip -c | \"$ASSAY\" describe -", arguments: [lines])
    #expect(zipped.status == 0, "\(zipped.stderr)")
    #expect(zipped.stdout == given.stdout)
    let formatted = try shell(
      "printf '%s' \"$1\" | gzip -c | \"$ASSAY\" describe - -O format=jsonl", arguments: [lines])
    #expect(formatted.stdout == given.stdout, "\(formatted.stderr)")
  }

  /// One object over several lines is a document of one row; CSV stays CSV.
  @Test func aPrettyPrintedObjectIsOneRowAndCSVStaysCSV() throws {
    let object = try AssayProcess.run(["schema", "-"], stdin: "{\n  \"id\": 1,\n  \"name\": \"Ada\"\n}\n")
    #expect(object.stdout == "-: 1 row, 2 columns\n  id    int     0 nulls\n  name  string  0 nulls\n")
    let csv = try AssayProcess.run(["schema", "-"], stdin: "a\n1\n2\n")
    #expect(csv.stdout == "-: 2 rows, 1 column\n  a  int     0 nulls\n", "\(csv.stdout)")
  }
}
