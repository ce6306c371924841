import Foundation

extension AdvisorReport {
  /// The report as plain text for a terminal or a log.
  public func text() -> String {
    var lines: [String] = []
    if let summary = profileSummary { lines += ["Source: \(summary)", ""] }
    guard let top = recommendation.top else {
      lines.append("No recommendation yet: answer at least one question (e.g. --answer data=tabular).")
      lines += answerLines()
      return lines.joined(separator: "\n") + "\n"
    }
    if let tie = recommendation.tie {
      lines += tieLines(tie) + ["", top.category.name]
    } else {
      lines.append("Recommendation: \(top.category.name)")
    }
    lines.append("  \(top.category.summary)")
    lines += categoryLines(top, indent: "  ")
    for note in recommendation.notes { lines.append("  \(capitalized(note.title)): \(note.text)") }
    if !recommendation.alternatives.isEmpty {
      lines += ["", "Alternatives:"]
      for alternative in recommendation.alternatives {
        lines.append("  \(alternative.scored.category.name)\(isTied(alternative) ? " (tied)" : "")")
        lines += categoryLines(alternative.scored, indent: "    ")
        if alternative.tips.isEmpty {
          lines.append("    No single answer change puts it first.")
        } else {
          lines.append(
            "    Would come first with: " + alternative.tips.map(tipText).joined(separator: " or "))
        }
      }
    }
    lines.append("")
    lines += answerLines()
    return lines.joined(separator: "\n") + "\n"
  }

  /// The tie's headline, its scores and the question that separates it.
  private func tieLines(_ tie: Tie) -> [String] {
    let names = tie.categories.map(\.category.name)
    let scores = tie.categories.map { String($0.score) }
    var lines = [
      "Recommendation: a tie between " + listed(names),
      "  Scores \(listed(scores)) are within \(Advisor.tieMargin) point: the answers so far do not decide.",
    ]
    guard let question = tie.question else {
      return lines + [
        "  No single unanswered question decides it; answers already given would have to change."
      ]
    }
    lines.append("  To decide, answer \(question.key): \(question.text)")
    lines += question.outcomes.map { outcome in
      "    --answer \(question.key)=\(outcome.answer) (\(outcome.label)) → \(outcome.category.name)"
    }
    return lines
  }

  /// Score, reasons and products of a category.
  private func categoryLines(_ scored: ScoredCategory, indent: String) -> [String] {
    var lines = ["\(indent)Why (score \(scored.score)):"]
    lines += scored.reasons.map { "\(indent)  + \($0.text) [\($0.answers.joined(separator: ", "))]" }
    let rows = products(of: scored.category)
    let width = rows.map(\.provider.count).max() ?? 0
    lines.append("\(indent)Products:")
    lines += rows.map {
      "\(indent)  \($0.provider.padding(toLength: width, withPad: " ", startingAt: 0))  \($0.products)"
    }
    return lines
  }

  /// The answers used and the questions left open.
  private func answerLines() -> [String] {
    var lines = ["Answers:"]
    let answers = recommendation.answers.all
    let keyWidth = answers.map(\.question.count).max() ?? 0
    let valueWidth = answers.map(\.value.count).max() ?? 0
    for answer in answers {
      let key = answer.question.padding(toLength: keyWidth, withPad: " ", startingAt: 0)
      let value = answer.value.padding(toLength: valueWidth, withPad: " ", startingAt: 0)
      lines.append("  \(key)  \(value)  \(originText(answer))")
    }
    if answers.isEmpty { lines.append("  (none)") }
    if !recommendation.unanswered.isEmpty {
      lines.append(
        "Not answered: \(recommendation.unanswered.joined(separator: ", ")) (add --answer question=answer)")
    }
    return lines
  }

  /// `a and b`, or `a, b and c`.
  private func listed(_ items: [String]) -> String {
    items.count < 2
      ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
  }

  private func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
