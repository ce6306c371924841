import AssayCore
import Testing

@testable import AssayAnalysis

private func doubles(_ name: String, _ values: [Double?]) -> Column {
  Column(name: name, type: .double, values: values.map { $0.map(Value.double) ?? .null })
}

private func strings(_ name: String, _ values: [String?]) -> Column {
  Column(name: name, type: .string, values: values.map { $0.map(Value.string) ?? .null })
}

/// Generated data with chosen counts per bin of [0, 10] in ten bins: every bin gets its count of
/// values spread inside it, plus values exactly on inner edges (which belong to the bin on the
/// right, as in numpy.histogram) and the maximum (which belongs to the last bin).
@Test func histogramCountsGeneratedDataExactly() throws {
  let wanted = [3, 0, 7, 1, 12, 5, 0, 9, 2, 4]
  var random = SeededRandom(seed: 42)
  var values: [Double] = [0, 10]
  for (bin, count) in wanted.enumerated() {
    for _ in 0..<count { values.append(Double(bin) + Double.random(in: 0.001..<0.999, using: &random)) }
  }
  values += [3, 3, 7]
  let histogram = try Histogram.compute(doubles("x", values + [nil, nil]), rule: .count(10))
  var expected = wanted
  expected[0] += 1
  expected[9] += 1
  expected[3] += 2
  expected[7] += 1
  #expect(histogram.edges == Histogram.linspace(0, 10, count: 11))
  #expect(histogram.counts == expected)
  #expect(histogram.nullsSkipped == 2)
}

// python3 -c "import numpy as np; print(np.percentile([2.5,1,9,4,4.5,3.25,7], [25,50,75]))"
@Test func boxQuartilesMatchNumpyPercentile() throws {
  let box = try #require(BoxSummary(name: "a", sorted: [2.5, 1, 9, 4, 4.5, 3.25, 7].sorted()))
  #expect(box.q1 == 2.875 && box.median == 4 && box.q3 == 5.75)
  let other = try #require(BoxSummary(name: "b", sorted: [7, 15, 36, 39, 40, 41]))
  #expect(other.q1 == 20.25 && other.median == 37.5 && other.q3 == 39.75)
  #expect(other.lowerWhisker == 7 && other.upperWhisker == 41 && other.outliers.isEmpty)
}

@Test func whiskersStopAtOneAndAHalfIQRAndOutliersLieBeyond() throws {
  let box = try #require(BoxSummary(name: "a", sorted: [-20, 1, 2, 3, 4, 100]))
  // q1 = 1.25, q3 = 3.75, IQR = 2.5: fences at -2.5 and 7.5.
  #expect(box.q1 == 1.25 && box.q3 == 3.75)
  #expect(box.lowerWhisker == 1 && box.upperWhisker == 4)
  #expect(box.outliers == [-20, 100])
  #expect(BoxSummary(name: "none", sorted: []) == nil)
}

@Test func boxesPerCategorySkipMissingRows() {
  let values = NumericValues(doubles("v", [1, 2, nil, 4, 5, 6, .nan]))
  let groups = CategoryCodes(strings("g", ["b", "a", "a", nil, "b", "a", "a"]))
  let (boxes, skipped) = BoxSummary.compute(values: values, groups: groups)
  #expect(boxes.map(\.name) == ["a", "b"])
  #expect(boxes.map(\.count) == [2, 2])
  #expect(boxes[0].median == 4 && boxes[1].median == 3)
  #expect(skipped == SkippedRows(nulls: 3, nonNumeric: 0))
}

@Test func heatmapCountsSumToTheNonNullPairs() {
  var random = SeededRandom(seed: 7)
  var xs = [Double?](), ys = [Double?]()
  for i in 0..<5_000 {
    xs.append(i % 97 == 0 ? nil : random.nextGaussian())
    ys.append(i % 89 == 0 ? nil : random.nextGaussian(mean: 3, standardDeviation: 2))
  }
  let pairs = NumericPairs(x: NumericValues(doubles("x", xs)), y: NumericValues(doubles("y", ys)))
  let nonNull = zip(xs, ys).filter { $0 != nil && $1 != nil }.count
  #expect(pairs.count == nonNull && pairs.skipped.nulls == 5_000 - nonNull)
  let xRange = NumericValues.range(of: pairs.xs) ?? 0...1, yRange = NumericValues.range(of: pairs.ys) ?? 0...1
  let bins = Histogram2D(pairs: pairs, xRange: xRange, yRange: yRange, xBins: 37, yBins: 11)
  #expect(bins.xBins == 37 && bins.yBins == 11)
  #expect(bins.total == nonNull)
  let constant = NumericPairs(
    x: NumericValues(doubles("x", [2, 2, 2])), y: NumericValues(doubles("y", [1, 1, 1])))
  #expect(Histogram2D(pairs: constant, xRange: 2...2, yRange: 1...1, xBins: 4, yBins: 4).total == 3)
}

@Test func textThatIsNotANumberIsCountedApartFromNulls() {
  let values = NumericValues(strings("s", ["1.5", " 2 ", "n/a", nil, "abc", "-3e2"]))
  #expect(values.nulls == 1 && values.nonNumeric == 2)
  #expect(values.range == -300...2)
  #expect(values.skipped.text == "1 null skipped · 2 non-numeric skipped")
  let pairs = NumericPairs(x: values, y: NumericValues(doubles("y", [1, nil, 3, 4, 5, 6])))
  #expect(pairs.xs == [1.5, -300] && pairs.skipped == SkippedRows(nulls: 2, nonNumeric: 2))
  #expect(SkippedRows().text.isEmpty)
}

@Test func categoriesAreCodedInValueOrder() {
  let numbers = CategoryCodes(Column(name: "n", type: .int, values: [.int(10), .int(9), .null, .int(10)]))
  #expect(numbers.names == ["9", "10"] && numbers.codes == [1, 0, -1, 1] && numbers.nulls == 1)
  let dictionary = ColumnChunk(
    values: .string(.dictionary(codes: [1, 0, 1], dictionary: ["zebra", "ant"])), validity: nil)
  let coded = CategoryCodes(Column(name: "d", type: .string, chunks: [dictionary, dictionary]))
  #expect(coded.names == ["ant", "zebra"] && coded.codes == [0, 1, 0, 0, 1, 0])
  #expect(CategoryCodes(strings("e", ["", "b", ""])).names == ["(empty)", "b"])
}

@Test func barTotalsCountSumAndAverage() {
  let categories = CategoryCodes(strings("c", ["x", "y", "x", nil, "y", "x"]))
  let values = NumericValues(doubles("v", [1, 10, 2, 5, nil, 3]))
  let counts = CategoryTotals.compute(categories: categories, values: nil, aggregate: .count)
  #expect(
    counts.totals == [
      CategoryTotal(name: "x", value: 3, rows: 3), CategoryTotal(name: "y", value: 2, rows: 2),
    ])
  #expect(counts.skipped.nulls == 1)
  let sums = CategoryTotals.compute(categories: categories, values: values, aggregate: .sum)
  #expect(sums.totals.map(\.name) == ["y", "x"] && sums.totals.map(\.value) == [10, 6])
  #expect(sums.skipped.nulls == 2)
  let means = CategoryTotals.compute(categories: categories, values: values, aggregate: .mean)
  #expect(means.totals.map(\.value) == [10, 2])
}

@Test func samplesKeepRowOrderAndSayHowManyThereWere() {
  let xs = (0..<1_000).map { Double($0) }
  let pairs = NumericPairs(x: NumericValues(doubles("x", xs)), y: NumericValues(doubles("y", xs)))
  let sample = pairs.sampled(50, seed: 3)
  #expect(sample.count == 50 && sample.population == 1_000 && sample.isSample)
  #expect(sample.xs == sample.xs.sorted() && Set(sample.xs).count == 50)
  #expect(sample.xs == pairs.sampled(50, seed: 3).xs && sample.xs != pairs.sampled(50, seed: 4).xs)
  #expect(!pairs.sampled(5_000).isSample)
}

@Test(arguments: [1, 2, 3, 10, 1_001, 50_000])
func selectedQuartilesAgreeWithSortedQuartiles(count: Int) throws {
  var random = SeededRandom(seed: UInt64(count))
  let values = (0..<count).map { i -> Value in
    i % 17 == 0 ? .null : .double((random.nextGaussian() * 100).rounded() / 10)
  }
  let column = Column(name: "v", type: .double, values: values)
  let sorted = try #require(SortedNumbers(column))
  var gathered = try #require(GatheredDoubles(column))
  #expect(gathered.count == sorted.count && gathered.missingCount == sorted.missingCount)
  guard gathered.count > 0 else { return }
  #expect(gathered.interquartileRange() == sorted.interquartileRange())
  #expect(gathered.bounds?.low == sorted.bounds?.low && gathered.bounds?.high == sorted.bounds?.high)
}

@Test func infinitiesAreSkippedAsNonNumeric() {
  let values = NumericValues(doubles("v", [1, .infinity, nil, -.infinity, .nan, 2]))
  #expect(values.nonNumeric == 2 && values.nulls == 2 && values.range == 1...2)
}
