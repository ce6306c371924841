import AssayAnalysis
import AssayCore
import AssayTestSupport
import Testing

@testable import AssayCharts

/// A small table with every column type, nulls, an all-null and a constant column.
private func people() -> Table {
  Table(
    name: "people",
    columns: [
      Column(
        name: "name", type: .string,
        values: ["Ada", "Grace", "Linus", "Ada", "Barbara", "Ken", "Ada"].map(Value.string)),
      Column(
        name: "age", type: .int, values: [.int(36), .int(85), .null, .int(54), .int(82), .int(80), .int(36)]),
      Column(
        name: "score", type: .double,
        values: [9.5, 7.25, 8, .nan, 6.125, 9.5, 10].map(Value.double)),
      Column(
        name: "joined", type: .date,
        values: [19000, 18500, 20000, 19000, 17000, 21000, 18000].map { Value.date($0) }),
      Column(
        name: "admin", type: .bool, values: [true, false, false, true, false, false, true].map(Value.bool)),
      Column(name: "nothing", type: .double, values: Array(repeating: .null, count: 7)),
      Column(name: "one", type: .int, values: Array(repeating: .int(1), count: 7)),
    ])
}

@Test func describeAsTextMatchesGoldenFile() {
  let grid = TableText.render(Describe.table(Describe.summarize(people()), name: "people"))
  expectRectangular(grid)
  assertGolden(grid.trimmedLines().joined(separator: "\n") + "\n", named: "describe-people.txt")
}

@Test func frequencyAsTextMatchesGoldenFile() throws {
  let column = try #require(people().column(named: "name"))
  let grid = TableText.render(Frequency.table(Frequency.compute(column), columnName: "name"))
  assertGolden(grid.trimmedLines().joined(separator: "\n") + "\n", named: "frequency-name.txt")
}

@Test func tableTextInBlocksPrintsTheSameLinesAsOneGrid() {
  let table = people()
  var lines: [String] = []
  var blockHeights: [Int] = []
  TableText.forEachBlock(table, rowsPerBlock: 3) { block in
    lines += block.plainLines()
    blockHeights.append(block.height)
  }
  #expect(blockHeights == [5, 3, 1])
  #expect(lines == TableText.render(table).plainLines())
}

@Test func plainTableTextIsTheGridsTrimmedLines() {
  let tricky = Table(
    name: "tricky",
    columns: [
      Column(
        name: "text", type: .string,
        values: ["a\u{1B}[2J", "中文", "e\u{301}", "tab\there", " "].map(Value.string)),
      Column(name: "n", type: .double, values: [1.5, .nan, -0.25, 1e20, 3].map(Value.double)),
      Column(name: "wide 名", type: .int, values: [.int(1), .null, .int(-3), .int(40), .int(5)]),
    ])
  for table in [people(), tricky] {
    var written = ""
    TableText.writePlain(table) { written += $0 }
    #expect(written == TableText.render(table).trimmedLines().map { $0 + "\n" }.joined())
  }
}
