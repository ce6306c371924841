import AssayAdvisor
import AssayCore
import Foundation

/// Drives the wizard line by line: questions and the running recommendation go to standard error,
/// answers come from standard input, so that standard output carries only the final report.
struct AdvisorPrompt {
  /// Asks until every question is answered or skipped, 'q' is typed, or input ends.
  func run(_ wizard: inout Wizard) {
    say("Answer with a number or a name; Enter skips, b goes back, q finishes.\n")
    while let question = wizard.current {
      say(prompt(for: question, current: wizard.answers[question.key]))
      guard let line = readLine(strippingNewline: true) else {
        say("\n")
        return
      }
      if !inputIsTerminal { say(line + "\n") }
      let reply = line.trimmingCharacters(in: .whitespaces)
      switch reply.lowercased() {
      case "q", "quit": return
      case "b", "back":
        if !wizard.back() { say("  (this is the first question)\n") }
        continue
      case "": wizard.skip()
      default:
        guard accept(reply, into: &wizard, question: question) else { continue }
      }
      say("  → \(running(wizard.recommendation))\n")
    }
  }

  /// Records a reply given as a number or an answer key; complains and returns false otherwise.
  private func accept(_ reply: String, into wizard: inout Wizard, question: Question) -> Bool {
    let keys = reply.split(separator: ",").map { part -> String in
      let trimmed = part.trimmingCharacters(in: .whitespaces)
      guard let number = Int(trimmed), question.answers.indices.contains(number - 1) else { return trimmed }
      return question.answers[number - 1].key
    }
    if wizard.answer(keys.joined(separator: ",")) { return true }
    say(
      "  '\(SafeText.visible(reply))' is not an answer; type 1-\(question.answers.count) or one of: "
        + question.answers.map(\.key).joined(separator: ", ")
        + (question.acceptsSeveral ? " (several separated by commas)" : "") + "\n")
    return false
  }

  /// The question and its numbered answers, marking the current answer.
  private func prompt(for question: Question, current: String?) -> String {
    var text = "\n\(question.text) [\(question.key)]\n"
    let width = question.answers.map(\.key.count).max() ?? 0
    for (index, option) in question.answers.enumerated() {
      let mark = current?.split(separator: ",").contains(Substring(option.key)) == true ? "*" : " "
      let label = option.label == option.key ? "" : "  " + option.label
      let key = label.isEmpty ? option.key : option.key.padding(toLength: width, withPad: " ", startingAt: 0)
      text += " \(mark)\(index + 1)) \(key)\(label)\n"
    }
    return text + "> "
  }

  /// One line: the current first choice and its runners-up.
  private func running(_ recommendation: Recommendation) -> String {
    guard let top = recommendation.top else { return "no recommendation yet" }
    if let tie = recommendation.tie {
      let names = tie.categories.map(\.category.name).joined(separator: " and ")
      return "now: a tie between \(names)" + (tie.question.map { " (answer \($0.key) to decide)" } ?? "")
    }
    let others = recommendation.alternatives.map(\.scored.category.name)
    return "now: \(top.category.name)" + (others.isEmpty ? "" : " (then \(others.joined(separator: ", ")))")
  }

  /// True when a person types the replies (a terminal echoes them); piped replies are echoed here.
  private let inputIsTerminal = isatty(STDIN_FILENO) == 1

  private func say(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}
