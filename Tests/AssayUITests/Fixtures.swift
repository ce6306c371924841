import AssayCore

@testable import AssayUI

/// Tables and helpers shared by the UI tests.
enum Fixtures {
  /// Five typed columns, six rows, one null price.
  static let fruit = Table(
    name: "fruit.csv",
    columns: [
      Column(name: "id", type: .int, values: (1...6).map { .int(Int64($0)) }),
      Column(
        name: "name", type: .string,
        values: ["apple", "banana", "cherry", "date", "elderberry", "fig"].map { .string($0) }),
      Column(
        name: "price", type: .double,
        values: [.double(1.5), .double(0.25), .null, .double(3), .double(12.75), .double(2)]),
      Column(name: "picked", type: .date, values: (0..<6).map { .date(Int32(20_000 + $0)) }),
      Column(name: "ripe", type: .bool, values: (0..<6).map { .bool($0 % 2 == 0) }),
    ])

  /// `rows` rows of `columns` int columns named c0, c1, … whose cell (r, c) holds r * 10 + c.
  static func numbers(rows: Int, columns: Int) -> Table {
    Table(
      name: "numbers",
      columns: (0..<columns).map { c in
        Column(name: "c\(c)", type: .int, values: (0..<rows).map { .int(Int64($0 * 10 + c)) })
      })
  }

  /// A state showing `table` at a size.
  static func state(_ table: Table = fruit, width: Int = 40, height: Int = 8) -> AppState {
    AppState(table: table, size: Size(width: width, height: height))
  }

  /// Presses keys in order, returning the effects of the last one.
  @discardableResult
  /// Jobs the keys start run at once, as in a replay.
  static func press(_ keys: [Key], on state: inout AppState) -> [Effect] {
    var effects: [Effect] = []
    for key in keys { effects = Job.runAll(update(state: &state, event: .key(key)), on: &state) }
    return effects
  }

  /// The screen of a state as plain lines.
  static func screen(_ state: AppState) -> [String] {
    view(state: state, size: state.size).plainLines()
  }

  /// `text` followed by spaces up to `width` columns, as a screen line holds it.
  static func line(_ text: String, width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
  }
}
