import AssayCore
import AssayGrid
import Testing

@testable import AssayCharts

/// A real column and its synthetic twin drawn bin by bin or value by value, two colours, one legend.
@Suite struct TwinBarsTests {
  let names = (first: "real", second: "synthetic")

  @Test func binsSpanBothSidesAndBarsAreEachSidesShare() throws {
    let real = Column(
      name: "x", type: .double, values: [1, 2, 2, 3, 4, nil].map { $0.map(Value.double) ?? .null })
    let twin = Column(name: "x", type: .double, values: [0, 1, 1, 4, 4, 4, 4, 4].map(Value.double))
    let bars = try #require(TwinBars.histogram(real, twin, bins: 2, names: names))
    #expect(bars.labels == ["[0, 2)", "[2, 4]"])
    #expect((bars.first, bars.second, bars.firstTotal, bars.secondTotal) == ([1, 4], [3, 5], 5, 8))
    let grid = bars.render(width: 40, height: 5)
    #expect(
      grid.plainLines() == [
        "█ real (5) above   █ synthetic (8) below",
        "[0, 2) ┤██████▌ 20.0%                   ",
        "       ┤████████████▎ 37.5%             ",
        "[2, 4] ┤██████████████████████████ 80.0%",
        "       ┤████████████████████▍ 62.5%     ",
      ])
    #expect(grid[x: 0, y: 0].style == Style(.series1) && grid[x: 19, y: 0].style == Style(.series2))
    #expect(grid[x: 8, y: 1].style == Style(.series1) && grid[x: 8, y: 2].style == Style(.series2))
  }

  @Test func categoriesAreTheRealSidesMostFrequentThenTheRest() {
    let real = Column(name: "kind", type: .string, values: ["b", "a", "a", "c", "b", "d"].map(Value.string))
    let twin = Column(
      name: "kind", type: .string, values: [.string("a"), .string("e"), .string("e"), .string("b"), .null])
    let bars = TwinBars.frequencies(real, twin, top: 2, names: names)
    #expect(bars.labels == ["a", "b", "other"])
    #expect((bars.first, bars.second, bars.firstTotal, bars.secondTotal) == ([2, 2, 2], [1, 1, 2], 6, 4))
  }

  @Test func aShortAreaShowsTheGroupsItHolds() throws {
    let column = Column(name: "x", type: .int, values: (1...9).map { .int(Int64($0)) })
    let bars = try #require(TwinBars.histogram(column, column, bins: 3, names: names))
    #expect(bars.render(width: 30, height: 4).plainLines().count == 3)
    #expect(
      TwinBars.histogram(Column(name: "x", type: .int, values: [.null]), column, bins: 3, names: names) != nil
    )
    #expect(
      TwinBars.histogram(
        Column(name: "x", type: .int, values: [.null]), Column(name: "x", type: .int, values: [.null]),
        bins: 3,
        names: names) == nil)
  }
}
