import Foundation
import Testing

/// Writes a file into a fresh temporary folder and returns its path.
func temporaryFile(named name: String, bytes: [UInt8]) throws -> String {
  let folder = NSTemporaryDirectory() + "assay-e2e-\(getpid())-\(UUID().uuidString)"
  try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  let path = folder + "/" + name
  try Data(bytes).write(to: URL(fileURLWithPath: path))
  return path
}

@Suite("bad input gets one clear line") struct BadInputTests {

  @Test func missingFile() throws {
    let result = try AssayProcess.run(["describe", "no/such/file.csv"])
    result.expectOneLineFailure(mentions: ["no/such/file.csv"])
  }

  @Test func raggedRowNamesTheLineWhenStrict() throws {
    let path = try temporaryFile(named: "ragged.csv", bytes: Array("a,b,c\n1,2,3\n4,5\n6,7,8\n".utf8))
    let result = try AssayProcess.run(["describe", path, "--strict"])
    result.expectOneLineFailure(mentions: ["ragged.csv:3:3 (byte 15): row has 2 fields, the header has 3"])
  }

  @Test func raggedRowsOpenWithOneWarningEach() throws {
    let path = try temporaryFile(
      named: "debian.csv", bytes: Array("a,b,c\n1,2,3\n4,5\n# note\n6,7,8,9\n".utf8))
    let result = try AssayProcess.run(["schema", path])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("\(path): 4 rows, 4 columns\n"), "\(result.stdout)")
    #expect(
      result.stderr == """
        assay: \(path): 2 rows had fewer fields than the header; filled with empty values (first: line 3)
        assay: \(path): 1 row had more fields than the header; their extra fields are in _extra1 (first: line 5)

        """)
  }

  @Test func binaryFileIsRefused() throws {
    let path = try temporaryFile(
      named: "image.csv", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
    let result = try AssayProcess.run(["describe", path])
    result.expectOneLineFailure(mentions: ["image.csv", "a PNG image"])
  }

  @Test func anEmptyFileSaysSo() throws {
    let path = try temporaryFile(named: "empty.csv", bytes: [])
    let result = try AssayProcess.run(["schema", path])
    #expect(result.status == 0 && result.stdout == "\(path): 0 rows, 0 columns\n")
    #expect(
      result.stderr == "assay: \(path): the input is empty (no header, no rows): a table without columns\n")
  }

  @Test func unknownColumnListsTheColumns() throws {
    let result = try AssayProcess.run(["chart", "histogram", "sampledata/iris.csv", "--column", "petal"])
    result.expectOneLineFailure(mentions: ["petal", "sepal_length"])
  }

  @Test func textColumnCannotBeBinned() throws {
    let result = try AssayProcess.run(["chart", "histogram", "sampledata/iris.csv", "--column", "species"])
    result.expectOneLineFailure(mentions: ["species"])
  }

  @Test func tableViewNeedsATerminal() throws {
    let result = try AssayProcess.run(["sampledata/iris.csv"])
    result.expectOneLineFailure(mentions: ["terminal"])
  }
}
