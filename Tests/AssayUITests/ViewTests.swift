import AssayCore
import AssayGrid
import Testing

@testable import AssayUI

@Suite struct ViewTests {
  @Test func firstScreenShowsHeaderRowsAndStatus() {
    let state = Fixtures.state()
    #expect(
      Fixtures.screen(state) == [
        "id name       price picked     ripe     ",
        " 1 apple        1.5 2024-10-04 true     ",
        " 2 banana      0.25 2024-10-05 false    ",
        " 3 cherry           2024-10-06 true     ",
        " 4 date           3 2024-10-07 false    ",
        " 5 elderberry 12.75 2024-10-08 true     ",
        " 6 fig            2 2024-10-09 false    ",
        "fruit.csv  row 1/6  id (int)            ",
      ])
  }

  @Test func lastRowKeyShowsLastRowInStatus() {
    var state = Fixtures.state(Fixtures.numbers(rows: 150, columns: 3), width: 30, height: 6)
    Fixtures.press([.character("G")], on: &state)
    #expect(
      Fixtures.screen(state) == [
        "  c0   c1   c2                ",
        "1460 1461 1462                ",
        "1470 1471 1472                ",
        "1480 1481 1482                ",
        "1490 1491 1492                ",
        "numbers  row 150/150  c0 (int)",
      ])
  }

  @Test func movingRightScrollsWideTablesToKeepTheCursorColumnVisible() {
    var state = Fixtures.state(Fixtures.numbers(rows: 3, columns: 12), width: 19, height: 5)
    Fixtures.press(Array(repeating: .character("l"), count: 6), on: &state)
    #expect(
      Fixtures.screen(state) == [
        "c1 c2 c3 c4 c5 c6 …",
        " 1  2  3  4  5  6 7",
        "11 12 13 14 15 16 …",
        "21 22 23 24 25 26 …",
        "row 1/3  c6 (int)  ",
      ])
    Fixtures.press([.character("$")], on: &state)
    #expect(Fixtures.screen(state)[0] == "c6 c7 c8 c9 c10 c11")
    Fixtures.press([.character("0")], on: &state)
    #expect(Fixtures.screen(state)[2] == "10 11 12 13 14 15 …")
  }

  @Test func columnsWidenForWiderValuesScrolledIntoView() {
    let values: [Value] = (0..<1000).map { .int($0 == 500 ? 123_456 : 7) }
    let table = Table(name: "t", columns: [Column(name: "n", type: .int, values: values)])
    var state = Fixtures.state(table, width: 10, height: 4)
    #expect(state.sheet.columnWidths == [1])
    Fixtures.press([.pageDown], on: &state)
    #expect(state.sheet.columnWidths == [1])
    state.sheet.moveCursor(toRow: 500)
    _ = update(state: &state, event: .resize(state.size))
    #expect(Fixtures.screen(state)[0...2] == ["     n    ", "     7    ", "123456    "])
    Fixtures.press([.character("g")], on: &state)
    #expect(Fixtures.screen(state)[1] == "     7    ")
  }

  @Test func headerNullsCursorAndCursorRowHaveTheirRoles() {
    var state = Fixtures.state()
    Fixtures.press([.character("j"), .character("j"), .character("l"), .character("l")], on: &state)
    let grid = view(state: state, size: state.size)
    #expect(grid[x: 0, y: 0].style.role == .header)
    #expect(grid[x: 14, y: 3].style == Style(.cursor))  // price of row 3, which is null
    #expect(grid[x: 14, y: 2].style.role == .number)
    #expect(grid[x: 3, y: 3].style == Style(.string, bold: true))
    #expect(grid[x: 3, y: 2].style == Style(.string))
    #expect(grid[x: 0, y: 7].style.role == .status)
    state.sheet.moveCursor(toColumn: 0)
    #expect(view(state: state, size: state.size)[x: 14, y: 3].style == Style(.null, bold: true))
  }

  @Test func controlCharactersInCellsAreShownVisibly() {
    let table = Table(
      name: "evil", columns: [Column(name: "text", type: .string, values: [.string("\u{1B}[2J")])])
    let lines = Fixtures.screen(Fixtures.state(table, width: 12, height: 3))
    #expect(lines[1] == "␛[2J        ")
    #expect(!lines.joined().unicodeScalars.contains { SafeText.isControl($0) })
  }

  @Test func longTextIsCutWithAnEllipsis() {
    let long = String(repeating: "x", count: 60)
    let table = Table(name: "t", columns: [Column(name: "s", type: .string, values: [.string(long)])])
    let line = Fixtures.screen(Fixtures.state(table, width: 45, height: 3))[1]
    #expect(line == String(repeating: "x", count: 39) + "…     ")
  }

  @Test(arguments: [
    Size(width: 20, height: 5), Size(width: 300, height: 80), Size(width: 1, height: 1),
    Size(width: 3, height: 2),
  ])
  func everySizeRendersFullLines(size: Size) {
    for table in [Fixtures.fruit, Fixtures.numbers(rows: 500, columns: 60)] {
      var state = Fixtures.state(table, width: size.width, height: size.height)
      for keys in [[], [Key.character("G")], [.character("$")], [.pageDown, .pageDown]] {
        Fixtures.press(keys, on: &state)
        let grid = view(state: state, size: size)
        let lines = grid.plainLines()
        #expect(lines.count == size.height)
        #expect(lines.allSatisfy { DisplayWidth.of($0) == size.width })
        #expect(
          grid.cells.allSatisfy {
            !$0.character.unicodeScalars.contains { SafeText.isControl($0) } || $0.isContinuation
          })
      }
    }
  }

  @Test func tinyTerminalShowsHeaderFirstRowsAndRowNumber() {
    let state = Fixtures.state(Fixtures.fruit, width: 20, height: 5)
    #expect(
      Fixtures.screen(state) == [
        "id name       price ",
        " 1 apple        1.5 ",
        " 2 banana      0.25 ",
        " 3 cherry           ",
        "row 1/6  id (int)   ",
      ])
  }

  @Test func tableWithoutRowsSaysSo() {
    let table = Table(name: "empty.csv", columns: [Column(name: "a", type: .int, values: [])])
    #expect(
      Fixtures.screen(Fixtures.state(table, width: 24, height: 4)) == [
        "a                       ",
        "no rows                 ",
        "                        ",
        "row 0/0  a (int)        ",
      ])
  }

  @Test func tableWithoutColumnsSaysSo() {
    let table = Table(name: "blank.csv", columns: [])
    #expect(
      Fixtures.screen(Fixtures.state(table, width: 24, height: 3)) == [
        "blank.csv has no columns",
        "                        ",
        "blank.csv  row 0/0      ",
      ])
  }
}
