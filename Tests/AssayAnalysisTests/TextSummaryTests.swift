import AssayCore
import Testing

@testable import AssayAnalysis

/// A string column split into a packed chunk and a dictionary chunk, with nulls in both.
private func mixedColumn(_ texts: [String?], dictionaryFrom split: Int) -> Column {
  let packed = Column(name: "t", type: .string, values: texts[..<split].map { $0.map(Value.string) ?? .null })
  let tail = Array(texts[split...])
  let dictionary = Array(Set(tail.compactMap { $0 })).sorted()
  let codes = tail.map { text in UInt32(text.flatMap { dictionary.firstIndex(of: $0) } ?? 0) }
  var validity = ValidityBitmap(count: tail.count, allValid: true)
  for (row, text) in tail.enumerated() where text == nil { validity.set(row, valid: false) }
  let coded = ColumnChunk(
    values: .string(.dictionary(codes: codes, dictionary: dictionary)), validity: validity)
  return Column(name: "t", type: .string, chunks: packed.chunks + [coded])
}

@Test func textSummaryCountsDistinctTextsAcrossPackedAndDictionaryChunks() throws {
  let words = ["pear", "apple", "fig", "", "apple pie", "Zebra", "é", "fig"]
  let texts: [String?] = (0..<2000).map { $0 % 7 == 3 ? nil : words[$0 * 31 % words.count] + "\($0 % 50)" }
  let column = mixedColumn(texts, dictionaryFrom: 1300)
  let summary = try #require(try TextSummary(column))
  let present = texts.compactMap { $0 }
  #expect(summary.distinctCount == Set(present).count)
  #expect(summary.min == present.min { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
  #expect(summary.max == present.max { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
}

@Test func textsSharingAHashAreStillCountedApart() throws {
  // Every text gets the same hash, as if all of them collided: the count must come from the bytes.
  let texts = ["a", "b", "a", "c", "b", "a", "d\u{0}", "d"]
  let chunk = try #require(
    ChunkTexts(Column(name: "t", type: .string, values: texts.map(Value.string)).chunks[0]))
  let colliding = HashedChunk(
    hashes: [UInt64](repeating: 42, count: texts.count), extremes: (0, 3), halfCounts: (texts.count, 0))
  #expect(DistinctHalf(topBit: 0, texts: [chunk], hashed: [colliding]).distinctCount == 5)
  #expect(DistinctHalf(topBit: 1, texts: [chunk], hashed: [colliding]).distinctCount == 0)
}

@Test func textOrderPrefixesAgreeWithByteOrder() {
  let samples = ["", "a", "ab", "ab\u{0}", "abcdefgh", "abcdefgh\u{0}", "abcdefgi", "b", "é", "\u{7F}"]
  for a in samples {
    for b in samples {
      let (x, y) = (Array(a.utf8), Array(b.utf8))
      let prefixOrder = x.withUnsafeBufferPointer { p in
        y.withUnsafeBufferPointer { q in
          (TextOrder.prefix(p), TextOrder.prefix(q), TextOrder.compare(p, q))
        }
      }
      if prefixOrder.0 < prefixOrder.1 { #expect(prefixOrder.2 < 0, "\(a) \(b)") }
      #expect((prefixOrder.2 < 0) == x.lexicographicallyPrecedes(y), "\(a) \(b)")
    }
  }
}

@Test func describeStopsWhenItsMonitorIsStopped() throws {
  let table = Table(
    name: "t",
    columns: (0..<6).map { c in
      Column(name: "c\(c)", type: .double, values: (0..<5000).map { .double(Double($0 * c)) })
    })
  let stopAtOnce = WorkMonitor { $0.stop() }
  #expect(throws: CancellationError.self) { try Describe.summarize(table, monitor: stopAtOnce) }
  #expect(stopAtOnce.rowsDone < 6 * 5000)
  let watched = WorkMonitor()
  #expect(try Describe.summarize(table, monitor: watched) == Describe.summarize(table))
  #expect(watched.fractionDone == 1)
}

@Test func frequencyStopsWhenItsMonitorIsStopped() {
  let chunks = (0..<8).map { chunk in
    Column(name: "s", type: .string, values: (0..<100).map { .string("v\(chunk * 100 + $0)") }).chunks[0]
  }
  let column = Column(name: "s", type: .string, chunks: chunks)
  let monitor = WorkMonitor { $0.stop() }
  #expect(throws: CancellationError.self) { try Frequency.compute(column, monitor: monitor) }
  #expect(monitor.rowsDone < column.count, "stopped after hashing, before grouping")
}

/// The summary a plain sort gives: distinct count, extremes and the numpy-style median.
private func bruteForce(_ values: [Double]) -> (distinct: Int, min: Double, max: Double, median: Double) {
  let sorted = values.filter { !$0.isNaN }.sorted()
  let middle = Double(sorted.count - 1) / 2
  let median = (sorted[Int(middle.rounded(.down))] + sorted[Int(middle.rounded(.up))]) / 2
  return (Set(sorted.map { $0 + 0.0 }).count, sorted[0], sorted[sorted.count - 1], median)
}

/// Decimal columns: tallied when every value has at most six places, sorted otherwise.
private let decimalSamples: [[Double]] = {
  let spread: [Double] = (0..<3000).map { Double(($0 * 7919) % 2000 - 1000) / 1000 }
  let tenths: [Double] = (0..<3000).map { Double($0 % 37) * 0.1 }  // 0.1 * k is not always k / 10
  // Spanning far more integers than there are values: sorted rather than tallied.
  let wide: [Double] = (0..<3000).map { Double(($0 * 7_919_993) % 4_000_000 - 2_000_000) / 1000 }
  return [
    [12.345, -0.001, 7.0, 12.345, -0.0, 0.0, .nan, 99.999, 3.5], spread, spread + [0.1234567], tenths,
    wide + wide.prefix(500) + [.nan],
  ]
}()

@Test(arguments: decimalSamples)
func decimalColumnsSummarizeAsTheirSortedValuesDo(values: [Double]) throws {
  let column = Column(name: "d", type: .double, values: values.map(Value.double) + [.null])
  let summary = Describe.summarize(column)
  let expected = bruteForce(values)
  #expect(summary.distinct == expected.distinct)
  #expect(summary.min == .double(expected.min) && summary.max == .double(expected.max))
  #expect(summary.median == .double(expected.median))
  #expect(summary.nulls == 1 + values.filter(\.isNaN).count)
  let frequency = Frequency.compute(column)
  #expect(frequency.filter { !$0.value.isNull }.count == expected.distinct)
  #expect(frequency.reduce(0) { $0 + $1.count } == values.count + 1)
}

@Test func textFrequencyOrdersTiesByFirstAppearanceAcrossChunkKinds() {
  let words = ["pear", "apple", "fig", "", "apple pie", "Zebra", "é", "kiwi"]
  let texts: [String?] = (0..<3000).map {
    $0 % 11 == 5 ? nil : words[($0 * $0 + 3 * $0) % words.count] + "\($0 % 40)"
  }
  let column = mixedColumn(texts, dictionaryFrom: 1700)
  var counts: [String: Int] = [:], firstRow: [String: Int] = [:]
  for (row, text) in texts.enumerated() {
    guard let text else { continue }
    counts[text, default: 0] += 1
    if firstRow[text] == nil { firstRow[text] = row }
  }
  let expected = counts.keys.sorted {
    counts[$0]! != counts[$1]! ? counts[$0]! > counts[$1]! : firstRow[$0]! < firstRow[$1]!
  }
  let rows = Frequency.compute(column)
  #expect(rows.map(\.value) == expected.map(Value.string) + [.null])
  #expect(rows.map(\.count) == expected.map { counts[$0]! } + [texts.filter { $0 == nil }.count])
  let typed = Frequency.typedTable(column)
  #expect(typed == Frequency.table(rows, columnName: "t"))
}
