import ArgumentParser
import AssayAdvisor
import AssayCore
import Foundation

/// How a recommendation is printed.
enum AdvisorFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, markdown
}

/// The options shared by `assay wizard` and `assay recommend`: answers, format, output, rules file.
struct AdvisorArguments: ParsableArguments {
  @Option(
    name: .customLong("answer"),
    help: ArgumentHelp(
      "An answer as question=answer (repeatable), e.g. --answer data=tabular --answer size=1-100TB.",
      valueName: "question=answer"))
  var answers: [String] = []

  @Option(help: "Output format: text, json or markdown.")
  var format: AdvisorFormat = .text

  @Option(
    name: [.short, .customLong("output")], help: "Write to this file (atomically) instead of standard output."
  )
  var output: String?

  @Option(help: "Use this rules file instead of the built-in one (same JSON shape).")
  var rules: String?

  /// The rule book: the file given with --rules, or the built-in one.
  func ruleBook() throws -> RuleBook {
    try rules.map { try RuleBook.load(contentsOf: $0) } ?? RuleBook.bundled()
  }

  /// The --answer flags, checked against the book.
  func givenAnswers(_ book: RuleBook) throws -> [Answer] {
    try answers.map { try book.parseAnswer($0) }
  }

  /// Prints the report in the chosen format to the output file or standard output.
  func emit(_ report: AdvisorReport) throws {
    let text: String
    switch format {
    case .text: text = report.text()
    case .json: text = try report.json()
    case .markdown: text = report.markdown()
    }
    if let output {
      try AtomicFile.write(to: output) { write in try write(text) }
    } else {
      try StandardOutput.write(text)
    }
  }
}
