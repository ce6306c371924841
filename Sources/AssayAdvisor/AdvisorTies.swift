extension Advisor {
  /// The unanswered question whose answers put the most of the `tied` categories clearly first
  /// (ahead by more than the tie margin), each answer with the category it puts first; the earliest
  /// such question in the book when several separate as many. Nil when no unanswered question puts
  /// any of them clearly first.
  public func separatingQuestion(among tied: [String], from answers: Answers) -> SeparatingQuestion? {
    var best: SeparatingQuestion?
    var bestSeparated = 0
    for question in book.questions where answers[question.key] == nil {
      let outcomes = question.answers.compactMap { option -> Outcome? in
        var changed = answers
        changed.set(Answer(question: question.key, value: option.key))
        guard let leader = clearLeader(changed), tied.contains(leader.category.key) else { return nil }
        return Outcome(answer: option.key, label: option.label, category: leader.category)
      }
      let separated = Set(outcomes.map(\.category.key)).count
      if separated > bestSeparated {
        best = SeparatingQuestion(key: question.key, text: question.text, outcomes: outcomes)
        bestSeparated = separated
      }
    }
    return best
  }
}
