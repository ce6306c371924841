import AssayAnalysis
import AssayCore
import AssayGrid
import AssayTestSupport
import Testing

@testable import AssayCharts

/// 1,000 seeded normal values (mean 50, sd 12) and 17 nulls.
private func seededColumn() -> Column {
  var random = SeededRandom(seed: 2024)
  let values = (0..<1000).map { _ in Value.double(random.nextGaussian(mean: 50, standardDeviation: 12)) }
  return Column(name: "score", type: .double, values: values + Array(repeating: .null, count: 17))
}

@Test(arguments: [(60, 15), (100, 30)])
func histogramChartMatchesGoldenFiles(width: Int, height: Int) throws {
  let histogram = try Histogram.compute(seededColumn())
  let grid = HistogramChart(histogram: histogram, title: "score").render(width: width, height: height)
  expectRectangular(grid)
  assertGolden(grid.plainLines().joined(separator: "\n") + "\n", named: "histogram-\(width)x\(height).txt")
  assertGolden(ANSIRenderer.render(grid, theme: .default), named: "histogram-\(width)x\(height).ansi.txt")
}

@Test func histogramChartLabelsIntervalsBarsAndCounts() {
  let histogram = Histogram(
    edges: [0, 0.5, 1, 1.5], counts: [4, 1234, 0], nullsSkipped: 1, rule: .count(3), columnName: "x")
  let grid = HistogramChart(histogram: histogram).render(width: 34, height: 4)
  #expect(
    grid.plainLines() == [
      "[0.0, 0.5) ┤▏ 4                   ",
      "[0.5, 1.0) ┤████████████████ 1,234",
      "[1.0, 1.5] ┤ 0                    ",
      "3 bins · 1 null skipped           ",
    ])
  #expect(grid[x: 12, y: 1].style == Style(.series1) && grid[x: 0, y: 0].style == Style(.label))
}

@Test func histogramChartMergesBinsThatDoNotFit() {
  let histogram = Histogram(
    edges: [0, 1, 2, 3, 4, 5], counts: [1, 2, 3, 4, 5], nullsSkipped: 0, rule: .sturges, columnName: "x")
  let grid = HistogramChart(histogram: histogram, title: "t").render(width: 40, height: 5)
  #expect(
    grid.trimmedLines() == [
      "                   t",
      "[0, 2) ┤████████████▉ 3",
      "[2, 4) ┤██████████████████████████████ 7",
      "[4, 5] ┤█████████████████████▍ 5",
      "Sturges, 5 bins, 2 per row · 15 values",
    ])
}

@Test func edgeLabelsUseTheFewestDecimalsThatKeepEdgesApart() {
  #expect(EdgeLabels.format([0, 2.5, 5]) == ["0.0", "2.5", "5.0"])
  #expect(EdgeLabels.format([10, 20, 30]) == ["10", "20", "30"])
  #expect(EdgeLabels.format([1, 1.04, 1.08]) == ["1.00", "1.04", "1.08"])
  #expect(EdgeLabels.format([-0.001, 10]) == ["0", "10"])
  #expect(EdgeLabels.format([1, 2.583333333333333, 4.166666666666666]) == ["1.0", "2.6", "4.2"])
}

@Test func horizontalBarsUseEighthBlocks() {
  #expect(HorizontalBar.text(value: 1, maximum: 1, width: 3) == "███")
  #expect(HorizontalBar.text(value: 1, maximum: 2, width: 3) == "█▌")
  #expect(HorizontalBar.text(value: 1, maximum: 1000, width: 3) == "▏")
  #expect(HorizontalBar.text(value: 0, maximum: 10, width: 3) == "")
}

@Test(arguments: [(0, 0), (1, 1), (3, 2), (12, 3), (1, 40), (200, 2), (30, 200)])
func histogramChartFillsAnySizeExactly(width: Int, height: Int) throws {
  let histogram = try Histogram.compute(seededColumn())
  let grid = HistogramChart(histogram: histogram, title: "a title wider than narrow charts").render(
    width: width, height: height)
  #expect(grid.width == width)
  #expect(grid.height == min(height, 1 + histogram.counts.count + 1), "a row per bin, title and footer")
  expectRectangular(grid)
  if height >= 3 && width >= 40 {
    let text = grid.plainLines().joined()
    #expect(text.contains("1,000 values") || text.contains("17 nulls skipped"))
  }
}

@Test func histogramChartOfOneConstantBin() throws {
  let histogram = try Histogram.compute(Column(name: "c", type: .int, values: [.int(3), .int(3)]))
  let grid = HistogramChart(histogram: histogram).render(width: 30, height: 2)
  #expect(grid.trimmedLines() == ["[2.5, 3.5] ┤████████████████ 2", "Freedman–Diaconis, 1 bin"])
}

@Test func histogramChartOfInconsistentBinsDrawsOnlyTheFooter() {
  let histogram = Histogram(
    edges: [0, 1], counts: [1, 2, 3], nullsSkipped: 0, rule: .count(3), columnName: "x")
  let grid = HistogramChart(histogram: histogram).render(width: 20, height: 3)
  #expect(grid.trimmedLines() == ["", "", "3 bins, 2 per row"])
}
