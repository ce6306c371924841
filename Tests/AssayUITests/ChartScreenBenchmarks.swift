import AssayAnalysis
import AssayCharts
import AssayCore
import Foundation
import Testing

@testable import AssayUI

/// Chart screen timings on 10M rows. Run in release with
/// `ASSAY_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter ChartScreenBenchmarks`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["ASSAY_BENCH"] == "1"), .serialized)
struct ChartScreenBenchmarks {
  static let chunkRows = 1_000_000

  /// 10M rows: `x` Gaussian, `y` twice `x` plus noise, `k` one of three dictionary-coded texts.
  static let table: Table = {
    var random = SeededRandom(seed: 11)
    var x: [ColumnChunk] = [], y: [ColumnChunk] = [], k: [ColumnChunk] = []
    for _ in 0..<10 {
      let xs = (0..<chunkRows).map { _ in random.nextGaussian(mean: 5, standardDeviation: 2) }
      x.append(ColumnChunk(values: .double(xs), validity: nil))
      y.append(ColumnChunk(values: .double(xs.map { 2 * $0 + random.nextGaussian() }), validity: nil))
      k.append(
        ColumnChunk(
          values: .string(
            .dictionary(codes: (0..<chunkRows).map { UInt32($0 % 3) }, dictionary: ["a", "b", "c"])),
          validity: nil))
    }
    return Table(
      name: "bench",
      columns: [
        Column(name: "x", type: .double, chunks: x), Column(name: "y", type: .double, chunks: y),
        Column(name: "k", type: .string, chunks: k),
      ])
  }()

  private static func seconds(_ work: () -> Void) -> Double {
    let start = ContinuousClock.now
    work()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }

  /// One at a time, so that the timings do not share the cores.
  static let specs = [
    ChartSpec(kind: .histogram, x: "x"), ChartSpec(kind: .histogram, x: "x", binRule: .count(40)),
    ChartSpec(kind: .histogram, x: "x", vertical: true), ChartSpec(kind: .scatter, x: "x", y: ["y"]),
    ChartSpec(kind: .scatter, x: "x", y: ["y"], colorBy: "k"),
    ChartSpec(kind: .scatter, x: "x", y: ["y"], canvas: .density), ChartSpec(kind: .bar, x: "k"),
  ]

  @Test func drawingEachKind() {
    let table = Self.table
    for spec in Self.specs {
      let key = ChartDrawing.Key(spec: spec, size: Size(width: 80, height: 23))
      var drawing: ChartDrawing?
      let time = Self.seconds { drawing = ChartDrawing.make(key, table: table) }
      print(
        "BENCH draw \(spec.kind.rawValue) rule=\(spec.binRule.name) vertical=\(spec.vertical) "
          + "colour=\(spec.colorBy ?? "-") canvas=\(spec.canvas.rawValue): \(time) s")
      #expect(drawing.map { (try? $0.grid.get()) != nil } == true)
    }
  }

  @Test func keyPressOnALargeChartReturnsAtOnce() {
    var state = AppState(table: Self.table, size: Size(width: 80, height: 24))
    var effects: [Effect] = []
    let open = Self.seconds { effects = update(state: &state, event: .key(.character("."))) }
    let press = Self.seconds { effects = update(state: &state, event: .key(.character("c"))) }
    print("BENCH open chart key: \(open) s, canvas key: \(press) s")
    #expect(effects.count == 1)
  }
}
