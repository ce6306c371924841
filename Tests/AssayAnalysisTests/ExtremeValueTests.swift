import AssayCore
import Testing

@testable import AssayAnalysis

/// A double column named x.
private func column(_ values: [Double]) -> Column {
  Column(name: "x", type: .double, values: values.map(Value.double))
}

/// Two values further apart than the largest double.
private let huge: [Double] = [-1e308, 1e308]

@Test func histogramOfValuesWiderThanADoubleCountsEveryValue() throws {
  let four = try Histogram.compute(column(huge), rule: .count(4))
  #expect(four.edges == [-1e308, -5e307, 0, 5e307, 1e308])
  #expect(four.counts == [1, 0, 0, 1])
  let automatic = try Histogram.compute(column(huge))
  #expect(automatic.rule == .sturges && automatic.counts == [1, 1] && automatic.edges == [-1e308, 0, 1e308])
  let largest = Double.greatestFiniteMagnitude
  let extremes = try Histogram.compute(column([-largest, 0, largest]), rule: .count(3))
  #expect(extremes.counts == [1, 1, 1] && extremes.edges.allSatisfy(\.isFinite))
}

@Test func histogramRefusesBinsBeyondTheLargestDouble() {
  #expect(
    throws: AssayError(
      message: "width 1 makes too many bins for column 'x'; at most 100,000 are possible",
      hint: "choose a wider bin width or a bin count")
  ) { try Histogram.compute(column(huge), rule: .width(1)) }
  #expect(
    throws: AssayError(
      message:
        "column 'x': bins of width 1e+308 reach past the largest number a double holds "
        + "(values from 0 to 1.7e+308)",
      hint: "choose a narrower bin width or a bin count")
  ) { try Histogram.compute(column([0, 1.7e308]), rule: .width(1e308)) }
}

@Test func histogramOfSubnormalValuesKeepsThemApart() throws {
  let tiny = Double.leastNonzeroMagnitude
  let histogram = try Histogram.compute(column([0, tiny * 2000, tiny * 4000]), rule: .count(2))
  #expect(histogram.edges == [0, tiny * 2000, tiny * 4000] && histogram.counts == [1, 2])
}

@Test func heatmapBinsCountEveryPairOfValuesWiderThanADouble() throws {
  let x = NumericValues(column([-1e308, 1e308, 0])), y = NumericValues(column([1e308, -1e308, 0]))
  let bins = PairBins(pairs: NumericPairs(x: x, y: y))
  let range = -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude
  let grid = try bins.bins(xRange: range, yRange: range, xBins: 4, yBins: 4)
  #expect(grid.total == 3)
  #expect(grid.count(xBin: 0, yBin: 3) == 1 && grid.count(xBin: 3, yBin: 0) == 1)
}

@Test func quantilesBesideAnInfinityAreNumpys() {
  #expect(LinearQuantile.interpolate(3, .infinity, gamma: 0) == 3)
  #expect(LinearQuantile.interpolate(1, .infinity, gamma: 0.5) == .infinity)
  #expect(LinearQuantile.interpolate(-.infinity, 1, gamma: 0.75) == -.infinity)
  #expect(LinearQuantile.interpolate(-.infinity, .infinity, gamma: 0.5).isNaN)
  #expect(LinearQuantile.interpolate(-1e308, 1e308, gamma: 0.25) == -5e307)
  #expect(LinearQuantile.interpolate(-1e308, 1e308, gamma: 0.75) == 5e307)
}

@Test func describeGivesNumpysMeanAndMedianWithInfinities() {
  let odd = Describe.summarize(column([1, 3, .infinity]))
  #expect(odd.mean == .infinity && odd.median == .double(3))
  let even = Describe.summarize(column([1, .infinity]))
  #expect(even.mean == .infinity && even.median == .double(.infinity))
  let single = Describe.summarize(column([.infinity]))
  #expect(single.mean == .infinity && single.median == .double(.infinity))
  let both = Describe.summarize(column([-.infinity, 1, .infinity]))
  #expect(both.mean?.isNaN == true && both.median == .double(1))
}

@Test func describeOfValuesWhoseSquaresOverflowScalesThem() {
  let wide = Describe.summarize(column(huge))
  #expect(wide.mean == 0 && wide.std == 1.4142135623730951e308 && wide.median == .double(0))
  let summed = Describe.summarize(column([1e308, 1e308, 1e308, -1e308]))
  #expect(summed.mean == 5e307 && summed.std == 1e308)
  let tiny = Double.leastNonzeroMagnitude * 2000
  let subnormal = Describe.summarize(column([0, tiny, 2 * tiny]))
  #expect(subnormal.mean == tiny && subnormal.std == tiny)
}

@Test func boxOfValuesWiderThanADoubleHasNoOutliers() throws {
  let box = try #require(BoxSummary(name: "x", sorted: huge))
  #expect(box.q1 == -5e307 && box.median == 0 && box.q3 == 5e307)
  #expect(box.outliers.isEmpty && box.lowerWhisker == -1e308 && box.upperWhisker == 1e308)
}

@Test func describeTableWritesNumbersExactlyWhenAsked() {
  let values: [Value] = [
    .double(0.1234567890123456), .double(0.1234567890123457), .double(0.1234567890123458),
  ]
  let numbers = Column(name: "x", type: .double, values: values)
  let integers = Column(
    name: "n", type: .int, values: [.int(123_456_789_012_345_678), .int(123_456_789_012_345_679), .int(1)])
  let summaries = Describe.summarize(Table(name: "t", columns: [numbers, integers]))
  func texts(_ table: Table, _ name: String) -> [String] {
    let column = table.columns.first { $0.name == name }
    return (0..<table.rowCount).map { column?[$0].description ?? "" }
  }
  let exact = Describe.table(summaries, name: "d", exactNumbers: true)
  #expect(texts(exact, "min") == ["0.1234567890123456", "1"])
  #expect(texts(exact, "max") == ["0.1234567890123458", "123456789012345679"])
  #expect(texts(exact, "median") == ["0.1234567890123457", "1.2345678901234568e+17"])
  let rounded = Describe.table(summaries, name: "d")
  #expect(texts(rounded, "min") == ["0.123456789012", "1"])
  #expect(texts(rounded, "median") == ["0.123456789012", "1.23456789012e+17"])
}
