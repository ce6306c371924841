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

  @Test func repeatedKeysKeepTheLastAndDottedNamesShareAColumn() throws {
    let table = try read("{\"a\": 1, \"a\": 2, \"b.c\": 3, \"b\": {\"c\": 4, \"d\": 5}}")
    #expect(table.columnNames == ["a", "b.c", "b.d"])
    #expect(cells(table) == [["2", "4", "5"]])
  }

  @Test func aRepeatedKeysLastValueIsKeptInEveryShape() throws {
    let shapes: [(String, JSONFormat)] = [
      ("{\"a\": 1, \"b\": true, \"a\": 2.5, \"a\": \"z\"}\n{\"a\": 3, \"b\": false}\n", .lines),
      ("[{\"a\": 1, \"b\": true, \"a\": 2.5, \"a\": \"z\"}, {\"a\": 3, \"b\": false}]", .document),
      ("{\"a\": [1, 2], \"b\": [true, false], \"a\": [\"z\", 3]}", .document),
    ]
    for (text, format) in shapes {
      let table = try read(text, format: format)
      #expect(table.columnNames == ["a", "b"], "\(text)")
      #expect(table.columns.first?.type == .string, "\(text)")
      #expect(cells(table) == [["z", "true"], ["3", "false"]], "\(text)")
    }
    let object = try read("{\"a\": 1, \"a\": null}", format: .document)
    #expect(cells(object) == [["null"]])
  }

  @Test func repeatedKeysInManyChunksKeepTheirLastValues() throws {
    let rows = (0..<2_000).map { "{\"id\": \($0), \"v\": \($0), \"v\": \($0 * 2)}" }
    let table = try read(rows.joined(separator: "\n") + "\n", chunkSize: 4_096)
    #expect(table.columnNames == ["id", "v"])
    #expect(values(table) == (0..<2_000).map { [.int(Int64($0)), .int(Int64($0 * 2))] })
  }

  @Test func aRepeatedKeysBadValueIsTheFirstFailureHoweverTheTextIsCut() {
    // The repeated key's last value holds invalid UTF-8; the next line is no object.
    let twice = Array(#"{"t": "2024-01-0", "u": "la01-0", "u": "lat"#.utf8) + [0xE5]
    let thrice = Array(#"{"t": "2024-01-0", "u": "la01-0", "u": "0", "u": "la0lat"#.utf8) + [0xE5]
    for (start, column) in [(twice, 44), (thrice, 57)] {
      let bytes = start + Array("r\"}\nter\"}\n".utf8)
      let expected =
        "test.jsonl: line 1, column \(column): invalid UTF-8 in a string — save the file as UTF-8"
      for (chunkSize, parallel) in [
        (4 << 20, true), (bytes.count / 8 + 1, true), (bytes.count / 3 + 1, false),
      ] {
        let result = Result {
          try JSONReader.read(
            bytes: bytes, name: "test.jsonl", format: .lines, chunkSize: chunkSize, parallel: parallel)
        }
        guard case .failure(let error) = result else {
          Issue.record("chunk size \(chunkSize): read without a failure")
          continue
        }
        #expect("\(error)" == expected, "chunk size \(chunkSize)")
      }
    }
  }

  @Test func projectionLoadsOnlyTheColumnsNamed() throws {
    let text =
      "{\"a\": 1, \"u\": {\"n\": \"x\", \"m\": [1]}, \"z\": true}\n{\"z\": false, \"u\": {\"n\": \"y\"}}\n"
    let table = try read(text, options: SourceOptions(columns: ["z", "u.n"]))
    #expect(table.columnNames == ["u.n", "z"])
    #expect(cells(table) == [["x", "true"], ["y", "false"]])
  }
}
