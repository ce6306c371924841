import Testing

@testable import AssayCore

/// Gathering rows reads every kind of chunk in place and keeps values, nulls and order.
@Suite struct TableGatherTests {
  /// `values` split into chunks of `size` rows.
  static func column(_ name: String, _ type: ColumnType, _ values: [Value], chunkRows size: Int) -> Column {
    let chunks = stride(from: 0, to: values.count, by: size).map {
      ColumnChunk.make(type: type, values: Array(values[$0..<min(values.count, $0 + size)]))
    }
    return Column(name: name, type: type, chunks: chunks)
  }

  /// Every cell of the table, row by row.
  static func cells(_ table: Table) -> [[Value]] {
    (0..<table.rowCount).map { row in table.columns.map { $0[row] } }
  }

  @Test func columnsSplitDifferentlyGatherTheSameRows() {
    let count = 1000
    let ints = (0..<count).map { $0 % 7 == 0 ? Value.null : .int(Int64($0)) }
    let doubles = (0..<count).map { Value.double(Double($0) / 4) }
    let texts = (0..<count).map { $0 % 5 == 0 ? Value.null : .string("t\($0)é") }
    let days = (0..<count).map { Value.date(Int32($0 - 500)) }
    let flags = (0..<count).map { Value.bool($0 % 3 == 0) }
    let table = Table(
      name: "t",
      columns: [
        Self.column("i", .int, ints, chunkRows: 64), Self.column("d", .double, doubles, chunkRows: 333),
        Self.column("s", .string, texts, chunkRows: 100), Self.column("t", .date, days, chunkRows: 1000),
        Self.column("b", .bool, flags, chunkRows: 7),
      ])
    let rows = (0..<count).map { ($0 * 389) % count }
    let gathered = table.gathering(rows: rows, name: "g")
    #expect(gathered.name == "g")
    #expect(Self.cells(gathered) == rows.map { row in table.columns.map { $0[row] } })
  }

  @Test(arguments: [GatherSource.chunkLimit, GatherSource.chunkLimit + 10])
  func columnsOfVeryManyChunksGatherInOrder(chunks: Int) {
    let texts = (0..<chunks).map { Value.string("v\($0)") }
    let numbers = (0..<chunks).map { Value.double(Double($0)) }
    let table = Table(
      name: "t",
      columns: [
        Self.column("s", .string, texts, chunkRows: 1), Self.column("x", .double, numbers, chunkRows: 1),
      ])
    let rows = Array((0..<chunks).reversed())
    #expect(Self.cells(table.gathering(rows: rows)) == rows.map { [texts[$0], numbers[$0]] })
  }

  @Test func noRowsGatherAnEmptyTableWithTheSameColumns() {
    let table = Table(name: "t", columns: [Self.column("i", .int, [.int(1), .int(2)], chunkRows: 1)])
    let empty = table.gathering(rows: [])
    #expect(empty.rowCount == 0)
    #expect(empty.columnNames == ["i"])
    #expect(empty.columns[0].type == .int)
  }
}
