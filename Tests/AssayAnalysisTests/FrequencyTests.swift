import AssayCore
import Testing

@testable import AssayAnalysis

@Test func frequencyOrdersByCountThenFirstAppearanceWithNullsLast() {
  let column = Column(
    name: "city", type: .string,
    values: [
      .string("Oslo"), .null, .string("Bergen"), .string("Oslo"), .string("Ås"), .string("Bergen"), .null,
      .string("Oslo"), .string("Aalen"),
    ])
  let rows = Frequency.compute(column)
  #expect(rows.map(\.value) == [.string("Oslo"), .string("Bergen"), .string("Ås"), .string("Aalen"), .null])
  #expect(rows.map(\.count) == [3, 2, 1, 1, 2])
  #expect(abs(rows[0].percent - 100.0 / 3) < 1e-9)
  #expect(abs(rows[3].cumulativePercent - 700.0 / 9) < 1e-9)
  #expect(rows.last?.cumulativePercent == 100)
}

@Test func frequencyOfDictionaryCodedChunksMergesAcrossDictionaries() {
  let first = ColumnChunk(
    values: .string(.dictionary(codes: [0, 1, 1, 1], dictionary: ["a", "b"])), validity: nil)
  var validity = ValidityBitmap(count: 3, allValid: true)
  validity.set(2, valid: false)
  let second = ColumnChunk(
    values: .string(.dictionary(codes: [0, 1, 0], dictionary: ["a", "c"])), validity: validity)
  let rows = Frequency.compute(Column(name: "k", type: .string, chunks: [first, second]))
  #expect(rows.map(\.value) == [.string("b"), .string("a"), .string("c"), .null])
  #expect(rows.map(\.count) == [3, 2, 1, 1])
}

@Test func frequencyOfNumbersKeepsTheirType() {
  let ints = Column(
    name: "n", type: .int, values: [.int(5), .int(-2), .int(5), .null, .int(100), .int(-2), .int(5)])
  let rows = Frequency.compute(ints)
  #expect(rows.map(\.value) == [.int(5), .int(-2), .int(100), .null])
  #expect(rows.map(\.count) == [3, 2, 1, 1])
  let doubles = Column(
    name: "x", type: .double, values: [.double(0.5), .double(-0.0), .double(0), .double(.nan)])
  let doubleRows = Frequency.compute(doubles)
  #expect(doubleRows.map(\.value) == [.double(0), .double(0.5), .null])
  #expect(doubleRows.map(\.count) == [2, 1, 1])
}

@Test func frequencyTableHasValueCountPercentCumulative() {
  let column = Column(name: "n", type: .int, values: [.int(1), .int(1), .null, .int(2)])
  let table = Frequency.table(Frequency.compute(column), columnName: "n")
  #expect(table.columnNames == ["n", "count", "percent", "cumulative"])
  #expect(table.columns[0].type == .int)
  #expect((0..<3).map { table.columns[0][$0] } == [.int(1), .int(2), .null])
  #expect((0..<3).map { table.columns[1][$0] } == [.int(2), .int(1), .int(1)])
  #expect((0..<3).map { table.columns[3][$0] } == [.double(50), .double(75), .double(100)])
  #expect(Frequency.compute(Column(name: "e", type: .int, values: [])).isEmpty)
}

/// A counted column named like a statistic keeps its name; the statistic is suffixed, so an export
/// has no two keys alike.
@Test func aColumnNamedLikeAStatisticKeepsItsNameBesideIt() {
  for name in ["count", "percent", "cumulative"] {
    let column = Column(name: name, type: .string, values: [.string("a"), .string("b"), .string("a")])
    let expected = [name] + ["count", "percent", "cumulative"].map { $0 == name ? $0 + "_2" : $0 }
    #expect(Frequency.typedTable(column).columnNames == expected)
    #expect(Frequency.table(Frequency.compute(column), columnName: name).columnNames == expected)
  }
}

@Test func frequencyTiesKeepValueOrderAcrossManyDistinctValues() {
  var random = SeededRandom(seed: 9)
  let values = (0..<3000).map { _ in Int64.random(in: -400...400, using: &random) * 1_000_000_007 }
  let rows = Frequency.compute(Column(name: "v", type: .int, values: values.map(Value.int)))
  var expected = Dictionary(grouping: values, by: { $0 }).map { (value: $0.key, count: $0.value.count) }
  expected.sort { $0.count != $1.count ? $0.count > $1.count : $0.value < $1.value }
  #expect(rows.map(\.value) == expected.map { .int($0.value) })
  #expect(rows.map(\.count) == expected.map(\.count))
  #expect(Frequency.byCountDescending([2, 5, 2, 5, 1]) == [1, 3, 0, 2, 4])
}

@Test func frequencyOfBoolsAndOfAllNullColumns() {
  let flags = Column(name: "f", type: .bool, values: [.bool(true), .bool(false), .bool(true), .null])
  #expect(Frequency.compute(flags).map(\.value) == [.bool(true), .bool(false), .null])
  let empty = Frequency.compute(Column(name: "e", type: .string, values: [.null, .null]))
  #expect(empty == [FrequencyRow(value: .null, count: 2, percent: 100, cumulativePercent: 100)])
}
