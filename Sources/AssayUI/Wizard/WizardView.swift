import AssayAdvisor
import AssayCore
import AssayGrid

/// The wizard's layout: the question and its numbered answers on the left, the running
/// recommendation on the right, or below them when the screen is narrow.
enum WizardView {
  /// Screens narrower than this put the recommendation below the question.
  static let sideBySideWidth = 80

  /// Draws the wizard into the `area` at the top left of `grid`.
  static func draw(_ screen: WizardScreen, into grid: inout Grid, area: Size) {
    let question = questionLines(screen)
    let recommendation = recommendationLines(screen.wizard.recommendation, book: screen.wizard.advisor.book)
    if area.width >= sideBySideWidth {
      let leftWidth = area.width / 2 - 1
      put(question, into: &grid, x: 0, y: 0, width: leftWidth, height: area.height)
      for y in 0..<area.height { grid.put("│", x: leftWidth, y: y, style: Style(.axis)) }
      put(
        recommendation, into: &grid, x: leftWidth + 2, y: 0, width: area.width - leftWidth - 2,
        height: area.height)
    } else {
      let used = put(question, into: &grid, x: 0, y: 0, width: area.width, height: area.height)
      put(recommendation, into: &grid, x: 0, y: used + 1, width: area.width, height: area.height - used - 1)
    }
  }

  /// A line of text, its style, and how far lines it wraps onto are indented.
  struct Line {
    var text: String
    var style: Style = .plain
    var hang = 0
  }

  /// The question, its answers numbered (the current one starred), and the keys.
  static func questionLines(_ screen: WizardScreen) -> [Line] {
    let wizard = screen.wizard
    guard let question = wizard.current else {
      return [
        Line(text: "All questions passed.", style: Style(.header, bold: true)), Line(text: ""),
        Line(text: "Enter shows the full report, b goes back to change an answer,"),
        Line(text: screen.endsApp ? "q quits and prints the report." : "q closes the wizard."),
      ]
    }
    var lines = [
      Line(text: screen.progress + " [\(question.key)]", style: Style(.status)),
      Line(text: question.text, style: Style(bold: true)), Line(text: ""),
    ]
    let current = wizard.answers[question.key]
    for (index, option) in question.answers.enumerated() {
      let chosen = current?.split(separator: ",").contains(Substring(option.key)) == true
      let label = option.label == option.key ? option.key : "\(option.key): \(option.label)"
      lines.append(
        Line(
          text: "\(chosen ? "*" : " ")\(index + 1)) \(label)", style: chosen ? Style(.cursor) : .plain,
          hang: 3))
    }
    let several = question.acceptsSeveral ? " · +N adds one more" : ""
    let keys = "1-\(question.answers.count) answer\(several) · s skip · b back · Enter report · q quit"
    lines += [Line(text: ""), Line(text: keys, style: Style(.axis))]
    return lines
  }

  /// The recommendation so far: first choice, why, products, runners-up.
  static func recommendationLines(_ recommendation: Recommendation, book: RuleBook) -> [Line] {
    guard let top = recommendation.top else {
      return [
        Line(text: "Recommendation so far: none yet", style: Style(.header, bold: true)),
        Line(text: "answer a question to start"),
      ]
    }
    var lines = [Line(text: "Recommendation so far:", style: Style(.header, bold: true))]
    if let tie = recommendation.tie { lines += tieLines(tie) }
    lines += [
      Line(text: top.category.name, style: Style(.series1, bold: true)), Line(text: top.category.summary),
    ]
    lines += top.reasons.map { Line(text: "+ \($0.text)", hang: 2) }
    for provider in book.providers {
      let products = top.category.products[provider.key] ?? []
      guard !products.isEmpty else { continue }
      lines.append(
        Line(text: "\(provider.name): \(products.joined(separator: ", "))", style: Style(.axis), hang: 2))
    }
    let tied = Set(recommendation.tie?.categories.map(\.category.key) ?? [])
    let others = recommendation.alternatives.map(\.scored.category).filter { !tied.contains($0.key) }.map(
      \.name)
    if !others.isEmpty { lines.append(Line(text: "then: " + others.joined(separator: ", "), hang: 2)) }
    return lines
  }

  /// A tie: the tied categories with their scores, and the question that separates them.
  static func tieLines(_ tie: Tie) -> [Line] {
    let names = tie.categories.map { "\($0.category.name) (\($0.score))" }.joined(separator: " · ")
    var lines = [Line(text: "a tie: " + names, style: Style(.series2, bold: true), hang: 2)]
    if let question = tie.question {
      lines.append(
        Line(
          text: "answer \(question.key) next: "
            + question.outcomes.map {
              "\($0.answer) → \($0.category.name)"
            }.joined(separator: "; "), hang: 2))
    } else {
      lines.append(Line(text: "no single question left decides it", hang: 2))
    }
    return lines + [Line(text: "")]
  }

  /// Puts wrapped lines in a box; returns the rows used.
  @discardableResult
  private static func put(_ lines: [Line], into grid: inout Grid, x: Int, y: Int, width: Int, height: Int)
    -> Int
  {
    var row = 0
    for line in lines {
      for (index, piece) in ScreenText.wrap(line.text, width: width, hang: line.hang).enumerated()
      where row < height {
        let indent = index == 0 ? 0 : line.hang
        grid.put(piece, x: x + indent, y: y + row, style: line.style, maxWidth: width - indent)
        row += 1
      }
    }
    return row
  }
}
