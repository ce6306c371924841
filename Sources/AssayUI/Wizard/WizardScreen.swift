import AssayAdvisor
import AssayCore

/// The storage wizard on screen: one question at a time with single-key answers, the running
/// recommendation beside it.
public struct WizardScreen: Sendable {
  /// The questions, answers and running recommendation.
  public var wizard: Wizard
  /// True when the wizard is the whole app (`assay wizard`): leaving it quits.
  public let endsApp: Bool
  /// True after `+`: the next number adds an answer to a question that takes several, and stays.
  public var adding = false

  /// A screen driving `wizard`.
  public init(wizard: Wizard, endsApp: Bool = false) {
    self.wizard = wizard
    self.endsApp = endsApp
  }

  /// The full report for the answers so far.
  public var report: AdvisorReport {
    AdvisorReport(book: wizard.advisor.book, recommendation: wizard.recommendation)
  }

  /// `question 3 of 10`, or `all questions passed`, for the status line.
  public var progress: String {
    let count = wizard.advisor.book.questions.count
    return wizard.isFinished ? "all \(count) questions passed" : "question \(wizard.position + 1) of \(count)"
  }
}

/// The wizard screen's commands.
enum WizardCommands {
  /// Answer, back, skip and report.
  static let all: [Command] = [
    Command(id: "choose-answer", help: "answer with the option of this number", readsKey: true) {
      state, key in
      change(&state) { screen in
        let adding = screen.adding
        screen.adding = false
        guard let number = Int(key) else { return "no answer numbered \(key)" }
        let done = adding ? screen.wizard.toggle(number - 1) : screen.wizard.choose(number - 1)
        return done ? nil : "no answer numbered \(key)\(adding ? " to add" : "")"
      }
    },
    Command(id: "wizard-add", help: "the next number adds (or removes) an answer and stays on the question") {
      change(&$0) { screen in
        guard screen.wizard.current?.acceptsSeveral == true else { return "this question takes one answer" }
        screen.adding = true
        return "+: press the number of the answer to add"
      }
    },
    Command(id: "wizard-back", help: "go back to the previous question (its answer can be changed)") {
      change(&$0) { $0.wizard.back() ? nil : "this is the first question" }
    },
    Command(id: "wizard-skip", help: "leave this question unanswered and go on") {
      change(&$0) { screen in
        screen.wizard.skip()
        return nil
      }
    },
    Command(id: "wizard-report", help: "show the full report for the answers so far") { state in
      guard let screen = state.screen as? WizardScreen else { return [] }
      state.push(ReportScreen(title: "report", text: screen.report.text()))
      return []
    },
  ]

  /// Applies `edit` to the wizard on top; a returned text becomes the status message.
  private static func change(_ state: inout AppState, _ edit: (inout WizardScreen) -> String?) -> [Effect] {
    guard var screen = state.screen as? WizardScreen else { return [] }
    if let complaint = edit(&screen) { state.message = StatusMessage(complaint) }
    state.screen = screen
    return []
  }
}

extension AppState {
  /// The state of the wizard run on its own: the wizard over an empty sheet, `q` quits.
  public static func wizardApp(_ wizard: Wizard, size: Size) -> AppState {
    var state = AppState(table: Table(name: "assay", columns: []), size: size)
    state.push(WizardScreen(wizard: wizard, endsApp: true))
    return state
  }

  /// The wizard on screen or under the screens above it, if any.
  public var wizard: WizardScreen? {
    screens.reversed().lazy.compactMap { $0.screen as? WizardScreen }.first
  }
}
