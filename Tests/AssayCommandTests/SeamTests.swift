import AssayAnalysis
import AssayCharts
import AssayCore
import AssayTestSupport
import Testing

@testable import assay

/// Commands compute through the loaded source's seam (`Aggregating`), never from its table alone.
@Suite struct CommandSeamTests {
  /// Thirty rows of two numeric columns and a text column.
  static let table = SeamFixtures.table(name: "small.csv")

  /// The table loaded, with a counting seam.
  static func loaded() -> (LoadedSource, CountingAggregates) {
    let seam = CountingAggregates(table)
    return (LoadedSource(table: table, aggregates: seam), seam)
  }

  @Test func describeAsksTheSeam() throws {
    let (loaded, seam) = Self.loaded()
    let sheet = try DescribeCommand.sheet(loaded)
    #expect(seam.calls(.describe) == 1)
    #expect(sheet.columns.first?.count == 3)
  }

  @Test func freqAsksTheSeam() throws {
    let (loaded, seam) = Self.loaded()
    let sheet = try FreqCommand.parse(["small.csv", "--column", "kind"]).sheet(loaded)
    #expect(seam.calls(.frequency) == 1)
    #expect(sheet.rowCount == 3)
  }

  @Test(arguments: [
    (ChartSpec(kind: .histogram, x: "x"), CountingAggregates.Call.histogram),
    (ChartSpec(kind: .box, x: "kind", y: ["y"]), .boxes),
    (ChartSpec(kind: .heatmap, x: "x", y: ["y"]), .bins2D),
    (ChartSpec(kind: .scatter, x: "x", y: ["y"], sample: 10), .sample),
  ])
  func chartsAskTheSeam(spec: ChartSpec, call: CountingAggregates.Call) throws {
    let (loaded, seam) = Self.loaded()
    _ = try ChartPrinting.grid(spec, loaded, width: 60, height: 20)
    #expect(seam.calls(call) == 1)
    #expect(CountingAggregates.Call.allCases.filter { $0 != call }.allSatisfy { seam.calls($0) == 0 })
  }

  @Test func tsneDrawsItsRowsFromTheSeam() throws {
    let (loaded, seam) = Self.loaded()
    let command = try TSNECommand.parse([
      "small.csv", "--perplexity", "5", "--iterations", "250", "--sample", "20",
    ])
    let input = ProjectionSource(
      loaded: loaded, table: loaded.table, aggregates: loaded.aggregates, sampledFrom: nil)
    let projection = try command.embed(try command.spec(), input)
    #expect(seam.calls(.sample) == 1)
    #expect(projection.count == 20 && projection.sampledFrom == 30)
  }
}
