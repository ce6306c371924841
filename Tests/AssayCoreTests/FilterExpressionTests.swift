import Testing

@testable import AssayCore

@Suite struct FilterExpressionTests {
  static let books = Table(
    name: "books",
    columns: [
      Column(name: "x", type: .int, values: [10, 60, 70, 80].map { .int($0) } + [.null]),
      Column(
        name: "category", type: .string,
        values: ["books", "books", "toys", "books", "books"].map(Value.string)),
      Column(name: "when", type: .date, values: [.date(0), .date(1), .date(2), .null, .date(4)]),
      Column(
        name: "ok", type: .bool, values: [.bool(true), .bool(false), .bool(true), .bool(false), .bool(true)]),
      Column(
        name: "unit price", type: .double, values: [.double(1), .double(2.5), .double(3), .null, .double(5)]),
    ])

  func rows(_ text: String) throws -> [Int] {
    try FilterExpression.parse(text, for: Self.books).rows(in: Self.books)
  }

  @Test func typedComparisonsJoinedWithAndOrNot() throws {
    #expect(try rows(#"x > 50 and category == "books""#) == [1, 3])
    #expect(try rows(#"x <= 10 or not (category != "toys")"#) == [0, 2])
    #expect(try rows("`unit price` >= 2.5 and ok == true") == [2, 4])
    #expect(try rows(#"when < "1970-01-03""#) == [0, 1])
    #expect(try rows("x == null or when == null") == [3, 4])
    #expect(try rows("x != null and x < 1e2") == [0, 1, 2, 3])
    #expect(try rows(#"category ~ "^t""#) == [2])
  }

  /// A whole number compares with an int column exactly, past the 2^53 a double holds: neighbouring
  /// identifiers are told apart.
  @Test func wholeNumbersCompareWithIntsExactly() throws {
    let ids = [1_234_567_890_123_456_789, 1_234_567_890_123_456_790, 1_234_567_890_123_456_700, Int64.max]
    let table = Table(name: "ids", columns: [Column(name: "id", type: .int, values: ids.map(Value.int))])
    func rows(_ text: String) throws -> [Int] { try FilterExpression.parse(text, for: table).rows(in: table) }
    #expect(try rows("id == 1234567890123456789") == [0])
    #expect(try rows("id > 1234567890123456789") == [1, 3])
    #expect(try rows("id != 1234567890123456790") == [0, 2, 3])
    #expect(try rows("id > 9223372036854775806") == [3])
  }

  @Test(arguments: [
    (#"x > "a""#, "filter:1:5: 'x' holds numbers; expected a number"),
    ("y > 3", "filter:1:1: no column named 'y'"),
    (#""unit price" > 3"#, "filter:1:1: 'unit price' in quotes is a value, not a column"),
    ("x >", "filter:1:4: expected a value after '>'"),
    (#"category == books"#, "filter:1:13: 'category' holds text; expected a quoted string"),
    (#"category == "books"#, "filter:1:13: unclosed \""),
    ("x > 3 x", "filter:1:7: unexpected 'x'"),
    ("x $ 3", "filter:1:3: unexpected '$'"),
    (#"when > "1970-02-30""#, "filter:1:8: 'when' holds dates; expected a quoted date"),
    ("(x > 3", "filter:1:7: missing ')'"),
  ])
  func mistakesNameTheCharacterThatIsWrong(text: String, message: String) {
    do {
      _ = try FilterExpression.parse(text, for: Self.books)
      Issue.record("'\(text)' must be refused")
    } catch {
      #expect(String(describing: error).hasPrefix(message), "\(error)")
    }
  }

  @Test func badRegularExpressionIsAnError() throws {
    let expression = try FilterExpression.parse(#"category ~ "(""#, for: Self.books)
    #expect(throws: AssayError.self) { try expression.rows(in: Self.books) }
  }

  @Test func deepNestingIsRefusedBeforeTheStackRunsOut() throws {
    let deep = String(repeating: "(", count: 10_000) + "x > 50" + String(repeating: ")", count: 10_000)
    let error = #expect(throws: AssayError.self) { try FilterExpression.parse(deep, for: Self.books) }
    #expect(error?.description.hasPrefix("filter:1:201: filter nests deeper than 200 levels") == true)
    let allowed = String(repeating: "(", count: 200) + "x > 50" + String(repeating: ")", count: 200)
    #expect(try rows(allowed) == [1, 2, 3])
  }

  @Test func longFlatChainsParseAndEvaluateWithoutDeepRecursion() throws {
    let chain = Array(repeating: "x == 60", count: 100_000).joined(separator: " or ")
    #expect(try rows(chain) == [1])
    #expect(try rows(Array(repeating: "x > 50", count: 100_000).joined(separator: " and ")) == [1, 2, 3])
    #expect(try rows(String(repeating: "not ", count: 100_000) + "x > 50") == [1, 2, 3])
    #expect(try rows(String(repeating: "not ", count: 100_001) + "x > 50") == [0, 4])
  }

  @Test func errorsShowTheExpressionsControlCharactersVisibly() {
    let error = #expect(throws: AssayError.self) {
      try FilterExpression.parse("x \u{1B}[31m > 1", for: Self.books)
    }
    #expect(error?.description.hasPrefix("filter:1:3: unexpected '␛'") == true)
    #expect(error?.description.contains("\u{1B}") == false)
  }

  @Test func aPatternThatBacktracksWithoutEndRunsOutOfTime() throws {
    let matcher = try PatternMatcher(pattern: "(a+)+$", timeLimit: .milliseconds(200))
    let started = ContinuousClock.now
    let error = #expect(throws: AssayError.self) {
      try matcher.matches(String(repeating: "a", count: 40) + "!")
    }
    #expect(error?.message.contains("'(a+)+$' is too slow") == true)
    #expect(ContinuousClock.now - started < .seconds(5))
    #expect(try PatternMatcher(pattern: "^a+$").matches("aaa"))
  }
}
