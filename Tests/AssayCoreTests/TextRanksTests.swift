import Testing

@testable import AssayCore

/// Packed text sorts in code-point order by radix passes over its bytes, whatever the prefixes.
@Suite struct TextRanksTests {
  /// Texts with long shared prefixes, embedded NULs, multi-byte characters, empty text and repeats.
  static func texts(count: Int) -> [String] {
    let stems = [
      "", "a", "a\u{0}", "ab", "customer happy return ", "customer happy refund ", "é", "e\u{301}", "zz",
    ]
    var state: UInt64 = 12_345
    return (0..<count).map { _ in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let stem = stems[Int(state >> 33) % stems.count]
      let tail =
        String(repeating: "x", count: Int(state >> 40) % 3)
        + (Int(state >> 50) % 4 == 0 ? "" : "\(state >> 58)")
      return stem + tail
    }
  }

  @Test(arguments: [40, 5000])
  func ranksFollowCodePointOrder(count: Int) throws {
    let texts = Self.texts(count: count)
    let column = TableGatherTests.column("t", .string, texts.map(Value.string), chunkRows: 700)
    let ranks = try #require(TextRanks.ranks(column))
    // By bytes: canonically equivalent texts (é and e + combining acute) are distinct code points.
    let distinct = Set(texts.map { Array($0.utf8) }).sorted { $0.lexicographicallyPrecedes($1) }
    let expected = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, UInt64($0)) })
    #expect(ranks == texts.map { expected[Array($0.utf8)] ?? .max })
  }

  @Test func sortingPackedTextMatchesTheStandardLibraryWithNullsLast() {
    let texts = Self.texts(count: 3000)
    let values = texts.enumerated().map { $0 % 10 == 0 ? Value.null : .string($1) }
    let table = Table(name: "t", columns: [TableGatherTests.column("t", .string, values, chunkRows: 512)])
    let valid = values.indices.filter { !values[$0].isNull }
    let expected =
      valid.sorted { texts[$0].utf8.lexicographicallyPrecedes(texts[$1].utf8) }
      + values.indices.filter { values[$0].isNull }
    #expect(
      TableSort.order(table, by: [SortKey(column: 0)]) == expected, "stable: equal texts keep their order")
  }

  @Test func aStoppedMonitorEndsTheRankingAndTheSort() throws {
    let texts = Self.texts(count: 2000).map(Value.string)
    let column = TableGatherTests.column("t", .string, texts, chunkRows: 500)
    let monitor = WorkMonitor()
    monitor.stop()
    let ranks = try #require(TextRanks.ranks(column, monitor: monitor))
    #expect(ranks.count == 2000)
    #expect(ranks.allSatisfy { $0 == 0 }, "nothing was ranked")
    #expect(throws: CancellationError.self) {
      try TableSort.order(Table(name: "t", columns: [column]), by: [SortKey(column: 0)], monitor: monitor)
    }
  }
}
