import ArgumentParser
import AssayAdvisor
import Foundation

/// `assay wizard`: asks where data should live, question by question, or answers from flags.
struct WizardCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "wizard",
    abstract: "Recommend where data should be stored, from answers to a few questions.",
    discussion: """
      With --answer flags the wizard answers at once and asks nothing. Without them it asks each question on standard input: type the number or the name of an answer, Enter to skip, 'b' to go back, 'q' to stop; the running recommendation follows each answer.

      Examples:
        assay wizard
        assay wizard --answer data=tabular --answer size=1-100TB \\
                     --answer access=analytics
        assay wizard --answer data=files --answer reads=never --format json
      """)

  @OptionGroup var advisor: AdvisorArguments

  @Flag(
    help:
      "Ask line by line on standard input even in a terminal (the line-by-line mode is used in all cases for now)."
  )
  var noTui = false

  func run() async throws {
    try await reportingFailures {
      let book = try advisor.ruleBook()
      var wizard = Wizard(advisor: Advisor(book: book), answers: Answers(try advisor.givenAnswers(book)))
      if advisor.answers.isEmpty {
        AdvisorPrompt().run(&wizard)
      }
      try advisor.emit(AdvisorReport(book: book, recommendation: wizard.recommendation))
    }
  }
}
