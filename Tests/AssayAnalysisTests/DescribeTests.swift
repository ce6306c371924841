import AssayCore
import Foundation
import Testing

@testable import AssayAnalysis

/// Iris read from the repository's sample file (no quoting, so a split is enough).
private func iris() throws -> Table {
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  let text = try String(contentsOf: root.appendingPathComponent("sampledata/iris.csv"), encoding: .utf8)
  let lines = text.split(whereSeparator: \.isNewline).map { $0.split(separator: ",").map(String.init) }
  let header = try #require(lines.first)
  let rows = lines.dropFirst()
  var columns = (0..<4).map { j in
    Column(name: header[j], type: .double, values: rows.map { .double(Double($0[j]) ?? .nan) })
  }
  columns.append(Column(name: header[4], type: .string, values: rows.map { .string($0[4]) }))
  return Table(name: "iris", columns: columns)
}

@Test func describeIrisMatchesReferenceStatistics() throws {
  let summaries = Describe.summarize(try iris())
  #expect(summaries.map(\.name) == ["sepal_length", "sepal_width", "petal_length", "petal_width", "species"])
  let sepal = summaries[0]
  #expect(sepal.count == 150 && sepal.nulls == 0 && sepal.distinct == 35)
  #expect(sepal.min == .double(4.3) && sepal.max == .double(7.9) && sepal.median == .double(5.8))
  // Reference values from numpy: mean(), std(ddof=1).
  #expect(abs(try #require(sepal.mean) - 5.843333333333334) < 1e-12)
  #expect(abs(try #require(sepal.std) - 0.828066127977863) < 1e-12)
  #expect(summaries[2].median == .double(4.35))
  #expect(summaries[2].distinct == 43)
  #expect(abs(try #require(summaries[3].std) - 0.7622376689603465) < 1e-12)
  let species = summaries[4]
  #expect(species.count == 150 && species.distinct == 3)
  #expect(species.min == .string("setosa") && species.max == .string("virginica"))
  #expect(species.mean == nil && species.median == .null)
}

@Test func describeHandlesNullsDatesStringsAndDegenerateColumns() {
  let table = Table(
    name: "mixed",
    columns: [
      Column(name: "n", type: .int, values: [.int(3), .null, .int(-1), .int(3), .int(10)]),
      Column(
        name: "s", type: .string, values: [.string("b"), .string("é"), .null, .string("B"), .string("b")]),
      Column(
        name: "d", type: .date,
        values: [.date(19000), .date(18000), .null, .date(20000), .date(19500)]),
      Column(name: "empty", type: .double, values: [.null, .null, .null, .null, .null]),
      Column(
        name: "same", type: .double, values: [.double(2.5), .double(2.5), .double(2.5), .null, .double(.nan)]),
      Column(
        name: "flag", type: .bool, values: [.bool(true), .bool(true), .null, .bool(true), .bool(false)]),
    ])
  let s = Describe.summarize(table)
  #expect(
    s[0]
      == ColumnSummary(
        name: "n", type: .int, count: 4, nulls: 1, distinct: 3, min: .int(-1), max: .int(10),
        mean: 3.75, std: s[0].std, median: .double(3)))
  #expect(abs((s[0].std ?? 0) - 4.573474244670748) < 1e-12)  // numpy std(ddof=1)
  #expect(s[1].count == 4 && s[1].nulls == 1 && s[1].distinct == 3)
  #expect(s[1].min == .string("B") && s[1].max == .string("é"))
  #expect(s[2].min == .date(18000) && s[2].max == .date(20000) && s[2].median == .date(19000))
  #expect(s[2].mean == nil && s[2].std == nil)
  #expect(
    s[3]
      == ColumnSummary(
        name: "empty", type: .double, count: 0, nulls: 5, distinct: 0, min: .null, max: .null, mean: nil,
        std: nil, median: .null))
  #expect(s[4].count == 3 && s[4].nulls == 2 && s[4].distinct == 1 && s[4].std == 0 && s[4].mean == 2.5)
  #expect(s[5].min == .bool(false) && s[5].max == .bool(true) && s[5].distinct == 2 && s[5].count == 4)
}

@Test func describeCountsDistinctStringsAcrossDictionaryAndPackedChunks() {
  let dictionaryChunk = ColumnChunk(
    values: .string(.dictionary(codes: [0, 1, 0, 2], dictionary: ["x", "y", "w", "unused"])),
    validity: nil)
  let otherDictionary = ColumnChunk(
    values: .string(.dictionary(codes: [1, 1, 0], dictionary: ["y", "v"])), validity: nil)
  let packed = ColumnChunk.make(type: .string, values: [.string("x"), .null, .string("a longer text value")])
  let column = Column(name: "t", type: .string, chunks: [dictionaryChunk, otherDictionary, packed])
  let summary = Describe.summarize(column)
  // Texts: x y x w | v v y | x null "a longer text value"
  #expect(summary.count == 9 && summary.nulls == 1)
  #expect(summary.distinct == 5)
  #expect(summary.min == .string("a longer text value") && summary.max == .string("y"))
}

@Test func describeTableHasOneRowPerColumn() throws {
  let table = Describe.table(Describe.summarize(try iris()), name: "iris describe")
  #expect(
    table.columnNames == [
      "column", "type", "count", "nulls", "distinct", "min", "max", "mean", "std", "median",
    ])
  #expect(table.rowCount == 5)
  #expect(table.columns[0][0] == .string("sepal_length"))
  #expect(table.columns[5][0] == .string("4.3"))
  #expect(table.columns[9][2] == .string("4.35"))
  #expect(table.columns[7][4] == .null)
  #expect(table.columns[6][4] == .string("virginica"))
}

@Test(arguments: [0, 1, 511, 513, 5000])
func radixSortAgreesWithStandardSort(count: Int) {
  var random = SeededRandom(seed: UInt64(count) + 7)
  let values = (0..<count).map { i in
    i % 7 == 0 ? -0.0 : random.nextGaussian(mean: 1, standardDeviation: 1e3) * (i % 3 == 0 ? 1e-300 : 1)
  }
  var keys = values.map(OrderedKey.of)
  RadixSort.sort(&keys)
  #expect(keys.map(OrderedKey.double) == values.map { $0 + 0.0 }.sorted())
  var ints = (0..<count).map { _ in Int64.random(in: -5...5, using: &random) }
  var intKeys = ints.map(OrderedKey.of)
  RadixSort.sort(&intKeys)
  ints.sort()
  #expect(intKeys.map(OrderedKey.int) == ints)
}

@Test func wideAndNarrowIntegerRangesGiveTheSameStatistics() {
  let offsets: [Int64] = [3, 3, 7, 10, 2, 7, 3]
  let narrow = Column(name: "narrow", type: .int, values: offsets.map { .int($0) } + [.null])
  let wide = Column(name: "wide", type: .int, values: offsets.map { .int($0 * (1 << 40)) } + [.null])
  let (a, b) = (Describe.summarize(narrow), Describe.summarize(wide))
  #expect(a.distinct == 4 && b.distinct == 4 && a.nulls == 1 && b.nulls == 1)
  #expect(a.median == .double(3) && b.median == .double(3 * 1_099_511_627_776))
  #expect(b.min == .int(2 << 40) && b.max == .int(10 << 40))
  #expect(Frequency.compute(wide).map(\.count) == Frequency.compute(narrow).map(\.count))
  #expect(Frequency.compute(wide).first?.value == .int(3 << 40))
}

@Test func extremeIntegersDoNotOverflow() {
  let column = Column(name: "x", type: .int, values: [.int(.min), .int(.max), .int(0)])
  let summary = Describe.summarize(column)
  #expect(summary.min == .int(.min) && summary.max == .int(.max) && summary.distinct == 3)
  #expect(summary.median == .double(0))
}
