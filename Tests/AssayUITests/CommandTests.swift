import AssayCore
import Testing

@testable import AssayUI

@Suite struct CommandTests {
  @Test(arguments: CommandRegistry.table.map(\.id))
  func everyCommandRunsOnceLeavingAValidCursor(id: String) throws {
    let command = try #require(CommandRegistry.command(id: id))
    for table in [Fixtures.fruit, Fixtures.numbers(rows: 0, columns: 2), Table(name: "none", columns: [])] {
      var state = Fixtures.state(table)
      Fixtures.press([.character("j"), .character("l")], on: &state)
      _ = Job.runAll(command.run(&state, command.prompt == nil ? "" : "x"), on: &state)
      _ = update(state: &state, event: .resize(state.size))
      let sheet = state.sheet
      #expect(sheet.cursorRow >= 0 && sheet.cursorRow < max(1, sheet.table.rowCount))
      #expect(sheet.cursorColumn >= 0 && sheet.cursorColumn < max(1, sheet.table.columns.count))
      #expect(Fixtures.screen(state).count == 8)
    }
  }

  @Test func everyCommandHasHelpAndADefaultKey() {
    let ids = CommandRegistry.table.map(\.id)
    #expect(Set(ids).count == ids.count)
    for command in CommandRegistry.table {
      #expect(!command.help.isEmpty)
      #expect(!Keymap.table.keys(for: command.id).isEmpty, "\(command.id) has no key")
    }
    for binding in Keymap.table.bindings {
      #expect(CommandRegistry.command(id: binding.commandID) != nil, "\(binding.commandID) is unknown")
    }
  }

  @Test func helpListsTheScreensCommandsWithTheirKeys() {
    var state = Fixtures.state(width: 80, height: 16)
    Fixtures.press([.character("?")], on: &state)
    let lines = Fixtures.screen(state)
    #expect(lines[0].hasPrefix("keys              command             does"))
    #expect(lines[1].hasPrefix("Down j            cursor-down         move the cursor down one row"))
    #expect(lines[5].hasPrefix("PgDn Ctrl-F Space page-down           scroll down one screen"))
    #expect(lines[12].hasPrefix("c                 go-column           go to a column by its name"))
    #expect(lines[15].hasPrefix("fruit.csv › help  row 1/47  keys (string)"))
    Fixtures.press([.character("G")], on: &state)
    let bottom = Fixtures.screen(state)
    #expect(
      bottom[12].hasPrefix("q                 quit-sheet          go back to the previous sheet, or quit"))
    #expect(bottom[13].hasPrefix("mouse click       click-cell          put the cursor on a cell"))
    #expect(bottom[14].hasPrefix("mouse wheel       wheel-rows          move the cursor by a number of rows"))
    #expect(state.sheet.table.rowCount == CommandRegistry.table.count + CommandRegistry.mouse.count)
  }

  @Test func qGoesBackThroughTheSheetStackThenQuits() {
    var state = Fixtures.state()
    Fixtures.press([.character("G"), .character("?"), .character("j")], on: &state)
    #expect(state.sheets.map(\.title) == ["fruit.csv", "help"])
    #expect(Fixtures.press([.character("q")], on: &state) == [])
    #expect(state.sheets.count == 1)
    #expect(state.sheet.cursorRow == 5)
    #expect(Fixtures.screen(state)[7].hasPrefix("fruit.csv  row 6/6"))
    #expect(Fixtures.press([.character("q")], on: &state) == [.quit])
  }
}
