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
    if let tie = recommendation.tie {
      lines += tieBlock(tie) + ["## \(top.category.name)", "", top.category.summary, ""]
    } else {
      lines += ["# Recommendation: \(top.category.name)", "", top.category.summary, ""]
    }
    lines += categoryBlock(top)
    for note in recommendation.notes { lines += ["**\(note.title)**: \(note.text)", ""] }
    if !recommendation.alternatives.isEmpty {
      lines += ["## Alternatives", ""]
      for alternative in recommendation.alternatives {
        lines += ["### \(alternative.scored.category.name)\(isTied(alternative) ? " (tied)" : "")", ""]
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

  /// The tie's heading, scores and the question that separates it.
  private func tieBlock(_ tie: Tie) -> [String] {
    var lines = [
      "# Recommendation: a tie between " + tie.categories.map(\.category.name).joined(separator: " and "), "",
      "Scores " + tie.categories.map { String($0.score) }.joined(separator: ", ")
        + " are within \(Advisor.tieMargin) point: the answers so far do not decide.", "",
    ]
    guard let question = tie.question else {
      return lines + ["No single unanswered question decides it.", ""]
    }
    lines += ["To decide, answer `\(question.key)`: \(question.text)", ""]
    lines += question.outcomes.map { "- `\(question.key)=\($0.answer)` (\($0.label)) → \($0.category.name)" }
    return lines + [""]
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
