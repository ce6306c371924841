import Foundation

extension AdvisorReport {
  /// The report as Markdown, for a README, an issue or a design document.
  public func markdown() -> String {
    var lines: [String] = []
    if let summary = profileSummary { lines += ["Source: \(cell(summary))", ""] }
    guard let top = recommendation.top else {
      lines += ["No recommendation yet: answer at least one question.", ""]
      lines += answerTable()
      return lines.joined(separator: "\n") + "\n"
    }
    lines += ["# Recommendation: \(top.category.name)", "", top.category.summary, ""]
    lines += categoryBlock(top)
    for note in recommendation.notes { lines += ["**\(note.title)**: \(note.text)", ""] }
    if !recommendation.alternatives.isEmpty {
      lines += ["## Alternatives", ""]
      for alternative in recommendation.alternatives {
        lines += ["### \(alternative.scored.category.name)", ""]
        lines += categoryBlock(alternative.scored)
        let tips = alternative.tips.map { "`\($0.question)=\($0.value)` (\($0.label))" }
        lines.append(
          tips.isEmpty
            ? "No single answer change puts it first."
            : "Would come first with " + tips.joined(separator: " or ") + ".")
        lines.append("")
      }
    }
    lines += answerTable()
    return lines.joined(separator: "\n") + "\n"
  }

  /// Reasons and a products table.
  private func categoryBlock(_ scored: ScoredCategory) -> [String] {
    var lines = ["Why (score \(scored.score)):", ""]
    lines += scored.reasons.map { reason in
      "- \(reason.text) (" + reason.answers.map { "`\($0)`" }.joined(separator: ", ") + ")"
    }
    lines += ["", "| provider | products |", "| --- | --- |"]
    lines += products(of: scored.category).map { "| \($0.provider) | \(cell($0.products)) |" }
    lines.append("")
    return lines
  }

  /// The answers as a table, then the open questions.
  private func answerTable() -> [String] {
    var lines = ["## Answers", "", "| question | answer | origin |", "| --- | --- | --- |"]
    lines += recommendation.answers.all.map {
      "| \($0.question) | \($0.value) | \(cell(originText($0))) |"
    }
    if !recommendation.unanswered.isEmpty {
      lines += [
        "", "Not answered: " + recommendation.unanswered.map { "`\($0)`" }.joined(separator: ", ") + ".",
      ]
    }
    return lines
  }

  /// Text made safe inside a Markdown table cell.
  private func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}
