import AssayCore
import Testing

@testable import AssayAnalysis

/// The typed frequency table is the same table the value-by-value path builds.
@Test(arguments: [
  Column(
    name: "i", type: .int, values: [3, 1, 3, nil, 2, 3, 1, nil].map { $0.map { .int(Int64($0)) } ?? .null }),
  Column(name: "d", type: .double, values: [.double(0.5), .double(.nan), .double(-1), .double(0.5), .null]),
  Column(name: "t", type: .date, values: [.date(3), .date(-2), .date(3)]),
  Column(name: "b", type: .bool, values: [.bool(true), .bool(false), .bool(true), .null]),
  Column(name: "s", type: .string, values: [.string("a"), .null, .string("b"), .string("a")]),
  Column(name: "e", type: .int, values: [.null, .null]),
  Column(name: "z", type: .int, values: []),
])
func typedFrequencyTableEqualsTheValueTable(column: Column) {
  #expect(Frequency.typedTable(column) == Frequency.table(Frequency.compute(column), columnName: column.name))
}

@Test func typedFrequencyTableOfManyDistinctIntegersCountsEachOnce() {
  let values = (0..<300_000).map { Int64(($0 * 7919) % 300_000) }
  let column = Column(name: "id", type: .int, chunks: [ColumnChunk(values: .int(values), validity: nil)])
  let table = Frequency.typedTable(column)
  #expect(table.rowCount == 300_000)
  #expect(table.columns[0][0] == .int(0))
  #expect(table.columns[0][299_999] == .int(299_999))
  #expect(table.columns[1][123] == .int(1))
  #expect(table.columns[3][299_999] == .double(100))
}
