import AssayAnalysis
import AssayCore
import AssayGrid
import Testing

@testable import AssayCharts

/// A double column named x.
private func column(_ values: [Double]) -> Column {
  Column(name: "x", type: .double, values: values.map(Value.double))
}

@Test func edgeLabelsOfHugeAndTinyEdgesUseSignificantDigits() {
  #expect(
    EdgeLabels.format([-1e308, -5e307, 0, 5e307, 1e308]) == ["-1e+308", "-5e+307", "0", "5e+307", "1e+308"])
  let tiny = Double.leastNonzeroMagnitude * 2000
  #expect(EdgeLabels.format([0, tiny, 2 * tiny]) == ["0", "1e-320", "2e-320"])
  #expect(EdgeLabels.format([0, 4.25e307, 8.5e307]) == ["0", "4.2e+307", "8.5e+307"])
}

@Test func histogramChartOfValuesWiderThanADoubleReadsInSignificantDigits() throws {
  let histogram = try Histogram.compute(column([-1e308, 1e308]), rule: .count(4))
  let grid = HistogramChart(histogram: histogram).render(width: 40, height: 5)
  #expect(
    grid.plainLines() == [
      "[-1e+308, -5e+307) ┤██████████████████ 1",
      "[-5e+307,       0) ┤ 0                  ",
      "[      0,  5e+307) ┤ 0                  ",
      "[ 5e+307,  1e+308] ┤██████████████████ 1",
      "4 bins · 2 values                       ",
    ])
}

@Test func niceScalesReachTheLargestDouble() {
  let wide = NiceScale(min: -1e308, max: 1e308)
  #expect(wide.ticks == [-1e308, -5e307, 0, 5e307, 1e308])
  #expect(wide.labels == ["-1e+308", "-5e+307", "0", "5e+307", "1e+308"])
  #expect(wide.siLabels == wide.labels)
  let top = NiceScale(min: 0, max: 1.7e308, maximumTicks: 6)
  #expect(top.upper == .greatestFiniteMagnitude && top.ticks.allSatisfy { $0.isFinite && $0 <= top.upper })
  let largest = Double.greatestFiniteMagnitude
  let all = NiceScale(min: -largest, max: largest, maximumTicks: 2)
  #expect(all.lower == -largest && all.upper == largest && all.ticks == [-1e308, 0, 1e308])
  #expect(
    NiceScale(min: 1e20, max: 5e20, maximumTicks: 5).labels == ["1e+20", "2e+20", "3e+20", "4e+20", "5e+20"])
}

@Test func scatterAndHeatmapOfValuesWiderThanADoubleShowEveryPair() throws {
  let pairs = NumericPairs(
    x: NumericValues(column([-1e308, 1e308, 0])), y: NumericValues(column([1e308, -1e308, 0])))
  let (_, bins) = try HeatmapChart(pairs: pairs).renderWithBins(width: 60, height: 16)
  #expect(bins.total == 3)
  let series = Series(name: "y", xs: pairs.xs, ys: pairs.ys)
  let grid = XYChart(series: [series], mark: .points, canvas: .block).render(width: 60, height: 16)
  let lines = grid.plainLines()
  let plotted = lines.compactMap { line in
    line.firstIndex { $0 == "┤" || $0 == "│" }.map { line[line.index(after: $0)...] }
  }
  #expect(plotted.joined().filter { $0 != " " }.count == 3)
  #expect(lines.contains { $0.contains("-1e+308") && $0.contains("5e+307") })
}

@Test func verticalHistogramOfValuesWiderThanADoubleDrawsItsBars() throws {
  let histogram = try Histogram.compute(column([-1e308, 1e308]), rule: .count(2))
  let grid = VerticalHistogramChart(histogram: histogram, canvas: .block).render(width: 40, height: 10)
  #expect(grid.plainLines().joined().contains("█"))
}
