import AssayAdvisor
import AssayCore
import AssayTestSupport
import Testing

@testable import AssayUI

@Suite struct WizardScreenTests {
  private static func wizardState(width: Int = 80, height: Int = 24) throws -> AppState {
    let book = try RuleBook.bundled()
    return AppState.wizardApp(Wizard(advisor: Advisor(book: book)), size: Size(width: width, height: height))
  }

  private static func wizard(_ state: AppState) -> Wizard? { state.wizard?.wizard }

  @Test func numbersAnswerAndGoingBackChangesTheRecommendation() throws {
    var state = try Self.wizardState()
    #expect(Fixtures.screen(state)[0].hasPrefix("question 1 of 15 [data]"))
    Fixtures.press(ScreenFixtures.typing("111"), on: &state)
    let first = try #require(Self.wizard(state))
    #expect(first.answers["access"] == "transactions")
    let transactional = try #require(first.recommendation.top?.category.name)
    Fixtures.press([.backspace], on: &state)
    #expect(Self.wizard(state)?.current?.key == "access")
    #expect(Fixtures.screen(state).contains { $0.hasPrefix("*1) transactions") })
    Fixtures.press(ScreenFixtures.typing("2"), on: &state)
    let analytical = try #require(Self.wizard(state)?.recommendation.top?.category.name)
    #expect(analytical != transactional)
    #expect(Fixtures.screen(state).contains { $0.contains("│ \(analytical)") })
    #expect(Fixtures.screen(state)[23].contains("assay › wizard  question 4 of 15"))
  }

  @Test func skipBackAtTheStartAndUnknownNumbers() throws {
    var state = try Self.wizardState()
    Fixtures.press([.character("b")], on: &state)
    #expect(state.message?.text == "this is the first question")
    Fixtures.press([.character("9")], on: &state)
    #expect(state.message?.text == "no answer numbered 9")
    Fixtures.press([.character("s")], on: &state)
    #expect(Self.wizard(state)?.current?.key == "size")
    #expect(Self.wizard(state)?.answers["data"] == nil)
  }

  @Test func enterShowsTheReportAndQLeavesTheWizardApp() throws {
    var state = try Self.wizardState()
    Fixtures.press(ScreenFixtures.typing("12") + [.enter], on: &state)
    guard let report = state.screen as? ReportScreen else {
      Issue.record("no report on screen")
      return
    }
    #expect(report.lines.first?.hasPrefix("Recommendation: ") == true)
    #expect(Fixtures.screen(state)[23].contains("wizard › report  line 1/"))
    Fixtures.press([.character("q")], on: &state)
    #expect(Self.wizard(state)?.answers["size"] == "1-10GB")
    #expect(update(state: &state, event: .key(.character("q"))) == [.quit])
    #expect(Self.wizard(state)?.answers.all.count == 2)
  }

  @Test func ctrlCQuitsFromTheQuestionsAndTheReportAsEverywhere() throws {
    var state = try Self.wizardState()
    #expect(update(state: &state, event: .key(.ctrl("c"))) == [.quit])
    Fixtures.press(ScreenFixtures.typing("1") + [.enter], on: &state)
    #expect(state.screen is ReportScreen)
    #expect(update(state: &state, event: .key(.ctrl("c"))) == [.quit])
  }

  @Test func allQuestionsPassedSaysWhatIsLeft() throws {
    var state = try Self.wizardState()
    Fixtures.press(Array(repeating: .character("s"), count: 15), on: &state)
    #expect(Fixtures.screen(state)[0].hasPrefix("All questions passed."))
    #expect(Fixtures.screen(state)[0].contains("Recommendation so far: none yet"))
  }

  @Test func wizardScreensSideBySideAndNarrow() throws {
    var state = try Self.wizardState()
    Fixtures.press(ScreenFixtures.typing("12"), on: &state)
    assertGolden(Fixtures.screen(state).joined(separator: "\n") + "\n", named: "wizard-80x24.txt")
    _ = update(state: &state, event: .resize(Size(width: 60, height: 24)))
    assertGolden(Fixtures.screen(state).joined(separator: "\n") + "\n", named: "wizard-60x24.txt")
  }
}
