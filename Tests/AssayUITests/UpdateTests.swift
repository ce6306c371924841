import AssayCore
import Testing

@testable import AssayUI

@Suite struct UpdateTests {
  private static let hundred = Fixtures.numbers(rows: 100, columns: 4)

  @Test func arrowsAndVimKeysMoveTheCursorWithinTheTable() {
    var state = Fixtures.state()
    Fixtures.press([.down, .character("j"), .right, .character("l")], on: &state)
    #expect((state.sheet.cursorRow, state.sheet.cursorColumn) == (2, 2))
    Fixtures.press(
      [.up, .character("k"), .character("k"), .left, .character("h"), .character("h")], on: &state)
    #expect((state.sheet.cursorRow, state.sheet.cursorColumn) == (0, 0))
    Fixtures.press(Array(repeating: .character("l"), count: 9), on: &state)
    #expect(state.sheet.cursorColumn == 4)
  }

  @Test func firstAndLastRowAndColumnKeys() {
    var state = Fixtures.state(Self.hundred)
    for key in [Key.character("G"), .end] {
      Fixtures.press([.home, key], on: &state)
      #expect(state.sheet.cursorRow == 99)
    }
    Fixtures.press([.character("g")], on: &state)
    #expect(state.sheet.cursorRow == 0)
    Fixtures.press([.character("$")], on: &state)
    #expect(state.sheet.cursorColumn == 3)
    Fixtures.press([.character("0")], on: &state)
    #expect(state.sheet.cursorColumn == 0)
  }

  @Test func pageKeysMoveByTheBodyHeight() {
    var state = Fixtures.state(Self.hundred, width: 40, height: 12)  // 10 body rows
    Fixtures.press([.pageDown], on: &state)
    #expect((state.sheet.cursorRow, state.sheet.topRow) == (10, 10))
    Fixtures.press([.ctrl("f")], on: &state)
    #expect((state.sheet.cursorRow, state.sheet.topRow) == (20, 20))
    Fixtures.press([.ctrl("b")], on: &state)
    #expect((state.sheet.cursorRow, state.sheet.topRow) == (10, 10))
    Fixtures.press([.pageUp, .pageUp], on: &state)
    #expect((state.sheet.cursorRow, state.sheet.topRow) == (0, 0))
    Fixtures.press(Array(repeating: .pageDown, count: 12), on: &state)
    #expect((state.sheet.cursorRow, state.sheet.topRow) == (99, 90))
  }

  @Test func scrollingFollowsTheCursorDown() {
    var state = Fixtures.state(Self.hundred, width: 40, height: 5)  // 3 body rows
    Fixtures.press(Array(repeating: .down, count: 4), on: &state)
    #expect((state.sheet.cursorRow, state.sheet.topRow) == (4, 2))
    #expect(Fixtures.screen(state)[3].hasPrefix(" 40  41  42  43 "))
  }

  @Test func qQuitsTheLastSheet() {
    var state = Fixtures.state()
    #expect(Fixtures.press([.character("q")], on: &state) == [.quit])
  }

  @Test func ctrlCWhenIdleQuitsEvenFromAStackedSheet() {
    var state = Fixtures.state()
    Fixtures.press([.character("F")], on: &state)
    #expect(state.sheets.count == 2)
    #expect(Fixtures.press([.ctrl("c")], on: &state) == [.quit])
  }

  @Test func unboundKeySaysSo() {
    var state = Fixtures.state()
    Fixtures.press([.character("Z")], on: &state)
    #expect(state.message?.text == "no command on Z (? lists the keys)")
  }

  @Test func resizeKeepsTheCursorVisibleAtTheNewSize() {
    var state = Fixtures.state(Self.hundred, width: 40, height: 30)
    Fixtures.press(Array(repeating: .down, count: 20), on: &state)
    _ = update(state: &state, event: .resize(Size(width: 20, height: 6)))
    #expect(state.size == Size(width: 20, height: 6))
    let lines = Fixtures.screen(state)
    #expect(lines.count == 6)
    #expect(lines[4].hasPrefix("200 201 202 203"))
    #expect(lines[5].hasPrefix("row 21/100"))
  }

  @Test func growingTheWindowBringsBackTheColumnsScrolledOff() {
    var state = Fixtures.state(Fixtures.numbers(rows: 5, columns: 8), width: 40, height: 6)
    Fixtures.press([.character("$")], on: &state)
    #expect(Fixtures.screen(state)[0].hasPrefix("c0 "))
    _ = update(state: &state, event: .resize(Size(width: 12, height: 6)))
    #expect(!Fixtures.screen(state)[0].contains("c0"))
    _ = update(state: &state, event: .resize(Size(width: 20, height: 6)))
    #expect(
      Fixtures.screen(state)[0] == "c1 c2 c3 c4 c5 c6 c7", "as many columns as fit, the last ending the line")
    _ = update(state: &state, event: .resize(Size(width: 40, height: 6)))
    #expect(Fixtures.screen(state)[0].hasPrefix("c0 "), "every column fits again")
    #expect(state.sheet.cursorColumn == 7)
  }

  @Test func mouseClickMovesTheCursorAndWheelScrolls() {
    var state = Fixtures.state()
    _ = update(state: &state, event: .mouse(MouseEvent(action: .press, x: 15, y: 3)))
    #expect((state.sheet.cursorRow, state.sheet.cursorColumn) == (2, 2))
    _ = update(state: &state, event: .mouse(MouseEvent(action: .wheelDown, x: 0, y: 0)))
    #expect(state.sheet.cursorRow == 5)
    _ = update(state: &state, event: .mouse(MouseEvent(action: .press, x: 0, y: 7)))  // the status line
    #expect(state.sheet.cursorRow == 5)
  }

  @Test func remappedKeyRunsTheCommand() {
    var keymap = Keymap.table
    keymap.bind(.character("x"), to: "go-last-row")
    keymap.bind(.character("j"), to: "cursor-up")
    var state = AppState(table: Self.hundred, size: Size(width: 40, height: 8), keymap: keymap)
    Fixtures.press([.character("x")], on: &state)
    #expect(state.sheet.cursorRow == 99)
    Fixtures.press([.character("j")], on: &state)
    #expect(state.sheet.cursorRow == 98)
    #expect(keymap.keys(for: "cursor-up") == [.up, .character("k"), .character("j")])
  }
}

@Suite struct KeyTests {
  @Test func typedCodesBecomeKeys() {
    #expect(Key(typed: 3) == .ctrl("c"))
    #expect(Key(typed: 6) == .ctrl("f"))
    #expect(Key(typed: 13) == .enter)
    #expect(Key(typed: 10) == .enter)
    #expect(Key(typed: 9) == .tab)
    #expect(Key(typed: 27) == .escape)
    #expect(Key(typed: 127) == .backspace)
    #expect(Key(typed: 0x47) == .character("G"))
    #expect(Key(typed: 0x65E5) == .character("日"))
    #expect(Key(typed: 0) == nil)
    #expect(Key(typed: 0x9B) == nil)
    #expect(Key(typed: 0xD800) == nil)
  }

  @Test func labelsNameKeysAsHelpShowsThem() {
    #expect(Key.ctrl("f").label == "Ctrl-F")
    #expect(Key.character(" ").label == "Space")
    #expect(Key.pageDown.label == "PgDn")
    #expect(Key.function(1).label == "F1")
    #expect(Key.character("$").label == "$")
  }
}

@Suite struct SheetTests {
  @Test func hugeMovesStopAtTheTableEdges() {
    var sheet = Sheet(title: "t", table: Fixtures.fruit)
    sheet.moveCursor(rows: 3)
    sheet.moveCursor(rows: .max, columns: .max)
    #expect((sheet.cursorRow, sheet.cursorColumn) == (5, 4))
    sheet.moveCursor(rows: .min, columns: .min)
    #expect((sheet.cursorRow, sheet.cursorColumn) == (0, 0))
  }
}
