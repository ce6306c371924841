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
    lines.append("Recommendation: \(top.category.name)")
    lines.append("  \(top.category.summary)")
    lines += categoryLines(top, indent: "  ")
    for note in recommendation.notes { lines.append("  \(capitalized(note.title)): \(note.text)") }
    if !recommendation.alternatives.isEmpty {
      lines += ["", "Alternatives:"]
      for alternative in recommendation.alternatives {
        lines.append("  \(alternative.scored.category.name)")
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

  private func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
