import AssayAdvisor
import AssayCore
import Testing

@testable import AssayUI

@Suite struct ScreenStackTests {
  @Test func screensAndSheetsInterleaveAndPopInOrder() {
    var state = ScreenFixtures.state()
    state.push(ReportScreen(title: "notes", text: "a\n"))
    state.push(Sheet(title: "help", table: Fixtures.fruit))
    state.push(ReportScreen(title: "more", text: "b\n"))
    #expect(state.stackTitles == ["measurements", "notes", "help", "more"])
    #expect(state.screen?.title == "more")
    var popped = [state.pop()]
    #expect(state.screen == nil && state.sheet.title == "help")
    popped.append(state.pop())
    #expect(state.screen?.title == "notes")
    popped.append(state.pop())
    #expect(state.screen == nil && state.sheets.count == 1)
    popped.append(state.pop())
    #expect(popped == [true, true, true, false])
  }

  @Test func everyScreenKeyRunsAKnownCommand() {
    for keymap in [Keymap.chart, .wizard, .report] {
      for binding in keymap.bindings {
        #expect(CommandRegistry.command(id: binding.commandID) != nil, "\(binding.commandID) is unknown")
      }
    }
  }

  @Test(arguments: ["chart", "scatter", "wizard", "report"])
  func everyCommandOfAScreenRunsOnItWithoutLosingTheStack(screen: String) throws {
    for command in try Self.commands(of: Self.state(with: screen)) {
      var state = try Self.state(with: screen)
      let effects = Job.runAll(CommandRegistry.perform(command, input: "1", on: &state), on: &state)
      #expect(!state.sheets.isEmpty)
      #expect(Fixtures.screen(state).count == 24, "\(command.id)")
      #expect(effects.allSatisfy { $0 == .quit || $0 == .cancelJob }, "\(command.id): \(effects)")
    }
  }

  private static func commands(of state: AppState) -> [Command] { state.screen?.commands ?? [] }

  private static func state(with screen: String) throws -> AppState {
    var state = ScreenFixtures.state()
    switch screen {
    case "chart": Fixtures.press([.character(".")], on: &state)
    case "scatter": Fixtures.press([.character("S"), .enter], on: &state)
    case "wizard":
      state.push(WizardScreen(wizard: Wizard(advisor: Advisor(book: try RuleBook.bundled()))))
    default: Fixtures.press([.character("R")], on: &state)
    }
    return state
  }
}
