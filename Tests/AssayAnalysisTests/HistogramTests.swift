import AssayCore
import Testing

@testable import AssayAnalysis

/// Sixty values with ties on bin edges; the expected counts come from numpy 2.4:
/// x = np.round(np.random.default_rng(3).normal(10, 3, 60), 1); x[:5] = [1, 1, 19, 4, 10]
private let sample: [Double] = [
  1.0, 1.0, 19.0, 4.0, 10.0, 9.4, 3.9, 9.3, 7.4, 20.0, 10.7, 8.9, 9.2, 8.0, 6.8, 8.8, 11.4, 9.3, 12.9, 9.4,
  10.1,
  14.6, 11.6, 8.5, 9.5, 11.6, 15.8, 9.2, 9.3, 13.0, 7.3, 9.1, 12.6, 11.7, 10.3, 12.0, 1.5, 13.1, 7.1, 5.0,
  10.8,
  12.1, 8.7, 6.8, 10.1, 9.8, 14.2, 12.2, 10.6, 13.3, 9.4, 7.2, 11.8, 11.7, 9.4, 7.7, 10.7, 2.5, 12.1, 11.5,
]

private func column(_ values: [Double], nulls: Int = 0) -> Column {
  Column(name: "x", type: .double, values: values.map(Value.double) + Array(repeating: .null, count: nulls))
}

// python3 -c "import numpy as np; print(np.histogram(x, bins='fd'))"
@Test func freedmanDiaconisMatchesNumpy() throws {
  let histogram = try Histogram.compute(column(sample, nulls: 3))
  #expect(histogram.counts == [4, 2, 1, 5, 7, 16, 12, 8, 2, 1, 0, 2])
  #expect(histogram.edges.count == 13)
  #expect(histogram.edges[1] == 2.583333333333333 && histogram.edges[7] == 12.083333333333332)
  #expect(histogram.edges.last == 20)
  #expect(histogram.rule == .freedmanDiaconis && histogram.nullsSkipped == 3 && histogram.total == 60)
}

// np.histogram(x, bins='sturges'), np.histogram(x, bins=5)
@Test func sturgesAndCountMatchNumpy() throws {
  let sturges = try Histogram.compute(column(sample), rule: .sturges)
  #expect(sturges.counts == [4, 3, 13, 26, 10, 2, 2])
  #expect(sturges.edges[1] == 3.7142857142857144 && sturges.edges[5] == 14.571428571428573)
  let five = try Histogram.compute(column(sample), rule: .count(5))
  #expect(five.counts == [6, 10, 34, 8, 2])
  #expect(five.edges == [1.0, 4.8, 8.6, 12.399999999999999, 16.2, 20.0])
}

// np.histogram(x, bins=np.arange(1.0, 20.5, 1.0)), np.histogram(x, bins=np.arange(0.0, 20.5, 2.5))
@Test func widthRuleAlignsEdgesToMultiplesOfTheWidth() throws {
  let ones = try Histogram.compute(column(sample), rule: .width(1))
  #expect(ones.edges.first == 1 && ones.edges.last == 20)
  #expect(ones.counts == [3, 1, 1, 1, 1, 2, 5, 5, 12, 8, 7, 6, 3, 2, 1, 0, 0, 0, 2])
  let wide = try Histogram.compute(column(sample), rule: .width(2.5))
  #expect(wide.edges == [0, 2.5, 5, 7.5, 10, 12.5, 15, 17.5, 20])
  #expect(wide.counts == [3, 3, 7, 18, 19, 7, 1, 2])
}

// y = [1, 2, 2, 2, 2, 2, 2, 2, 2, 9]: numpy's 'fd' gives one bin (IQR 0); we fall back to Sturges:
// np.histogram(y, bins='sturges') → [9, 0, 0, 0, 1]
@Test func zeroInterquartileRangeFallsBackToSturges() throws {
  let histogram = try Histogram.compute(column([1, 2, 2, 2, 2, 2, 2, 2, 2, 9]))
  #expect(histogram.rule == .sturges)
  #expect(histogram.counts == [9, 0, 0, 0, 1])
  #expect(histogram.edges == [1.0, 2.6, 4.2, 5.800000000000001, 7.4, 9.0])
}

@Test func constantColumnGivesOneBin() throws {
  let histogram = try Histogram.compute(Column(name: "c", type: .int, values: [.int(7), .null, .int(7)]))
  #expect(histogram.edges == [6.5, 7.5] && histogram.counts == [2] && histogram.nullsSkipped == 1)
}

@Test func unusableColumnsAndRulesGiveClearErrors() {
  #expect(throws: AssayError.self) {
    try Histogram.compute(Column(name: "s", type: .string, values: [.string("a")]))
  }
  do {
    _ = try Histogram.compute(Column(name: "gone", type: .double, values: [.null, .null]))
    Issue.record("an all-null column must not give a histogram")
  } catch let error as AssayError {
    #expect(error.message == "column 'gone' has no values to bin: all 2 rows are null")
  } catch {
    Issue.record("unexpected error \(error)")
  }
  #expect(
    throws: AssayError(
      message: "column 'id' has no values to bin: the table has no rows",
      hint: "open a table with rows, or filter fewer of them away")
  ) { try Histogram.compute(Column(name: "id", type: .int, values: [])) }
  #expect(throws: AssayError.self) { try Histogram.compute(column([1, .infinity])) }
  #expect(throws: AssayError.self) { try Histogram.compute(column(sample), rule: .count(0)) }
  #expect(throws: AssayError.self) { try Histogram.compute(column(sample), rule: .width(1e-9)) }
  #expect(
    throws: AssayError(
      message: "width 1e-300 makes 1.9e+301 bins for column 'x'; at most 100,000 are possible",
      hint: "choose a wider bin width or a bin count")
  ) { try Histogram.compute(column(sample), rule: .width(1e-300)) }
  #expect(
    throws: AssayError(
      message: "cannot make -3 bins; a histogram has 1 to 100,000 bins",
      hint: "choose a bin count in that range")
  ) {
    try Histogram.compute(column(sample), rule: .count(-3))
  }
  #expect(throws: AssayError.self) { try Histogram.compute(column(sample), rule: .width(-1)) }
}

@Test func farOutliersMakeFreedmanDiaconisFallBackToSturges() throws {
  let values = (0..<1000).map { Double($0) / 1000 } + [1e6]
  let histogram = try Histogram.compute(column(values))
  #expect(histogram.rule == .sturges && histogram.counts.count == 11)
  #expect(histogram.counts.first == 1000 && histogram.counts.last == 1)
}
