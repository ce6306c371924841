import AssayAnalysis
import AssayCore
import Testing

@testable import AssayCharts

@Suite("projection charts") struct ProjectionChartTests {
  /// Four points on a diagonal, as pairs.
  private static let diagonal: [Double] = [0, 0, 1, 1, 2, 2, 3, 3]

  private static func classes(_ values: [Value]) -> CategoryCodes {
    CategoryCodes(Column(name: "kind", type: .string, values: values))
  }

  private static func chart(labels: CategoryCodes? = nil, notes: [String] = [], sampledFrom: Int? = nil)
    -> ProjectionChart
  {
    ProjectionChart(
      coordinates: diagonal, dimensions: 2, labels: labels,
      decorations: ChartDecorations(title: "PCA of t.csv", xLabel: "PC1 (75.0%)", yLabel: "PC2 (25.0%)"),
      notes: notes, sampledFrom: sampledFrom)
  }

  @Test func componentNamesCarryTheirShareWithOneDecimal() {
    #expect(ProjectionChart.componentName(0, varianceRatio: 0.72962) == "PC1 (73.0%)")
    #expect(ProjectionChart.componentName(1, varianceRatio: 0.2285) == "PC2 (22.9%)")
    #expect(ProjectionChart.percent(1) == "100.0%")
    #expect(ProjectionChart.percent(0.0004) == "0.0%")
    #expect(ProjectionChart.percent(.nan) == "?")
    #expect(ProjectionChart.percent(.infinity) == "?")
  }

  @Test func aSingleClassStillGetsItsLegendEntry() {
    let lines = Self.chart(labels: Self.classes(Array(repeating: .string("setosa"), count: 4)))
      .render(width: 40, height: 12).plainLines()
    #expect(lines[1].hasPrefix("● setosa"))
    #expect(lines[2].hasPrefix("PC2 (25.0%)"))
  }

  @Test func withoutLabelsThereIsNoLegend() {
    let lines = Self.chart().render(width: 40, height: 12).plainLines()
    #expect(lines[0].contains("PCA of t.csv"))
    #expect(lines[1].hasPrefix("PC2 (25.0%)"))
    #expect(!lines.joined().contains("●"))
  }

  @Test func classesFollowTheirOrderAndUnlabelledPointsAreNamed() {
    let labels = Self.classes([.string("b"), .string("a"), .null, .string("b")])
    let lines = Self.chart(labels: labels).render(width: 40, height: 12).plainLines()
    #expect(lines[1].hasPrefix("● a  ● b  ● (null)"))
  }

  @Test func theFooterKeepsTheMethodFirstAndSaysWhenPointsAreASample() {
    let notes = ["t-SNE of 13 columns, standardised", "perplexity 30, seed 0"]
    let wide = Self.chart(notes: notes, sampledFrom: 10).render(width: 120, height: 12).plainLines()
    #expect(
      wide.last?.hasPrefix(
        "t-SNE of 13 columns, standardised · perplexity 30, seed 0 · sample of 4 of 10 points · braille canvas"
      )
        == true)
    let narrow = Self.chart(notes: notes).render(width: 50, height: 12).plainLines()
    #expect(narrow.last?.hasPrefix("t-SNE of 13 columns, standardised · 4 points") == true)
  }

  @Test(arguments: CanvasKind.allCases)
  func everySizeGivesARectangleOfTheAskedSize(canvas: CanvasKind) {
    for width in stride(from: 12, through: 100, by: 11) {
      for height in [3, 6, 12, 24] {
        var chart = Self.chart(labels: Self.classes([.string("x"), .string("y"), .string("x"), .null]))
        chart.canvas = canvas
        let grid = chart.render(width: width, height: height)
        #expect(grid.width == width && grid.height == height)
        expectRectangular(grid)
        if canvas == .ascii { #expect(grid.plainLines().joined().unicodeScalars.allSatisfy { $0.isASCII }) }
      }
    }
  }

  /// The bars have 12 cells: a share of 1 would fill them all.
  @Test func screeListsEveryComponentWithBarsAsLongAsItsShare() {
    let scree = ProjectionScree(variances: [3, 0.75, 0.25], ratios: [0.75, 0.1875, 0.0625])
    #expect(
      scree.render(width: 52, height: 20).plainLines().map {
        String($0.reversed().drop { $0 == " " }.reversed())
      }
        == [
          "                 explained variance",
          "component  variance  share  cumulative",
          "PC1               3  75.0%       75.0%  █████████",
          "PC2            0.75  18.8%       93.8%  ██▎",
          "PC3            0.25   6.3%      100.0%  ▊",
          "3 components · bars show each one's share",
        ])
  }

  @Test func screeSaysHowManyComponentsDidNotFit() {
    let scree = ProjectionScree(variances: [3, 0.75, 0.25], ratios: [0.75, 0.1875, 0.0625], title: nil)
    let lines = scree.render(width: 52, height: 3).plainLines()
    #expect(lines.count == 3)
    #expect(lines[1].hasPrefix("PC1"))
    #expect(lines[2].hasPrefix("2 more components not shown"))
  }
}
