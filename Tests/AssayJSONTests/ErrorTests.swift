import AssayCore
import Testing

@testable import AssayJSON

/// Malformed input is one clear error naming the line and column, never a crash or a hang.
@Suite struct ErrorTests {
  @Test func aBadLineNamesItsLineAndColumn() {
    let text = "{\"a\": 1, \"b\": 2}\n{\"a\": 1, \"b\": 2}\n{\"a\": 1 \"b\": 2}\n{\"a\": 4}\n"
    let expected =
      "events.jsonl: line 3, column 9: expected ',' or '}' after a value — found '\"'; is a comma missing, or a quote?"
    #expect(errorLine(text) == expected)
    #expect(errorLine(text.replacingOccurrences(of: "\n", with: "\r\n")) == expected)
  }

  @Test func theLineIsRightInAnyChunk() {
    let good = String(repeating: "{\"a\": 1, \"b\": \"x\"}\n", count: 500)
    let text = good + "{\"a\": 2, \"b\": tru}\n" + good
    for (chunkSize, parallel) in [(4 << 20, true), (64, true), (64, false), (1, true)] {
      let error = Result {
        try JSONReader.read(
          bytes: Array(text.utf8), name: "x.jsonl", format: .lines, chunkSize: chunkSize, parallel: parallel)
      }
      #expect(throws: AssayError.self) { try error.get() }
      #expect("\(error)".contains("x.jsonl: line 501, column 15: expected a value"), "\(error)")
    }
    let streamed = Result { try readStreamed(Array(text.utf8), name: "x.jsonl", chunkSize: 100) }
    #expect("\(streamed)".contains("x.jsonl: line 501, column 15: expected a value"), "\(streamed)")
  }

  @Test func truncatedInputSaysWhereItEnds() {
    #expect(
      errorLine("{\"a\": 1}\n{\"a\": ")?.hasPrefix(
        "events.jsonl: line 2, column 7: expected a value, found the end of the input") == true)
    #expect(
      errorLine("{\"a\": 1}\n{\"a\": \"tex")?.hasPrefix(
        "events.jsonl: line 2, column 7: a string starting here is never closed") == true)
    #expect(
      errorLine("[{\"a\": 1},", format: .document)?.contains("line 1, column 11: expected an object") == true)
    #expect(errorLine("{\"a\": [1, 2", format: .document)?.contains("found the end of the input") == true)
  }

  @Test func aTrailingCommaIsRefusedInAnyChunk() {
    for chunkSize in [1, 3, 100] {
      let result = Result { try read("[{\"a\": 1}, \n", format: .document, chunkSize: chunkSize) }
      let expected =
        "line 2, column 1: expected an object ('{') for each element of the array, found the end of the input"
      #expect("\(result)".contains(expected), "\(result)")
    }
  }

  @Test func theFirstErrorIsTheSameInAnyChunking() {
    var bytes = Array("{\"t\": \"2024-01-02\"}\n{\"t\": \"23:04:05.5Z\"}\n{\"t\": \"2".utf8)
    bytes += [0xFE, 0xFF] + Array("\", \"u\":".utf8)
    let whole = Result { try JSONReader.read(bytes: bytes, name: "x.jsonl", format: .lines) }
    #expect("\(whole)".contains("x.jsonl: line 3, column 9: invalid UTF-8 in a string"), "\(whole)")
    for (chunkSize, parallel) in [(11, true), (3, false)] {
      let split = Result {
        try JSONReader.read(
          bytes: bytes, name: "x.jsonl", format: .lines, chunkSize: chunkSize, parallel: parallel)
      }
      #expect("\(split)" == "\(whole)")
    }
  }

  @Test func aDocumentOverSeveralLinesIsNotJSONLines() {
    let error = errorLine("{\n  \"a\": 1\n}\n")
    #expect(
      error?.hasPrefix(
        "events.jsonl: line 1, column 2: expected a key in double quotes, found the end of the line") == true,
      "\(error ?? "")")
  }

  @Test func binaryGarbageIsRefusedAtItsFirstByte() {
    let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0, 0, 0xFF, 0x13, 0x37]
    #expect(
      errorLine(bytes, format: .document, name: "x.json")?.hasPrefix(
        "x.json: line 1, column 1: expected '[' or '{' at the start of the document — found byte 0x89")
        == true)
    #expect(
      errorLine(bytes, format: .lines, name: "x.jsonl")?.hasPrefix(
        "x.jsonl: line 1, column 1: expected an object") == true)
    #expect(errorLine([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x00, 0x7D])?.contains("a NUL byte") == true)
  }

  @Test func badTextIsRefused() {
    #expect(
      errorLine([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D])?.contains(
        "line 1, column 7: invalid UTF-8 in a string") == true)
    #expect(
      errorLine("{\"a\": \"nul \\u0000 here\"}")?.contains("line 1, column 12: a \\u0000 (NUL) in a string")
        == true)
    #expect(errorLine("{\"a\": \"bad \\x escape\"}")?.contains("an invalid escape in a string") == true)
    #expect(errorLine("{\"a\": \"bad \\u12G4\"}")?.contains("an invalid \\u escape") == true)
    #expect(
      errorLine("{\"a\": \"tab\tinside\"}")?.contains("a control character (U+0009) inside a string") == true)
    #expect(errorLine("{\"a\": 01}")?.contains("expected ',' or '}' after a value") == true)
    #expect(errorLine("{\"a\": -}")?.contains("expected a digit") == true)
    #expect(errorLine("{\"a\": 1.}")?.contains("expected a digit after the decimal point") == true)
    #expect(errorLine("{\"a\": 1e}")?.contains("expected a digit in the exponent") == true)
    #expect(errorLine("{\"a\": True}")?.contains("expected a value") == true)
    #expect(errorLine("{\"a\": 1,}")?.contains("expected a key in double quotes") == true)
    #expect(errorLine("{\"a\": 1} x")?.contains("expected the end of the line after the object") == true)
  }

  @Test func deepNestingIsRefusedNotRecursedInto() {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(errorLine("{\"a\": \(deep)}")?.contains("nested more than 512 deep") == true)
    let objects = String(repeating: "{\"a\": ", count: 100_000) + "1" + String(repeating: "}", count: 100_000)
    #expect(errorLine(objects)?.contains("nested more than 512 deep") == true)
    let inArray = errorLine("[{\"a\": " + deep + "}]", format: .document)
    #expect(inArray?.contains("nested more than 512 deep") == true)
    let fine = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
    #expect(errorLine("{\"a\": \(fine)}") == nil)
  }

  @Test func tooManyColumnsAreRefused() {
    let line = { (first: Int) in
      "{" + (first..<first + 9000).map { "\"k\($0)\": 1" }.joined(separator: ", ") + "}\n"
    }
    let two = line(0) + line(9000)
    #expect("\(Result { try read(two) })".contains("test.jsonl: line 2, column "))
    #expect("\(Result { try read(two, chunkSize: 10) })".contains("test.jsonl: more than 16384 columns"))
    #expect(errorLine(line(0)) == nil)
  }

  @Test func objectsOfArraysOfDifferentLengthsAreRefused() {
    let error = errorLine("{\"a\": [1, 2], \"b\": [1]}", format: .document, name: "x.json")
    #expect(
      error
        == "x.json: line 1, column 15: the array 'b' has 1 value, 'a' has 2 — an object of arrays needs arrays of one length"
    )
  }

  @Test func anUnknownColumnListsTheColumnsThereAre() {
    let error = Result {
      try read("{\"a\": 1, \"b\": {\"c\": 2}}", options: SourceOptions(columns: ["b.c", "z"]))
    }
    #expect("\(error)".contains("test.jsonl: no column named 'z' — columns are: b.c, a"), "\(error)")
  }
}
