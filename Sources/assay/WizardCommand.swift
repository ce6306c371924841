import ArgumentParser
import AssayAdvisor
import AssayCore
import AssayGrid
import AssayTerminal
import AssayUI
import Foundation

/// `assay wizard`: asks where data should live, question by question, or answers from flags.
struct WizardCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "wizard",
    abstract: "Recommend where data should be stored, from answers to a few questions.",
    discussion: """
      With --answer flags the wizard answers at once and asks nothing. In a terminal it shows one question at a time beside the running recommendation (a tie, when categories score within a point, with the question that separates them): a number answers, + and a number add another answer to a question that takes several, s skips, b or Backspace goes back (the answer can be changed), Enter shows the full report, q quits and prints the report. Without a terminal, or with --no-tui, it asks each question on standard input: type the number or the name of an answer (several separated by commas where a question takes several), Enter to skip, 'b' to go back, 'q' to stop; the running recommendation follows each answer.

      Examples:
        assay wizard
        assay wizard --answer data=tabular --answer size=1-100TB \\
                     --answer access=analytics
        assay wizard --answer data=files --answer reads=never --format json
      """)

  @OptionGroup var advisor: AdvisorArguments

  @Flag(help: "Ask line by line on standard input even in a terminal.")
  var noTui = false

  func run() async throws {
    try await reportingFailures {
      let book = try advisor.ruleBook()
      var wizard = Wizard(advisor: Advisor(book: book), answers: Answers(try advisor.givenAnswers(book)))
      if advisor.answers.isEmpty {
        if !noTui, isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 {
          wizard = try await ask(wizard)
        } else {
          AdvisorPrompt().run(&wizard)
        }
      }
      try advisor.emit(AdvisorReport(book: book, recommendation: wizard.recommendation))
    }
  }

  /// Runs the wizard screen on the main thread, which owns the terminal; the terminal is restored
  /// before the report is printed.
  @MainActor private func ask(_ wizard: Wizard) async throws -> Wizard {
    let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    let config = try UserConfig.load()
    let theme = noColor ? Theme.monochrome : try ThemeLocator.theme(named: config.theme ?? Theme.default.name)
    let terminal = try NcursesTerminal(theme: theme, mouse: false)
    defer { terminal.close() }
    let state = AppState.wizardApp(wizard, size: terminal.size)
    return try await TUIApp.session(terminal: terminal, state: state).state.wizard?.wizard ?? wizard
  }
}
