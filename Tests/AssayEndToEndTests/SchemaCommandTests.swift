import Foundation
import Testing

/// `assay schema` prints its counts as text, or a row per column in the data formats, to standard
/// output or a file, and takes the output options every printing command takes.
@Suite("assay schema") struct SchemaCommandTests {
  @Test func schemaPrintsItsColumnsInEveryFormatAndTakesTheOutputOptions() throws {
    let text = try AssayProcess.run(["schema", "sampledata/iris.csv", "--no-color"])
    #expect(
      text.stdout.hasPrefix("sampledata/iris.csv: 150 rows, 5 columns\n  sepal_length  double  0 nulls\n"))
    let csv = try AssayProcess.run([
      "schema", "sampledata/iris.csv", "--format", "csv", "--columns", "species",
    ])
    #expect(csv.stdout == "column,type,rows,nulls\nspecies,string,150,0\n", "\(csv.stderr)")
    let path = NSTemporaryDirectory() + "assay-schema-\(UUID().uuidString).json"
    defer { try? FileManager.default.removeItem(atPath: path) }
    let json = try AssayProcess.run(["schema", "sampledata/penguins.csv", "--format", "json", "-o", path])
    #expect(json.status == 0 && json.stdout.isEmpty)
    #expect(
      try String(contentsOfFile: path, encoding: .utf8).contains(
        #"{"column": "bill_length_mm", "type": "double", "rows": 344, "nulls": 2}"#))
  }
}
