import AssayAnalysis
import AssayCore
import AssayGrid
import AssayTestSupport
import Foundation
import Testing

@testable import AssayCharts

/// Daily weather, 2012-01-01 to 2015-12-31 as `YYYY-MM-DD` dates: a seasonal temperature with
/// seeded noise, and a null every 100th day.
private let weather: Table = {
  var random = SeededRandom(seed: 7)
  let first = CivilDate(year: 2012, month: 1, day: 1).daysSinceEpoch
  let last = CivilDate(year: 2015, month: 12, day: 31).daysSinceEpoch
  var dates = [Value](), temperatures = [Value]()
  for day in first...last {
    let season = sin(Double(day - first - 110) / 365.2425 * 2 * .pi)
    dates.append(.date(day))
    temperatures.append(
      day % 100 == 0 ? .null : .double(12 + 9 * season + random.nextGaussian(mean: 0, standardDeviation: 2)))
  }
  return Table(
    name: "weather",
    columns: [
      Column(name: "date", type: .date, values: dates),
      Column(name: "temp", type: .double, values: temperatures),
    ])
}()

@Test(arguments: [(60, 15), (100, 30)])
func dateLineChartMatchesGoldenFiles(width: Int, height: Int) throws {
  let grid = try ChartSpec(kind: .line, x: "date", y: ["temp"]).render(weather, width: width, height: height)
    .grid
  expectRectangular(grid)
  assertGolden(grid.plainLines().joined(separator: "\n") + "\n", named: "line-date-\(width)x\(height).txt")
  assertGolden(ANSIRenderer.render(grid, theme: .default), named: "line-date-\(width)x\(height).ansi.txt")
}

@Test func dateHistogramsMatchGoldenFiles() throws {
  var text = ""
  for (rule, vertical) in [(BinRule.default, false), (.count(48), true), (.count(4), false)] {
    let spec = ChartSpec(kind: .histogram, x: "date", binRule: rule, vertical: vertical)
    let grid = try spec.render(weather, width: 70, height: 20).grid
    expectRectangular(grid)
    text +=
      "── \(rule.name)\(vertical ? ", vertical" : "")\n" + grid.plainLines().joined(separator: "\n") + "\n"
  }
  assertGolden(text, named: "histogram-date.txt")
}

@Test func dateHistogramBinsLieOnCalendarBoundaries() throws {
  let days = try weather.requireNumbers("date")
  func day(_ year: Int, _ month: Int, _ day: Int) -> Double {
    Double(CivilDate(year: year, month: month, day: day).daysSinceEpoch)
  }
  let months = try CalendarHistogram.compute(days, axis: .days, rule: .count(48))
  #expect(months.counts.count == 48 && months.total == 1461 && months.nullsSkipped == 0)
  #expect(months.edges.first == day(2012, 1, 1) && months.edges.last == day(2016, 1, 1))
  #expect(months.counts.prefix(3) == [31, 29, 31])
  #expect(AxisKind.time(.days).edgeLabels(Array(months.edges.prefix(2))) == ["2012-01", "2012-02"])
  let years = try CalendarHistogram.compute(days, axis: .days, rule: .count(4))
  #expect(years.counts == [366, 365, 365, 365])
  let weeks = try CalendarHistogram.compute(days, axis: .days, rule: .count(200))
  #expect(weeks.edges.first == day(2011, 12, 26) && weeks.counts.first == 1 && weeks.counts.count == 210)
  let daily = try CalendarHistogram.compute(days, axis: .days, rule: .count(1500))
  #expect(daily.counts.count == 1461 && daily.counts.allSatisfy { $0 == 1 })
  let one = Column(name: "d", type: .date, values: [.date(16_000), .null])
  let single = try CalendarHistogram.compute(NumericValues(one), axis: .days, rule: .default)
  #expect(single.edges == [16_000, 16_001] && single.counts == [1] && single.nullsSkipped == 1)
}

@Test func numbersKeepTheirAxes() {
  #expect(AxisKind(.int) == .number && AxisKind(.double) == .number && AxisKind(.string) == .number)
  #expect(AxisKind(.date) == .time(.days))
  #expect(AxisKind.number.edgeLabels([0, 2.5, 5]) == ["0.0", "2.5", "5.0"])
}

@Test(arguments: CanvasKind.allCases)
func dateAxesFitEveryCanvasAndSize(canvas: CanvasKind) throws {
  let kinds: [ChartSpec.Kind] = [.line, .scatter, .heatmap, .histogram]
  for kind in kinds {
    for width in stride(from: 12, through: 130, by: 17) {
      for height in [5, 13, 30] {
        var spec = ChartSpec(kind: kind, x: "date", y: ["temp"], canvas: canvas)
        spec.vertical = kind == .histogram
        let grid = try spec.render(weather, width: width, height: height).grid
        #expect(grid.width == width && grid.height == height)
        expectRectangular(grid)
        if canvas == .ascii {
          let plain = grid.plainLines().joined()
          #expect(plain.unicodeScalars.allSatisfy { $0.isASCII })
        }
      }
    }
  }
}
