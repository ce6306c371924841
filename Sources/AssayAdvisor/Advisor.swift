/// Scores categories from answers with a rule book and explains the result.
public struct Advisor: Sendable {
  /// The rules in use.
  public let book: RuleBook

  /// An advisor over a rule book.
  public init(book: RuleBook) { self.book = book }

  /// Every category with its score and reasons, best first; ties keep the book's category order.
  public func scores(_ answers: Answers) -> [ScoredCategory] {
    var points = [Int](repeating: 0, count: book.categories.count)
    var reasons = [[Reason]](repeating: [], count: book.categories.count)
    for rule in book.rules where answers.satisfy(rule.when) {
      let matched = book.questions.compactMap { question -> String? in
        guard rule.when[question.key] != nil else { return nil }
        return "\(question.key)=\(answers[question.key] ?? RuleBook.unanswered)"
      }
      for (index, category) in book.categories.enumerated() {
        guard let gained = rule.scores[category.key] else { continue }
        points[index] += gained
        if gained > 0 { reasons[index].append(Reason(text: rule.reason, answers: matched, points: gained)) }
      }
    }
    return book.categories.indices
      .map { index in
        ScoredCategory(
          category: book.categories[index], score: points[index],
          reasons: reasons[index].descending(by: \.points))
      }
      .descending(by: \.score)
  }

  /// A runner-up after the first is shown only when its score times this reaches the top score.
  public static let alternativeShare = 3

  /// The recommendation for these answers: the best-scoring category (if any scored above zero),
  /// up to `alternativeCount` runners-up that scored above zero (the second only when it scores at
  /// least a third of the first) with what would tip the choice,
  /// and the first choice's notes that apply. Answers are listed in question order.
  public func recommend(_ given: Answers, alternativeCount: Int = 2) -> Recommendation {
    let answers = Answers(book.questions.compactMap { given.answer(to: $0.key) })
    let ranked = scores(answers).filter { $0.score > 0 }
    let unanswered = book.questions.map(\.key).filter { answers[$0] == nil }
    guard let top = ranked.first else {
      return Recommendation(top: nil, alternatives: [], notes: [], answers: answers, unanswered: unanswered)
    }
    let runnersUp = ranked.dropFirst().prefix(alternativeCount).enumerated().filter { place, scored in
      place == 0 || scored.score * Self.alternativeShare >= top.score
    }
    let alternatives = runnersUp.map { _, scored in
      Alternative(scored: scored, tips: tips(toward: scored.category.key, from: answers))
    }
    let notes = top.category.notes.filter { answers.satisfy($0.when) }.map {
      AppliedNote(title: $0.title, text: $0.text)
    }
    return Recommendation(
      top: top, alternatives: alternatives, notes: notes, answers: answers, unanswered: unanswered)
  }

  /// Single answer changes that would make `category` the strict first choice, most decisive first
  /// (largest lead), at most `limit`.
  public func tips(toward category: String, from answers: Answers, limit: Int = 2) -> [Tip] {
    var found: [(tip: Tip, lead: Int)] = []
    for question in book.questions {
      for option in question.answers where option.key != answers[question.key] {
        var changed = answers
        changed.set(Answer(question: question.key, value: option.key))
        let ranked = scores(changed)
        guard ranked.first?.category.key == category, let first = ranked.first else { continue }
        let lead = first.score - (ranked.dropFirst().first?.score ?? 0)
        guard lead > 0 else { continue }
        found.append((Tip(question: question.key, value: option.key, label: option.label), lead))
      }
    }
    return found.descending(by: \.lead).prefix(limit).map(\.tip)
  }
}

extension Array {
  /// The elements ordered by a key, largest first; equal keys keep their order.
  func descending(by key: (Element) -> Int) -> [Element] {
    enumerated().sorted { a, b in
      let (x, y) = (key(a.element), key(b.element))
      return x != y ? x > y : a.offset < b.offset
    }.map(\.element)
  }
}
