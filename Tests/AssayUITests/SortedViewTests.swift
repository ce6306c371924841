import AssayCharts
import AssayCore
import Testing

@testable import AssayUI

/// A sorted sheet reads its stored rows through the sort's order; what commands see is what a
/// copy of the rows in that order would hold.
@Suite struct SortedViewTests {
  /// 240 rows: doubles, packed and dictionary-coded text, ints and booleans, each with nulls,
  /// in chunks of different sizes.
  static let mixed: Table = {
    let count = 240
    func chunked(_ name: String, _ type: ColumnType, rows: Int, _ value: (Int) -> Value) -> Column {
      let chunks = stride(from: 0, to: count, by: rows).map { start in
        ColumnChunk.make(type: type, values: (start..<min(count, start + rows)).map(value))
      }
      return Column(name: name, type: type, chunks: chunks)
    }
    let kinds = stride(from: 0, to: count, by: 80).map { start in
      ColumnChunk(
        values: .string(
          .dictionary(codes: (0..<80).map { UInt32(($0 + start) % 4) }, dictionary: ["d", "b", "a", "c"])),
        validity: nil)
    }
    return Table(
      name: "mixed",
      columns: [
        chunked("id", .int, rows: 100) { .int(Int64($0)) },
        chunked("x", .double, rows: 64) { $0 % 13 == 0 ? .null : .double(Double(($0 * 37) % 29) / 4) },
        Column(name: "kind", type: .string, chunks: kinds),
        chunked("note", .string, rows: 50) { $0 % 7 == 0 ? .null : .string("note \(($0 * 11) % 19) ✓") },
        chunked("ok", .bool, rows: 33) { $0 % 5 == 0 ? .null : .bool($0 % 3 == 0) },
      ])
  }()

  /// Keys that put the cursor on column `index`.
  static func toColumn(_ index: Int) -> [Key] { SortedSheetTests.toColumn(index) }

  /// The table an export of the sheet on screen writes.
  static func exported(_ state: inout AppState) throws -> Table {
    Fixtures.press([.ctrl("s")], on: &state)
    let effects = Fixtures.press("out.csv".map { Key.character($0) } + [.enter], on: &state)
    guard case .export(let request) = effects.first else { throw CancellationError() }
    return request.table
  }

  @Test func theExportOfASortedSheetIsTheGatheredCopy() throws {
    var state = Fixtures.state(Self.mixed)
    Fixtures.press(Self.toColumn(1) + [.character("]")], on: &state)
    #expect(state.sheet.rowOrder != nil, "the sort copied nothing")
    let byX = [SortKey(column: 1, descending: true)]
    #expect(try Self.exported(&state) == TableSort.sorted(Self.mixed, by: byX))
    Fixtures.press(Self.toColumn(3) + [.character("{")], on: &state)
    let byXThenNote = byX + [SortKey(column: 3)]
    #expect(state.sheet.sortKeys == byXThenNote)
    #expect(try Self.exported(&state) == TableSort.sorted(Self.mixed, by: byXThenNote))
    Fixtures.press(Self.toColumn(2) + [.character("[")], on: &state)
    let sortedOnce = TableSort.sorted(Self.mixed, by: byXThenNote)
    #expect(try Self.exported(&state) == TableSort.sorted(sortedOnce, by: [SortKey(column: 2)]))
  }

  @Test func theScreenShowsTheSortedRows() {
    var state = Fixtures.state(Self.mixed, width: 60, height: 6)
    Fixtures.press(Self.toColumn(3) + [.character("[")], on: &state)
    let copy = TableSort.sorted(Self.mixed, by: [SortKey(column: 3)])
    let body = Fixtures.screen(state)[1...4]
    for (row, line) in body.enumerated() {
      #expect(line.drop { $0 == " " }.hasPrefix(copy.columns[0][row].description + " "), "\(line)")
      #expect(line.contains(copy.columns[3][row].description), "\(line)")
    }
    #expect(state.sheet.value(row: 0, column: 3) == .string("note 0 ✓"))
    #expect(state.sheet.column(3) == copy.columns[3])
  }

  @Test func hidingAndPinningKeepTheOrder() {
    var state = Fixtures.state(Self.mixed)
    Fixtures.press(Self.toColumn(1) + [.character("["), .character("-")], on: &state)
    let ids = TableSort.order(Self.mixed, by: [SortKey(column: 1)]).map { Value.int(Int64($0)) }
    #expect(state.sheet.storedTable.columnNames == ["id", "kind", "note", "ok"])
    #expect(state.sheet.column(0) == Column(name: "id", type: .int, values: ids))
    Fixtures.press(Self.toColumn(2) + [.character("!")], on: &state)
    #expect(state.sheet.table.columnNames == ["note", "id", "kind", "ok"])
    #expect((0..<240).map { state.sheet.value(row: $0, column: 1) } == ids)
  }

  @Test func theSelectionStaysWithItsRowsThroughSorts() {
    var state = Fixtures.state(Self.mixed)
    Fixtures.press([.character("s"), .character("s")], on: &state)
    #expect(state.sheet.selectedRows == [0, 1])
    Fixtures.press([.character("]")], on: &state)
    #expect(state.sheet.selectedRows == [238, 239], "ids 1 and 0, largest first")
    Fixtures.press(Self.toColumn(4) + [.character("[")], on: &state)
    let selectedIDs = state.sheet.selectedRows.map { state.sheet.value(row: $0, column: 0) }
    #expect(selectedIDs == [.int(1), .int(0)], "false first, null last")
    Fixtures.press([.character("\"")], on: &state)
    #expect(state.sheet.table.columns[0] == Column(name: "id", type: .int, values: [.int(1), .int(0)]))
  }

  @Test func aSortedFrequencyTableOpensTheRowsOfTheValueUnderTheCursor() {
    var state = Fixtures.state(Self.mixed)
    Fixtures.press(Self.toColumn(2) + [.character("F"), .character("l"), .character("[")], on: &state)
    let value = state.sheet.value(row: 0, column: 0)
    Fixtures.press([.enter], on: &state)
    #expect(state.sheet.rowCount == 60)
    #expect((0..<60).allSatisfy { state.sheet.value(row: $0, column: 2) == value })
  }

  @Test func aChartOfASortedSheetChartsTheRowsInOrderAndIsDrawnAtOnce() throws {
    var state = Fixtures.state(Self.mixed, width: 50, height: 12)
    Fixtures.press(Self.toColumn(1) + [.character("]"), .character("V")], on: &state)
    guard let chart = state.screen as? ChartScreen else {
      Issue.record("the job pushes the chart: \(String(describing: state.screen))")
      return
    }
    let copy = TableSort.sorted(Self.mixed, by: [SortKey(column: 1, descending: true)])
    #expect(chart.table == copy)
    #expect(chart.drawing?.key.spec == ChartSpec(kind: .histogram, x: "x"))
    var unsorted = Fixtures.state(copy, width: 50, height: 12)
    Fixtures.press(Self.toColumn(1) + [.character("V")], on: &unsorted)
    #expect(Fixtures.screen(state).dropLast() == Fixtures.screen(unsorted).dropLast())
    _ = state.pop()
    Fixtures.press([.character("S")], on: &state)
    SortedSheetTests.type("id", on: &state)
    guard let scatter = state.screen as? ChartScreen else {
      Issue.record("a scatter plot opens too: \(String(describing: state.screen))")
      return
    }
    #expect(scatter.spec.y == ["id"])
    #expect(scatter.table == copy)
  }
}
