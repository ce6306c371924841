import AssayCore
import Testing

@testable import AssayJSON

/// The shapes a `.json` document takes.
@Suite struct DocumentTests {
  @Test func anArrayOfObjectsIsRows() throws {
    let table = try read(
      "[\n  {\"a\": 1, \"b\": {\"c\": \"x\"}},\n  {\"a\": 2, \"d\": [1]}\n]\n", format: .document)
    #expect(table.columnNames == ["a", "b.c", "d"])
    #expect(cells(table) == [["1", "x", "null"], ["2", "null", "[1]"]])
    for chunkSize in [1, 5, 13] {
      let split = try read(
        "[{\"a\": 1}, {\"a\": 2.5}, {\"a\": 3}, {\"b\": true}]", format: .document, chunkSize: chunkSize)
      #expect(cells(split) == [["1", "null"], ["2.5", "null"], ["3", "null"], ["null", "true"]])
    }
  }

  @Test func anObjectOfArraysIsColumns() throws {
    let table = try read("{\"a\": [1, 2], \"b\": [\"x\", null], \"c\": [{\"d\": 1}, [2]]}", format: .document)
    #expect(table.columnNames == ["a", "b", "c.d", "c"])
    #expect(cells(table) == [["1", "x", "1", "null"], ["2", "null", "null", "[2]"]])
  }

  @Test func anObjectOfOtherValuesIsOneRow() throws {
    let table = try read("{\"a\": [1, 2], \"b\": 3}", format: .document)
    #expect(cells(table) == [["[1,2]", "3"]])
  }

  @Test func aDocumentOfLinesIsReadAsLines() throws {
    let table = try read("{\"a\": 1}\n{\"a\": 2}\n", format: .document)
    #expect(cells(table) == [["1"], ["2"]])
  }

  @Test func emptyInputsAreEmptyTables() throws {
    for (text, format) in [
      ("", JSONFormat.lines), ("\n\n", .lines), ("[]", .document), (" [ ] ", .document), ("", .document),
    ] {
      let table = try read(text, format: format)
      #expect(table.columns.isEmpty && table.rowCount == 0, "\(text)")
    }
    #expect(try read("\u{FEFF}{\"a\": 1}").columnNames == ["a"])
  }

  @Test func repeatedKeysKeepTheFirstAndDottedNamesShareAColumn() throws {
    let table = try read("{\"a\": 1, \"a\": 2, \"b.c\": 3, \"b\": {\"c\": 4, \"d\": 5}}")
    #expect(table.columnNames == ["a", "b.c", "b.d"])
    #expect(cells(table) == [["1", "3", "5"]])
  }

  @Test func projectionLoadsOnlyTheColumnsNamed() throws {
    let text =
      "{\"a\": 1, \"u\": {\"n\": \"x\", \"m\": [1]}, \"z\": true}\n{\"z\": false, \"u\": {\"n\": \"y\"}}\n"
    let table = try read(text, options: SourceOptions(columns: ["z", "u.n"]))
    #expect(table.columnNames == ["u.n", "z"])
    #expect(cells(table) == [["x", "true"], ["y", "false"]])
  }
}
