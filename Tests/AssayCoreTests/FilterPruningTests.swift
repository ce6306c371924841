import Testing

@testable import AssayCore

/// Which blocks of rows a filter rules out from their bounds alone.
struct FilterPruningTests {
  static let columns: [(name: String, type: ColumnType)] = [("x", .int), ("s", .string), ("t", .date)]

  func mayHold(_ filter: String, _ bounds: [ColumnBounds?]) throws -> Bool {
    try FilterExpression.parse(filter, columns: Self.columns).mayHold { bounds[$0] }
  }

  static func numbers(_ low: Double, _ high: Double, nulls: Int = 0) -> ColumnBounds {
    ColumnBounds(minimum: .number(low), maximum: .number(high), nulls: nulls, rows: 100)
  }

  @Test func comparisonsAgainstTheRange() throws {
    let block: [ColumnBounds?] = [Self.numbers(10, 20), nil, nil]
    #expect(try mayHold("x == 15", block))
    #expect(try !mayHold("x == 21", block))
    #expect(try !mayHold("x < 10", block))
    #expect(try mayHold("x <= 10", block))
    #expect(try !mayHold("x > 20", block))
    #expect(try mayHold("x >= 20", block))
    #expect(try mayHold("x != 15", block))
    #expect(try !mayHold("x > 30 and s == 'a'", block))
    #expect(try mayHold("x > 30 or s == 'a'", block), "s has no bounds: it may hold")
    #expect(try mayHold("not x == 15", block), "a negation is never ruled out")
  }

  /// A whole number from 2^53 on rules nothing out: a bound of 2^53 may be 2^53 + 1 rounded.
  @Test func wholeNumbersPastADoublesPrecisionRuleNothingOut() throws {
    let block: [ColumnBounds?] = [Self.numbers(9_007_199_254_740_992, 9_007_199_254_740_992), nil, nil]
    #expect(try mayHold("x > 9007199254740992", block))
    #expect(try mayHold("x != 9007199254740992", block))
    #expect(try mayHold("x < -9007199254740992", [Self.numbers(-9_007_199_254_740_992, 0), nil, nil]))
    #expect(try !mayHold("x < 9007199254740991", block), "below 2^53 the comparison is exact")
  }

  @Test func nullsAndText() throws {
    let allNull = ColumnBounds(minimum: nil, maximum: nil, nulls: 100, rows: 100)
    #expect(try mayHold("x == null", [allNull, nil, nil]))
    #expect(try !mayHold("x != null", [allNull, nil, nil]))
    #expect(try !mayHold("x > 1", [allNull, nil, nil]))
    #expect(try !mayHold("x == null", [Self.numbers(1, 2), nil, nil]))
    let text = ColumnBounds(
      minimum: .text(Array("apple".utf8)), maximum: .text(Array("melon".utf8)), nulls: 0, rows: 9)
    #expect(try mayHold("s == 'kiwi'", [nil, text, nil]))
    #expect(try !mayHold("s == 'zucchini'", [nil, text, nil]))
    #expect(try !mayHold("s < 'apple'", [nil, text, nil]))
  }
}
