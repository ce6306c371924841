import AssayCore
import Testing

@testable import AssayCSV

/// Malformed inputs read strictly give one error naming the line, the field and the byte, whatever
/// the chunking.
struct ErrorTests {
  struct Case: Sendable, CustomStringConvertible {
    var description: String
    var bytes: [UInt8]
    var message: String
    var line: Int
    var column: Int
    var byteOffset: Int
  }

  /// Ragged rows refused, as `--strict` asks.
  static let strict = SourceOptions(named: ["strict": "yes"])

  static let cases: [Case] = [
    Case(
      description: "too many fields", bytes: Array("a,b,c\n1,2,3\n4,5,6,7\n".utf8),
      message: "row has 4 fields, the header has 3", line: 3, column: 4, byteOffset: 18),
    Case(
      description: "too few fields", bytes: Array("a,b,c\n1,2,3\n4,5\n".utf8),
      message: "row has 2 fields, the header has 3", line: 3, column: 3, byteOffset: 15),
    Case(
      description: "trailing delimiter on data rows only", bytes: Array("a,b\n1,2,\n".utf8),
      message: "row has 3 fields, the header has 2", line: 2, column: 3, byteOffset: 8),
    Case(
      description: "quote opened in the last row", bytes: Array("a,b\n1,2\n3,\"abc\n".utf8),
      message: "a quoted field starting here is never closed", line: 3, column: 2, byteOffset: 10),
    Case(
      description: "text after a closing quote", bytes: Array("a,b\n1,\"x\"y\n".utf8),
      message: "unexpected text after a closing quote", line: 2, column: 2, byteOffset: 9),
    Case(
      description: "invalid UTF-8", bytes: Array("a,b\n1,ok\n2,x".utf8) + [0xFF] + Array("\n".utf8),
      message: "invalid UTF-8 in a field", line: 3, column: 2, byteOffset: 12),
    Case(
      description: "ragged row after quoted newlines",
      bytes: Array("a,b\n1,\"x\ny\"\n2,\"p\r\nq\"\n3\n".utf8),
      message: "row has 1 field, the header has 2", line: 6, column: 2, byteOffset: 22),
  ]

  @Test(arguments: cases)
  func errorNamesLineColumnAndByte(_ testCase: Case) throws {
    for chunkSize in [1, 3, 7, 1 << 20] {
      for parallel in [true, false] {
        let error = try #require(
          TableText.error(testCase.bytes, options: Self.strict, chunkSize: chunkSize, parallel: parallel))
        #expect(error.message == testCase.message)
        #expect(
          error.location
            == SourceLocation(
              source: "bad.csv", line: testCase.line, column: testCase.column, byteOffset: testCase.byteOffset
            ),
          "chunk size \(chunkSize), parallel \(parallel)")
      }
    }
  }

  @Test func oneLineDescription() throws {
    let error = try #require(TableText.error(Array("a,b,c\n1,2,3\n4,5,6,7\n".utf8), options: Self.strict))
    #expect(
      error.description
        == "bad.csv:3:4 (byte 18): row has 4 fields, the header has 3 — check the quoting on this line, "
        + "or a delimiter at the end of the line")
  }

  @Test func nulByteNearTheStartIsNotText() throws {
    let error = try #require(TableText.error(Array("a,b\n1,".utf8) + [0] + Array("\n".utf8)))
    #expect(error.message == "not a text file: bad.csv has a NUL byte at byte 6")
  }

  /// A workbook or a Parquet file read as text is named for what its first bytes say it is.
  @Test func aZipOrParquetReadAsTextIsNamed() throws {
    let zip = try #require(TableText.error([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]))
    #expect(
      zip.description == "not a text file: bad.csv is a zip archive — an Excel workbook opens named .xlsx")
    let parquet = try #require(TableText.error(Array("PAR1".utf8) + [0x15, 0x00, 0x15]))
    #expect(parquet.message == "not a text file: bad.csv is a Parquet file")
  }

  @Test func nulByteLaterIsLocated() throws {
    let rows = String(repeating: "1,abc\n", count: 20_000)
    let error = try #require(TableText.error(Array("a,b\n\(rows)2,x".utf8) + [0] + Array("y\n".utf8)))
    #expect(error.message == "a NUL byte in a field")
    #expect(error.location?.line == 20_002)
    #expect(error.location?.column == 2)
  }

  @Test func utf16IsRefused() throws {
    let error = try #require(TableText.error([0xFF, 0xFE] + Array("a\0,\0b\0".utf8)))
    #expect(error.message == "bad.csv: the file is UTF-16 (it starts with a UTF-16 byte order mark)")
  }
}

/// Bad bytes inside long text fields (past the first 64 KiB, which are checked on opening),
/// found by the word-at-a-time scan.
struct LongTextErrorTests {
  @Test(arguments: [0xFF as UInt8, 0x00, 0xC3])
  func badByteInALongFieldIsLocated(byte: UInt8) throws {
    let rows = (0..<3000).map { "\($0),distinct text number \($0)\n" }.joined()
    let head = Array("id,text\n\(rows)3000,abcdefghijklmnop".utf8)
    let bytes = head + [byte] + Array("qrstuvwxyz\n".utf8)
    for chunkSize in [64, 1 << 20] {
      let error = try #require(TableText.error(bytes, chunkSize: chunkSize))
      #expect(error.location?.line == 3002)
      #expect(error.location?.column == 2)
      #expect(error.location?.byteOffset == head.count)
    }
  }

  @Test func validMultiByteTextInLongFieldsLoads() throws {
    let rows = (0..<400).map { "\($0),ünïcödé text number \($0) — ok\n" }.joined()
    let table = try TableText.read("id,text\n\(rows)")
    #expect(table.columns[1][399] == .string("ünïcödé text number 399 — ok"))
  }
}
