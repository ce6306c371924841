import AssayAnalysis
import AssayCore

@testable import AssayUI

/// Tables and presses for the chart, wizard and report screen tests.
enum ScreenFixtures {
  /// `rows` seeded rows: `length` (Gaussian), `width` (twice length plus noise), `kind` (a, b, c).
  static func measurements(rows: Int = 300) -> Table {
    var random = SeededRandom(seed: 7)
    let lengths = (0..<rows).map { _ in random.nextGaussian(mean: 5, standardDeviation: 1) }
    let widths = lengths.map { 2 * $0 + random.nextGaussian(mean: 0, standardDeviation: 0.5) }
    let kinds = (0..<rows).map { Value.string(["a", "b", "c"][$0 % 3]) }
    return Table(
      name: "measurements",
      columns: [
        Column(name: "length", type: .double, values: lengths.map { .double($0) }),
        Column(name: "kind", type: .string, values: kinds),
        Column(name: "width", type: .double, values: widths.map { .double($0) }),
      ])
  }

  /// A state showing the measurements at 80 × 24.
  static func state(rows: Int = 300) -> AppState {
    AppState(table: measurements(rows: rows), size: Size(width: 80, height: 24))
  }

  /// Keys for each character of `text`.
  static func typing(_ text: String) -> [Key] { text.map { Key.character($0) } }

  /// The chart on top of the state; nil when the top is not a chart.
  static func chart(_ state: AppState) -> ChartScreen? {
    state.screen as? ChartScreen
  }
}
