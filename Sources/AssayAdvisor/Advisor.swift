/// Scores categories from answers with a rule book and explains the result.
public struct Advisor: Sendable {
  /// The rules in use.
  public let book: RuleBook

  /// Per rule, the index of each category it scores and the points: answers are tried by the
  /// hundred when looking for tips and for the question that separates a tie.
  private let pointsByRule: [[(category: Int, points: Int)]]

  /// An advisor over a rule book.
  public init(book: RuleBook) {
    self.book = book
    let indices = Dictionary(
      book.categories.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { a, _ in a })
    pointsByRule = book.rules.map { rule in
      rule.scores.compactMap { key, points in indices[key].map { (category: $0, points: points) } }
    }
  }

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

  /// Categories scoring within this many points of the first are tied with it: the advisor reports
  /// them together and never lets the rules file's order pick one.
  public static let tieMargin = 1

  /// The recommendation for these answers: the best-scoring category (if any scored above zero),
  /// the categories tied with it (within `tieMargin`) and the question that separates them,
  /// up to `alternativeCount` runners-up that scored above zero (more when more are tied; beyond the
  /// tied ones only those scoring at least a third of the first) with what would tip the choice,
  /// and the first choice's notes that apply. Answers are listed in question order.
  public func recommend(_ given: Answers, alternativeCount: Int = 2) -> Recommendation {
    let answers = Answers(book.questions.compactMap { given.answer(to: $0.key) })
    let ranked = scores(answers).filter { $0.score > 0 }
    let unanswered = book.questions.map(\.key).filter { answers[$0] == nil }
    guard let top = ranked.first else {
      return Recommendation(
        top: nil, tie: nil, alternatives: [], notes: [], answers: answers, unanswered: unanswered)
    }
    let tied = ranked.prefix { $0.score >= top.score - Self.tieMargin }
    let runnersUp = ranked.dropFirst().prefix(max(alternativeCount, tied.count - 1)).enumerated().filter {
      place, scored in place < max(1, tied.count - 1) || scored.score * Self.alternativeShare >= top.score
    }
    let alternatives = runnersUp.map { _, scored in
      Alternative(scored: scored, tips: tips(toward: scored.category.key, from: answers))
    }
    let notes = top.category.notes.filter { answers.satisfy($0.when) }.map {
      AppliedNote(title: $0.title, text: $0.text)
    }
    let tie =
      tied.count > 1
      ? Tie(
        categories: Array(tied), question: separatingQuestion(among: tied.map(\.category.key), from: answers))
      : nil
    return Recommendation(
      top: top, tie: tie, alternatives: alternatives, notes: notes, answers: answers, unanswered: unanswered)
  }

  /// The category that comes first for these answers by more than the tie margin, with its lead;
  /// nil when the first is tied. Scores only, without reasons.
  func clearLeader(_ answers: Answers) -> (category: StorageCategory, lead: Int)? {
    var points = [Int](repeating: 0, count: book.categories.count)
    for (rule, scored) in zip(book.rules, pointsByRule) where answers.satisfy(rule.when) {
      for (category, gained) in scored { points[category] += gained }
    }
    guard let first = points.indices.max(by: { points[$0] < points[$1] }) else { return nil }
    let second = points.indices.filter { $0 != first }.map { points[$0] }.max() ?? 0
    let lead = points[first] - second
    return lead > Self.tieMargin ? (book.categories[first], lead) : nil
  }

  /// Single answer changes that would make `category` the clear first choice (ahead by more than the
  /// tie margin), most decisive first (largest lead), at most `limit`.
  public func tips(toward category: String, from answers: Answers, limit: Int = 2) -> [Tip] {
    var found: [(tip: Tip, lead: Int)] = []
    for question in book.questions {
      for option in question.answers where option.key != answers[question.key] {
        var changed = answers
        changed.set(Answer(question: question.key, value: option.key))
        guard let leader = clearLeader(changed), leader.category.key == category else { continue }
        found.append((Tip(question: question.key, value: option.key, label: option.label), leader.lead))
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
