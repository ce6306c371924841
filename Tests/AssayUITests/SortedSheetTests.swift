import AssayCore
import Testing

@testable import AssayUI

/// Every operation on a sorted sheet sees the rows in their sorted order.
@Suite struct SortedSheetTests {
  /// The fruit sheet sorted by price, largest first: elderberry, date, fig, apple, banana, cherry.
  static func sortedByPrice() -> AppState {
    var state = Fixtures.state()
    Fixtures.press(Self.toColumn(2) + [.character("]")], on: &state)
    return state
  }

  /// The ids of the sheet on screen, top to bottom.
  static func ids(_ state: AppState) -> [Value] {
    (0..<state.sheet.table.rowCount).map { state.sheet.table.columns[0][$0] }
  }

  /// Keys that put the cursor on column `index`.
  static func toColumn(_ index: Int) -> [Key] {
    [.character("0")] + Array(repeating: .character("l"), count: index)
  }

  /// Types `text` at the open prompt and presses Enter.
  static func type(_ text: String, on state: inout AppState) {
    Fixtures.press(text.map { Key.character($0) } + [.enter], on: &state)
  }

  @Test func searchFindsRowsInSortedOrder() {
    var state = Self.sortedByPrice()
    Fixtures.press(Self.toColumn(1) + [.character("/")], on: &state)
    Self.type("an", on: &state)
    #expect(state.sheet.cursorRow == 4, "banana is fifth by price")
    Fixtures.press([.character("n")], on: &state)
    #expect(state.sheet.cursorRow == 4, "the only match")
  }

  @Test func selectionAndFilterKeepTheSortedOrder() {
    var state = Self.sortedByPrice()
    Fixtures.press(Self.toColumn(1) + [.character("|")], on: &state)
    Self.type("e", on: &state)
    #expect(state.sheet.selectedRows == [0, 1, 3, 5])
    Fixtures.press([.character("\"")], on: &state)
    #expect(Self.ids(state) == [5, 4, 1, 3].map { .int($0) })
    _ = state.pop()
    Fixtures.press([.character("=")], on: &state)
    Self.type("price > 1", on: &state)
    #expect(Self.ids(state) == [5, 4, 6, 1].map { .int($0) })
  }

  @Test func aFurtherSortIsStableOverTheSortedOrder() {
    var state = Self.sortedByPrice()
    Fixtures.press(Self.toColumn(4) + [.character("[")], on: &state)
    #expect(Self.ids(state) == [4, 6, 2, 5, 1, 3].map { .int($0) })
  }

  @Test func frequencyDescribeAndExportSeeEveryRow() {
    var state = Self.sortedByPrice()
    Fixtures.press(Self.toColumn(4) + [.character("F")], on: &state)
    #expect(state.sheet.table.columns[1][0] == .int(3))
    #expect(state.sheet.table.columns[1][1] == .int(3))
    _ = state.pop()
    Fixtures.press([.character("I")], on: &state)
    #expect(state.sheet.title == "describe")
    #expect(state.sheet.table.rowCount == 5)
    _ = state.pop()
    Fixtures.press([.ctrl("s")], on: &state)
    let effects = Fixtures.press("out.csv".map { Key.character($0) } + [.enter], on: &state)
    guard case .export(let request) = effects.first else {
      Issue.record("export asks the run loop to write: \(effects)")
      return
    }
    let names = ["elderberry", "date", "fig", "apple", "banana", "cherry"].map(Value.string)
    #expect((0..<6).map { request.table.columns[1][$0] } == names)
  }
}
