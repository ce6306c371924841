import Testing

@testable import AssayCore

/// A sort's view reads the rows through its order and gathers exactly what a copy would hold.
@Suite struct OrderedRowsTests {
  /// Every column kind, nulls in each, text both packed and dictionary-coded, chunks of
  /// different sizes; `count` rows.
  static func mixed(count: Int) -> Table {
    let codes = (0..<count).map { UInt32($0 % 3) }
    let labels = stride(from: 0, to: count, by: 50).map { start in
      let end = min(count, start + 50)
      return ColumnChunk(
        values: .string(
          .dictionary(codes: Array(codes[start..<end]), dictionary: ["b", "a", "c\(start % 2)"])),
        validity: nil)
    }
    return Table(
      name: "mixed",
      columns: [
        TableGatherTests.column(
          "x", .double, (0..<count).map { $0 % 11 == 0 ? .null : .double(Double(($0 * 37) % 101) / 8) },
          chunkRows: 64),
        TableGatherTests.column(
          "note", .string, (0..<count).map { $0 % 9 == 0 ? .null : .string("n\(($0 * 13) % 17)é") },
          chunkRows: 100),
        Column(name: "label", type: .string, chunks: labels),
        TableGatherTests.column(
          "n", .int, (0..<count).map { $0 % 7 == 0 ? .null : .int(Int64(($0 * 5) % 23)) }, chunkRows: 333),
        TableGatherTests.column(
          "day", .date, (0..<count).map { .date(Int32($0 % 40 - 20)) }, chunkRows: 1000),
        TableGatherTests.column(
          "ok", .bool, (0..<count).map { $0 % 5 == 0 ? .null : .bool($0 % 2 == 0) }, chunkRows: 7),
      ])
  }

  @Test func theWholeTableEqualsTheGatheredCopy() throws {
    let table = Self.mixed(count: 1000)
    for keys in [[SortKey(column: 0)], [SortKey(column: 1, descending: true), SortKey(column: 3)]] {
      let order = TableSort.order(table, by: keys)
      let copy = table.gathering(rows: order)
      let view = OrderedRows(base: table, order: order)
      #expect(TableGatherTests.cells(view.table()) == TableGatherTests.cells(copy))
      #expect(TableGatherTests.cells(try view.table(monitor: WorkMonitor())) == TableGatherTests.cells(copy))
      #expect(view.table().columnNames == table.columnNames)
      for column in table.columns.indices {
        #expect(
          (0..<1000).map { view.value(row: $0, column: column) }
            == (0..<1000).map { copy.columns[column][$0] })
      }
    }
  }

  @Test func aColumnAskedForAloneIsTheSameAsInTheWholeTable() {
    let table = Self.mixed(count: 300)
    let order = TableSort.order(table, by: [SortKey(column: 2), SortKey(column: 0, descending: true)])
    let view = OrderedRows(base: table, order: order)
    let label = view.column(2)
    #expect(label.name == "label")
    #expect(view.table().columns[2] == label, "the whole table reuses the column gathered first")
    #expect((0..<300).map { label[$0] } == (0..<300).map { table.columns[2][order[$0]] })
  }

  @Test func keepingSomeColumnsKeepsTheOrderAndWhatWasGathered() {
    let table = Self.mixed(count: 200)
    let order = Array((0..<200).reversed())
    let view = OrderedRows(base: table, order: order)
    let note = view.column(1)
    let narrowed = view.selectingColumns([1, 0])
    #expect(narrowed.table().columnNames == ["note", "x"])
    #expect(narrowed.column(0) == note)
    #expect((0..<200).map { narrowed.value(row: $0, column: 1) } == order.map { table.columns[0][$0] })
    #expect(
      narrowed
        == OrderedRows(
          base: Table(name: "mixed", columns: [table.columns[1], table.columns[0]]), order: order))
  }

  @Test func aStoppedMonitorGathersNothing() {
    let view = OrderedRows(base: Self.mixed(count: 100), order: Array(0..<100))
    let monitor = WorkMonitor()
    monitor.stop()
    #expect(throws: CancellationError.self) { _ = try view.table(monitor: monitor) }
    #expect(view.table().rowCount == 100)
  }

  @Test(arguments: [false, true])
  func sortingFromAnOrderKeepsItsOrderForTies(descending: Bool) {
    let table = Self.mixed(count: 500)
    let first = TableSort.order(table, by: [SortKey(column: 3)])
    let sortedCopy = table.gathering(rows: first)
    let then = TableSort.order(sortedCopy, by: [SortKey(column: 5, descending: descending)])
    let fromView = try? TableSort.order(
      table, by: [SortKey(column: 5, descending: descending)], from: first, monitor: WorkMonitor())
    #expect(fromView == then.map { first[$0] }, "the same rows as sorting the sorted copy")
    let nulls = (fromView ?? []).suffix(100).map { table.columns[5][$0] }
    #expect(nulls.allSatisfy { $0.isNull }, "nulls last either way")
  }
}
