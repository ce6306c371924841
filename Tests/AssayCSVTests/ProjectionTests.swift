import AssayCore
import Foundation
import Testing

@testable import AssayCSV

/// Loading only some columns gives exactly those columns of the full load, in the source's order,
/// however the input is chunked or streamed; the skipped fields still split rows correctly.
struct ProjectionTests {
  /// Column choices to try on a table with these names: each alone, all but each, and all of
  /// them named in reverse.
  static func choices(of names: [String]) -> [[String]] {
    let singles = names.map { [$0] }
    let allButOne =
      names.count > 2
      ? names.indices.map { skipped in names.enumerated().filter { $0.offset != skipped }.map(\.element) }
      : []
    return singles + allButOne + [names.reversed()]
  }

  @Test(arguments: CorpusTests.corpus.map(\.name))
  func projectedLoadEqualsTheFullLoadsColumns(name: String) throws {
    let text = try #require(CorpusTests.corpus.first { $0.name == name }).text
    let whole = try TableText.read(text, chunkSize: 1 << 30, parallel: false)
    for wanted in Self.choices(of: whole.columnNames) {
      let options = SourceOptions(columns: wanted)
      let expected = TableText.columns(whole.columnNames.filter(wanted.contains), of: whole)
      for chunkSize in [1, 3, 8, 64, 1 << 30] {
        for parallel in [true, false] {
          let projected = try TableText.read(text, options: options, chunkSize: chunkSize, parallel: parallel)
          let context = "\(wanted), chunk size \(chunkSize), parallel \(parallel)"
          #expect(projected.columnNames == expected.columnNames, "\(context)")
          #expect(projected.columns.map(\.type) == expected.columns.map(\.type), "\(context)")
          #expect(TableText.cells(projected) == TableText.cells(expected), "\(context)")
        }
        let streamed = try TableText.readStreamed(text, options: options, chunkSize: chunkSize)
        #expect(streamed.columnNames == expected.columnNames, "streamed \(wanted), chunk size \(chunkSize)")
        #expect(streamed.columns.map(\.type) == expected.columns.map(\.type), "streamed \(wanted)")
        #expect(TableText.cells(streamed) == TableText.cells(expected), "streamed \(wanted), \(chunkSize)")
      }
    }
  }

  @Test func skippedQuotedFieldsKeepRowsApart() throws {
    let text = "id,text,n\n1,\"a,b\nc\",10\n2,\"say \"\"x,y\"\"\r\n\",20\n3,,30\n"
    let table = try TableText.read(text, options: SourceOptions(columns: ["n", "id"]), chunkSize: 4)
    #expect(table.columnNames == ["id", "n"])
    #expect(TableText.cells(table) == [[.int(1), .int(10)], [.int(2), .int(20)], [.int(3), .int(30)]])
  }

  @Test func namesRepeatedLoadOnce() throws {
    let table = try TableText.read("a,b\n1,x\n", options: SourceOptions(columns: ["b", "b"]))
    #expect(table.columnNames == ["b"])
    #expect(TableText.cells(table) == [[.string("x")]])
  }

  @Test func columnsWithoutAHeaderAreNamedByPosition() throws {
    let options = SourceOptions(header: false, columns: ["column2"])
    let table = try TableText.read("1,x\n2,y\n", options: options)
    #expect(table.columnNames == ["column2"])
    #expect(TableText.cells(table) == [[.string("x")], [.string("y")]])
  }

  @Test func unknownColumnNamesTheOnesThereAre() throws {
    let error = try #require(
      TableText.error(Array("a,b\n1,2\n".utf8), name: "t.csv", options: SourceOptions(columns: ["a", "zz"])))
    #expect(error.description == "t.csv: no column named 'zz' — columns are: a, b")
  }

  /// The unknown name is reported from the header, before any row is read: a malformed row
  /// further on is never reached.
  @Test func unknownColumnIsFoundBeforeTheRows() throws {
    let rows = String(repeating: "1,2\n", count: 100_000) + "1,2,3\n"
    let error = try #require(
      TableText.error(Array("a,b\n\(rows)".utf8), options: SourceOptions(columns: ["c"]), chunkSize: 1 << 10))
    #expect(error.message == "bad.csv: no column named 'c'")
  }

  @Test func anEmptyListLoadsNoColumnsButStillChecksRowsWhenStrict() throws {
    let table = try TableText.read("a,b\n1,2\n3,4\n", options: SourceOptions(columns: []), chunkSize: 3)
    #expect(table.columns.isEmpty)
    let error = try #require(
      TableText.error(
        Array("a,b\n1,2\n3\n".utf8), options: SourceOptions(columns: [], named: ["strict": "yes"])))
    #expect(error.message == "row has 1 field, the header has 2")
  }

  @Test func emptyInputHasNoColumnsToRefuse() throws {
    let table = try TableText.read("", options: SourceOptions(columns: ["a"]))
    #expect(table.columns.isEmpty)
  }
}

/// Errors of a projected strict load: the structure of every row is still checked (ragged rows,
/// quoting) and located by source field; bad text is found only in the columns loaded.
struct ProjectionErrorTests {
  @Test(arguments: ErrorTests.cases.filter { $0.description != "invalid UTF-8" })
  func rowStructureErrorsAreTheSame(_ testCase: ErrorTests.Case) throws {
    for wanted in [["a"], ["b"]] {
      for chunkSize in [1, 3, 1 << 20] {
        let error = try #require(
          TableText.error(
            testCase.bytes, options: SourceOptions(columns: wanted, named: ErrorTests.strict.named),
            chunkSize: chunkSize))
        #expect(error.message == testCase.message)
        #expect(
          error.location
            == SourceLocation(
              source: "bad.csv", line: testCase.line, column: testCase.column, byteOffset: testCase.byteOffset
            ),
          "\(wanted), chunk size \(chunkSize)")
      }
    }
  }

  @Test func badTextIsFoundOnlyInLoadedColumns() throws {
    let bytes = Array("a,b,c\n1,ok,x\n2,y".utf8) + [0xFF] + Array(",z\n".utf8)
    #expect(TableText.error(bytes, options: SourceOptions(columns: ["a", "c"])) == nil)
    let error = try #require(TableText.error(bytes, options: SourceOptions(columns: ["c", "b"])))
    #expect(error.message == "invalid UTF-8 in a field")
    #expect(error.location == SourceLocation(source: "bad.csv", line: 3, column: 2, byteOffset: 16))
  }

  @Test func errorsInALaterKeptColumnNameItsSourceField() throws {
    let bytes = Array("a,b,c\n1,x,2\n3,y,\"4\"z\n".utf8)
    let error = try #require(TableText.error(bytes, options: SourceOptions(columns: ["c"])))
    #expect(error.message == "unexpected text after a closing quote")
    #expect(error.location == SourceLocation(source: "bad.csv", line: 3, column: 3, byteOffset: 19))
  }
}

/// Projected loads of gzip files and of standard input.
struct ProjectionStreamTests {
  static let text =
    "id,text,x,flag\n"
    + (0..<20_000).map { "\($0),\"multi\nline, \($0)\",\(Double($0) / 4),\($0 % 3 == 0)\n" }.joined()

  @Test func gzipProjectedLoadEqualsThePlainOne() throws {
    let bytes = try LoaderTests.gzipped(Self.text)
    let path = try TableText.temporaryFile(bytes, suffix: ".csv.gz")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let options = SourceOptions(columns: ["flag", "id"])
    let fromGzip = try CSVReader.read(path: path, options: options)
    let whole = try TableText.read(Self.text)
    #expect(fromGzip.columnNames == ["id", "flag"])
    #expect(fromGzip.columns.map(\.type) == [.int, .bool])
    #expect(TableText.cells(fromGzip) == TableText.cells(TableText.columns(["id", "flag"], of: whole)))
  }

  @Test func standardInputProjectedLoadEqualsTheWholeOne() throws {
    let pipe = Pipe()
    let writer = pipe.fileHandleForWriting
    let bytes = Data(Self.text.utf8)
    Thread.detachNewThread {
      for start in stride(from: 0, to: bytes.count, by: 777) {
        writer.write(bytes[start..<min(bytes.count, start + 777)])
      }
      try? writer.close()
    }
    let load = StreamLoad(
      stream: DescriptorStream(descriptor: pipe.fileHandleForReading.fileDescriptor, name: "-"), name: "-",
      options: SourceOptions(columns: ["x"]), chunkSize: 1000, control: LoadControl())
    let streamed = try load.run()
    let whole = try TableText.read(Self.text)
    #expect(streamed.columnNames == ["x"])
    #expect(streamed.rowCount == 20_000)
    #expect(TableText.cells(streamed) == TableText.cells(TableText.columns(["x"], of: whole)))
  }

  @Test func unknownColumnOfAGzipFile() throws {
    let path = try TableText.temporaryFile(try LoaderTests.gzipped("a,b\n1,2\n"), suffix: ".csv.gz")
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(throws: AssayError(message: "\(path): no column named 'q'", hint: "columns are: a, b")) {
      try CSVReader.read(path: path, options: SourceOptions(columns: ["q"]))
    }
  }
}
