import AssayAnalysis
import AssayCore
import AssayGrid
import AssayTestSupport
import Foundation
import Testing

@testable import AssayCharts

/// Every chart kind on every canvas, at 80 × 24 and 44 × 14, plain and in ANSI colour, in one
/// golden file per kind and canvas.
@Test(arguments: ChartFixtures.Kind.allCases.flatMap { kind in kind.canvases.map { (kind, $0) } })
func everyChartKindOnEveryCanvas(kind: ChartFixtures.Kind, canvas: CanvasKind) throws {
  var text = ""
  for (width, height) in [(80, 24), (44, 14)] {
    let grid = try kind.render(canvas: canvas, width: width, height: height)
    #expect(grid.width == width && kind.fits(grid, height: height))
    expectRectangular(grid)
    text += "── \(width)×\(height) plain\n" + grid.plainLines().joined(separator: "\n") + "\n"
    text += "── \(width)×\(height) ansi\n" + ANSIRenderer.render(grid, theme: .default)
  }
  assertGolden(text, named: "chart-\(kind.rawValue)-\(canvas.rawValue).txt")
}

/// Charts that fit any size: every line as wide as the chart, tick labels apart and inside.
@Test(arguments: ChartFixtures.Kind.allCases)
func chartsFitEverySize(kind: ChartFixtures.Kind) throws {
  for width in stride(from: 12, through: 130, by: 7) {
    for height in [3, 5, 8, 13, 30] {
      let grid = try kind.render(canvas: .braille, width: width, height: height)
      #expect(grid.width == width && kind.fits(grid, height: height))
      expectRectangular(grid)
    }
  }
}

@Test func xTickLabelsNeverOverlapAndSitUnderTheirTicks() {
  for width in stride(from: 20, through: 160, by: 3) {
    for (low, high) in [(0.0, 1.0), (-1234.5, 98765.4), (1e6, 3.7e8), (0.001, 0.0013), (-5.0, 5.0)] {
      let frame = PlotFrame(
        width: width, height: 12, decorations: ChartDecorations(), footer: [],
        xScale: { AxisScale.linear(low...high, maximumTicks: $0) },
        yAxis: .numeric { AxisScale.linear(0...1, maximumTicks: $0) }, dotsAcross: 2, dotsDown: 4)
      let grid = frame.compose(plot: Grid(width: frame.plotWidth, height: frame.plotHeight))
      let lines = grid.plainLines()
      let axis = Array(lines[frame.plotY + frame.plotHeight]),
        labels = lines[frame.plotY + frame.plotHeight + 1]
      let ticks = axis.filter { $0 == "┬" }.count
      let words = labels.split(separator: " ", omittingEmptySubsequences: true)
      #expect(words.count == ticks, "width \(width), \(low)...\(high): \(labels)")
      #expect(!labels.contains { $0 != " " && !"0123456789.,-kMGT".contains($0) })
      var gaps = labels.drop { $0 == " " }
      while let space = gaps.firstIndex(of: " ") {
        let rest = gaps[space...].drop { $0 == " " }
        if !rest.isEmpty { #expect(gaps.distance(from: space, to: rest.startIndex) >= 2, "\(labels)") }
        gaps = rest
      }
    }
  }
}

@Test func degenerateDataGivesAChartWithAMessage() throws {
  let empty = Column(name: "e", type: .double, values: [.null, .null, .null])
  let constant = Column(name: "k", type: .double, values: [.double(4), .double(4), .double(4)])
  let none = NumericPairs(x: NumericValues(empty), y: NumericValues(constant))
  let scatter = XYChart(
    series: [Series.split(none, name: "k", groupNames: [])[0]], mark: .points, skipped: none.skipped
  )
  .render(width: 40, height: 10)
  expectRectangular(scatter)
  #expect(scatter.plainLines().last?.hasPrefix("no points to draw · 3 nulls skipped") == true)
  let flat = NumericPairs(x: NumericValues(constant), y: NumericValues(constant))
  let point = XYChart(series: Series.split(flat, name: "k", groupNames: []), mark: .points).render(
    width: 40, height: 10)
  #expect(point.plainLines().joined().contains("4"))
  let heat = try HeatmapChart(pairs: flat).renderWithBins(width: 40, height: 10)
  #expect(heat.bins.total == 3)
  let (boxes, skipped) = BoxSummary.compute(values: NumericValues(empty), groups: nil)
  let box = BoxPlotChart(boxes: boxes, skipped: skipped).render(width: 40, height: 8)
  #expect(box.plainLines().last?.hasPrefix("no values to draw") == true)
  let bars = BarChart(totals: [], measure: "count").render(width: 30, height: 5)
  #expect(bars.plainLines().last?.hasPrefix("no values to draw") == true)
  let oneValue = try Histogram.compute(constant)
  let vertical = VerticalHistogramChart(histogram: oneValue).render(width: 40, height: 10)
  expectRectangular(vertical)
  #expect(vertical.plainLines().contains { $0.contains("█") })
}

@Test func logCountScaleKeepsZeroAndOneApart() {
  let scale = AxisScale.logCounts(maximum: 25_000, maximumTicks: 8)
  #expect(scale.labels == ["0", "1", "10", "100", "1,000", "10,000"])
  #expect(scale.ticks[0] == 0 && scale.ticks[1] > 0)
  #expect(scale.range.upperBound >= log10(25_001))
  let few = AxisScale.logCounts(maximum: 5_000_000, maximumTicks: 4)
  #expect(few.labels.count <= 4 && few.labels.first == "0")
  #expect(AxisScale.linear(0...2_000_000, maximumTicks: 5).labels == ["0", "0.5M", "1M", "1.5M", "2M"])
}

@Test func heatmapLegendNamesEachShadesCounts() throws {
  let x = NumericValues(ChartFixtures.column("x")), y = NumericValues(ChartFixtures.column("y"))
  let (grid, bins) = try HeatmapChart(pairs: NumericPairs(x: x, y: y)).renderWithBins(width: 60, height: 20)
  #expect(bins.total == 600 - 12)
  let legend = grid.plainLines()[0]
  #expect(legend.hasPrefix("░ 1"))
  #expect(legend.contains("█ ") && legend.contains("–\(bins.maximum)"))
}

@Test(arguments: ChartSpec.Kind.allCases)
func everySpecKindDrawsFromATable(kind: ChartSpec.Kind) throws {
  let table = ChartFixtures.table
  var spec = ChartSpec(
    kind: kind, x: kind == .bar || kind == .box ? "group" : "x", y: [kind == .line ? "wave" : "y"])
  if kind == .line { spec.x = "t" }
  let grid = try spec.render(table, width: 60, height: 18).grid
  #expect(grid.width == 60 && grid.height <= 18)
  expectRectangular(grid)
  let text = grid.plainLines().joined(separator: "\n")
  #expect(text.contains("fixture"), "the title names the table")
  spec.canvas = .ascii
  let ascii = try spec.render(table, width: 60, height: 18).grid
  let plain = ascii.plainLines().joined()
  #expect(plain.unicodeScalars.allSatisfy { $0.isASCII })
}

@Test func specsReportUnsuitableColumnsAsErrors() {
  let table = ChartFixtures.table
  #expect(throws: AssayError.self) {
    try ChartSpec(kind: .scatter, x: "x").render(table, width: 40, height: 10)
  }
  #expect(throws: AssayError.self) {
    try ChartSpec(kind: .scatter, x: "nope", y: ["y"]).render(table, width: 40, height: 10)
  }
  #expect(throws: AssayError.self) {
    try ChartSpec(kind: .heatmap, x: "group", y: ["y"]).render(table, width: 40, height: 10)
  }
  #expect(throws: AssayError.self) {
    try ChartSpec(kind: .bar, x: "group", aggregate: .sum).render(table, width: 40, height: 10)
  }
  #expect(throws: AssayError.self) { try ChartSpec(kind: .histogram).render(table, width: 40, height: 10) }
}

@Test func aHeatmapOfATextColumnSaysWhatItNeedsAndWhichColumnsFit() {
  #expect(
    throws: AssayError(
      message: "fixture: a heatmap bins two numeric or time columns; 'group' holds text",
      hint: "count a text column's values with `assay chart bar --x group`; "
        + "choose a numeric column; numeric columns are: x, y, t, wave")
  ) { try ChartSpec(kind: .heatmap, x: "x", y: ["group"]).render(ChartFixtures.table, width: 40, height: 10) }
  let textOnly = Table(name: "penguins", columns: [ChartFixtures.table.column(named: "group")!])
  #expect(
    throws: AssayError(
      message: "penguins: a heatmap bins two numeric or time columns; 'group' holds text",
      hint: "count a text column's values with `assay chart bar --x group`; "
        + "choose a numeric column (assay schema lists each column's type)")
  ) { try ChartSpec(kind: .heatmap, x: "group", y: ["group"]).render(textOnly, width: 40, height: 10) }
}

@Test func whiskersInsideTheBoxDrawWithoutTrapping() throws {
  // q1 = 7.75 lies below the lower whisker (10), and q3 above the upper one in the mirror case.
  for values in [[1.0, 10, 10, 10], [10, 10, 10, 19], [1, 10, 10, 10, 10, 10, 10, 30]] {
    let box = try #require(BoxSummary(name: "v", sorted: values))
    for (width, height) in [(40, 9), (80, 5), (120, 20)] {
      let grid = BoxPlotChart(boxes: [box, box]).render(width: width, height: height)
      expectRectangular(grid)
      #expect(grid.plainLines().joined().contains("v"))
    }
  }
}
