import AssayCore
import Testing

@testable import AssayJSON

/// Column types are inferred as the CSV reader infers them.
@Suite struct TypeTests {
  @Test func numbersBooleansAndNullsHaveTheirTypes() throws {
    let table = try read(
      """
      {"i": 1, "d": 1.5, "m": 1, "b": true, "n": null, "s": "x"}
      {"i": -2, "d": 2e3, "m": 2.25, "b": false, "n": null}
      """)
    #expect(table.columns.map(\.type) == [.int, .double, .double, .bool, .string, .string])
    #expect(
      cells(table) == [
        ["1", "1.5", "1", "true", "null", "x"], ["-2", "2000", "2.25", "false", "null", "null"],
      ])
  }

  @Test func mixedKindsAreTextHoldingTheirJSON() throws {
    let table = try read(
      """
      {"a": 1, "b": true, "c": [1, {"k": "v"}], "d": 0.1, "e": "2024-01-02"}
      {"a": "two", "b": 3, "c": "plain", "d": "x", "e": 5}
      """)
    #expect(table.columns.map(\.type) == [.string, .string, .string, .string, .string])
    #expect(
      cells(table) == [
        ["1", "true", "[1,{\"k\":\"v\"}]", "0.1", "2024-01-02"], ["two", "3", "plain", "x", "5"],
      ])
  }

  @Test func mixedKindsAgreeAcrossChunksAndStreams() throws {
    var text = ""
    for row in 0..<300 {
      text += "{\"n\": \(row), \"t\": \"2024-01-02T03:04:0\(row % 10).5\", \"d\": \(Double(row) / 4)}\n"
    }
    text += "{\"n\": \"late text\", \"t\": \"not a time\", \"d\": true}\n"
    let whole = try read(text)
    #expect(whole.columns.map(\.type) == [.string, .string, .string])
    #expect(cells(whole)[7] == ["7", "2024-01-02T03:04:07.5", "1.75"])
    for chunkSize in [1, 50, 999] {
      #expect(values(try read(text, chunkSize: chunkSize)) == values(whole))
      #expect(values(try read(text, chunkSize: chunkSize, parallel: false)) == values(whole))
      #expect(values(try readStreamed(Array(text.utf8), chunkSize: chunkSize)) == values(whole))
    }
  }

  @Test func isoStringsAreDatesAndTimestamps() throws {
    let table = try read(
      """
      {"day": "2024-02-29", "at": "2024-02-29T10:00:00", "z": "2024-02-29T10:00:00Z", "both": "2024-01-01", "no": "2023-02-29"}
      {"day": "2024-03-01", "at": "2024-03-01 10:00:00.125", "z": "2024-03-01T10:00:00+02:00", "both": "2024-01-01T12:00"}
      """)
    #expect(table.columns.map(\.type) == [.date, .timestamp, .timestamp, .timestamp, .string])
    #expect(table.columns[1].sourceFormat == "ISO 8601")
    #expect(table.columns[2].timeZone != nil && table.columns[2].timeZone != .naive)
    #expect(cells(table)[1][0] == "2024-03-01")
    #expect(cells(table)[0][4] == "2023-02-29")
    #expect(try read("{\"d\": \"01/02/2024\"}").columns[0].type == .string)
  }

  @Test func numbersNoInt64OrDoubleKeepsAreTheirExactText() throws {
    let table = try read(
      """
      {"big": 9223372036854775807, "bigger": 18446744073709551616, "huge": 1e400, "neg": -9223372036854775808}
      {"big": 1, "bigger": 1, "huge": 1, "neg": 1}
      """)
    #expect(table.columns.map(\.type) == [.int, .string, .string, .int])
    #expect(
      cells(table) == [
        ["9223372036854775807", "18446744073709551616", "1e400", "-9223372036854775808"],
        ["1", "1", "1", "1"],
      ])
  }

  /// Python's `json.loads` reads every one of these as the number written (ints exact, floats by
  /// `repr` as written); a double keeps the shortest forms, so only the others are text.
  @Test func longDecimalsAreTextOnlyWhereADoubleWouldChangeThem() throws {
    let kept = try read(
      """
      {"x": 0.30000000000000004, "y": 1.2345678901234566e-07}
      {"x": 1.5, "y": 123456789012.34567}
      """)
    #expect(kept.columns.map(\.type) == [.double, .double])
    #expect(
      values(kept) == [
        [.double(0.1 + 0.2), .double(1.2345678901234566e-07)], [.double(1.5), .double(123456789012.34567)],
      ])
    let changed = try read(
      """
      {"d": 0.1234567890123456789}
      {"d": 1.5}
      {"d": -12345678901234567.5}
      """)
    #expect(changed.columns.map(\.type) == [.string])
    #expect(cells(changed).map { $0[0] } == ["0.1234567890123456789", "1.5", "-12345678901234567.5"])
  }

  @Test func stringsAreDecoded() throws {
    let table = try read(
      #"{"s": "caf\u00e9 \ud83d\ude00 \"q\" \\ \/ \n\t", "lone": "\ud800x\udc00", "raw": "日本"}"#)
    #expect(cells(table) == [["café 😀 \"q\" \\ / \n\t", "\u{FFFD}x\u{FFFD}", "日本"]])
    let array = try read(#"{"a": ["caf\u00e9", "\ud83d\ude00", "q\"uote", "\u0001", 1.50, -0, {"k" : [ ]}]}"#)
    #expect(cells(array) == [[#"["café","😀","q\"uote","\u0001",1.50,-0,{"k":[]}]"#]])
  }
}
