import Testing

@testable import AssayCore

@Suite struct TableSortTests {
  /// Two chunks per column, so that sorting and gathering cross chunk edges.
  static let shop: Table = {
    let prices: [Value] = [.double(3), .null, .double(-1.5), .double(.nan), .double(3), .double(0)]
    let names: [Value] = ["pear", "Apple", "apple", nil, "banana", "pear"].map {
      $0.map(Value.string) ?? .null
    }
    let counts: [Value] = [2, 1, 2, 1, 2, 3].map { .int(Int64($0)) }
    func split(_ name: String, _ type: ColumnType, _ values: [Value]) -> Column {
      Column(
        name: name, type: type,
        chunks: [
          ColumnChunk.make(type: type, values: Array(values[0..<3])),
          ColumnChunk.make(type: type, values: Array(values[3...])),
        ])
    }
    return Table(
      name: "shop",
      columns: [split("price", .double, prices), split("name", .string, names), split("count", .int, counts)])
  }()

  @Test func doublesSortNumericallyWithNullsAndNaNLastEitherWay() {
    #expect(TableSort.order(Self.shop, by: [SortKey(column: 0)]) == [2, 5, 0, 4, 1, 3])
    #expect(TableSort.order(Self.shop, by: [SortKey(column: 0, descending: true)]) == [0, 4, 5, 2, 1, 3])
  }

  @Test func textSortsByCodePointsWithNullsLast() {
    #expect(TableSort.order(Self.shop, by: [SortKey(column: 1)]) == [1, 2, 4, 0, 5, 3])
  }

  @Test func laterKeysBreakTiesAndEqualRowsKeepTheirOrder() {
    let order = TableSort.order(Self.shop, by: [SortKey(column: 2, descending: true), SortKey(column: 1)])
    #expect(order == [5, 2, 4, 0, 1, 3])
    #expect(TableSort.order(Self.shop, by: [SortKey(column: 2)]) == [1, 3, 0, 2, 4, 5])
  }

  @Test func sortedTableHoldsTheRowsInOrderWithTheirNulls() {
    let sorted = TableSort.sorted(Self.shop, by: [SortKey(column: 0)])
    #expect(sorted.columns[1].chunks.count == 1)
    let names: [Value] = [
      .string("apple"), .string("pear"), .string("pear"), .string("banana"), .string("Apple"), .null,
    ]
    #expect((0..<6).map { sorted.columns[1][$0] } == names)
    #expect(sorted.columns[0][4] == .null)
    #expect(sorted.columns[2][0] == .int(2))
  }

  @Test func dictionaryCodedTextFromSeveralChunksSortsAndGathers() {
    let column = Column(
      name: "k", type: .string,
      chunks: [
        ColumnChunk(values: .string(.dictionary(codes: [0, 1, 0], dictionary: ["b", "a"])), validity: nil),
        ColumnChunk(values: .string(.dictionary(codes: [0, 1], dictionary: ["c", "a"])), validity: nil),
      ])
    let table = Table(name: "t", columns: [column])
    let sorted = TableSort.sorted(table, by: [SortKey(column: 0, descending: true)])
    #expect((0..<5).map { sorted.columns[0][$0] } == ["c", "b", "b", "a", "a"].map(Value.string))
    guard case .string(.dictionary) = sorted.columns[0].chunks[0].values else {
      Issue.record("dictionary-coded text stays dictionary-coded")
      return
    }
  }

  @Test func datesAndBooleansSortByValue() {
    let table = Table(
      name: "t",
      columns: [
        Column(name: "d", type: .date, values: [.date(5), .date(-3), .null, .date(0)]),
        Column(name: "b", type: .bool, values: [.bool(true), .bool(false), .bool(true), .null]),
      ])
    #expect(TableSort.order(table, by: [SortKey(column: 0)]) == [1, 3, 0, 2])
    #expect(TableSort.order(table, by: [SortKey(column: 1)]) == [1, 0, 2, 3])
  }

  @Test func largeIntegerColumnSortsLikeTheStandardLibrary() {
    var random = SystemRandomNumberGenerator()
    let values = (0..<5000).map { _ in
      Int64.random(in: -1_000_000_000_000...1_000_000_000_000, using: &random)
    }
    let table = Table(name: "t", columns: [Column(name: "x", type: .int, values: values.map(Value.int))])
    let order = TableSort.order(table, by: [SortKey(column: 0)])
    #expect(order.map { values[$0] } == values.sorted())
  }
}
