import AssayCore
import Foundation
import Testing

@testable import AssayCSV

/// Edge-case files that load, compared cell by cell with Python's `csv` module, and loaded again
/// split into many small chunks in parallel and in sequence.
struct CorpusTests {
  static let corpus: [(name: String, text: String)] = [
    ("quoted-newlines", "id,text\n1,\"line one\nline two\"\n2,\"a\r\nb\"\n3,plain\n"),
    ("escaped-quotes", "id,text\n1,\"she said \"\"hi\"\"\"\n2,\"\"\"\"\n3,\"a,b\"\n"),
    ("crlf", "a,b\r\n1,x\r\n2,y\r\n"),
    ("mixed-line-endings", "a,b\n1,x\r\n2,y\r3,z\n4,w"),
    ("no-trailing-newline", "a,b\n1,2\n3,4"),
    ("trailing-delimiter-everywhere", "a,b,\n1,2,\n3,4,\n"),
    ("blank-lines", "a,b\n\n1,2\n\n\n3,4\n"),
    ("bom", "\u{FEFF}name,value\nx,1\ny,2\n"),
    ("nulls", "i,d,s\n1,1.5,x\nNA,,N/A\nnull,NaN,None\n4,2.25,\"\"\n"),
    (
      "types",
      "i,d,b,dt,s\n1,0.1,true,2024-02-29,hello\n-7,1e3,False,1970-01-01,wörld\n9223372036854775807,-2.5,TRUE,2000-12-31,日本\n"
    ),
    ("int-then-double", "v\n1\n2\n3\n4\n5\n6\n7\n8\n2.5\n"),
    ("int-then-text", "v\n1\n2\n3\n4\n5\n6\n7\n8\nnine\n"),
    ("bad-date-is-text", "d\n2024-01-31\n2023-02-29\n"),
    ("huge-int-is-text", "v\n1\n123456789012345678901234567890\n"),
    ("chunk-boundary-in-quotes", "k,v\n" + (0..<40).map { "\($0),\"x\ny\nz,\($0)\"\n" }.joined()),
    ("one-megabyte-field", "k,v\n1,\"" + String(repeating: "abcdefgh,\n", count: 104_858) + "\"\n2,short\n"),
    ("semicolons", "a;b;c\n1;2,5;x\n3;4,5;y\n"),
    ("unicode-header", "名前,数\nä,1\n"),
    ("all-text", "x,y\nfoo,bar\nbaz,qux\n"),
  ]

  @Test(arguments: corpus.map(\.name))
  func matchesPythonCSV(name: String) throws {
    let text = try #require(Self.corpus.first { $0.name == name }).text
    let path = try TableText.temporaryFile(Array(text.utf8))
    defer { try? FileManager.default.removeItem(atPath: path) }
    // Python's csv module keeps `2,5` as text: so does Assay with the decimal mark a point.
    let table = try CSVReader.read(path: path, options: SourceOptions(named: ["decimal": "."]))
    let delimiter = name == "semicolons" ? ";" : ","
    let reference = try TableText.pythonRows(path: path, delimiter: delimiter)
    let header = try #require(reference.first)
    #expect(table.columnNames.count == header.count)
    #expect(table.rowCount == reference.count - 1)
    for (row, fields) in reference.dropFirst().enumerated() where row < table.rowCount {
      for (column, field) in fields.enumerated() where column < table.columns.count {
        let value = table.columns[column][row]
        #expect(TableText.matches(value, field), "row \(row) column \(column): \(value) vs \(field)")
      }
    }
  }

  /// Split into chunks, in parallel, in sequence and streamed, the table is the same.
  @Test(arguments: corpus.map(\.name))
  func smallChunksGiveTheSameTable(name: String) throws {
    let text = try #require(Self.corpus.first { $0.name == name }).text
    let whole = try TableText.read(text, chunkSize: 1 << 30, parallel: false)
    for chunkSize in [1, 2, 3, 5, 8, 13, 64, 1000] {
      for parallel in [true, false] {
        let split = try TableText.read(text, chunkSize: chunkSize, parallel: parallel)
        #expect(split.columnNames == whole.columnNames)
        #expect(split.columns.map(\.type) == whole.columns.map(\.type), "chunk size \(chunkSize)")
        #expect(
          TableText.cells(split) == TableText.cells(whole), "chunk size \(chunkSize), parallel \(parallel)")
      }
      let streamed = try TableText.readStreamed(text, chunkSize: chunkSize)
      #expect(streamed.columns.map(\.type) == whole.columns.map(\.type), "streamed, chunk size \(chunkSize)")
      #expect(TableText.cells(streamed) == TableText.cells(whole), "streamed, chunk size \(chunkSize)")
    }
  }
}
