extension RuleBook {
  /// Every inconsistency in the book, one line each: duplicate keys, conditions on unknown questions or
  /// answers, scores for unknown categories, categories without products for a provider, byte bounds
  /// of a size question that do not rise.
  public func problems() -> [String] {
    var found: [String] = []
    found += duplicates(questions.map(\.key), what: "question")
    found += duplicates(categories.map(\.key), what: "category")
    found += duplicates(providers.map(\.key), what: "provider")
    for question in questions {
      found += duplicates(question.answers.map(\.key), what: "answer of question '\(question.key)'")
      if question.answers.count < 2 { found.append("question '\(question.key)' needs at least two answers") }
      found += boundProblems(question)
    }
    for (index, rule) in rules.enumerated() {
      found += conditionProblems(rule.when, at: "rules[\(index)]")
      if rule.scores.isEmpty { found.append("rules[\(index)] scores no category") }
      for key in rule.scores.keys.sorted() where category(key) == nil {
        found.append("rules[\(index)] scores unknown category '\(key)'")
      }
    }
    for category in categories {
      for provider in providers where (category.products[provider.key] ?? []).isEmpty {
        found.append("category '\(category.key)' names no products for \(provider.name)")
      }
      for (index, note) in category.notes.enumerated() {
        found += conditionProblems(note.when, at: "category '\(category.key)' notes[\(index)]")
      }
    }
    return found
  }

  /// Problems of one set of conditions.
  private func conditionProblems(_ conditions: [String: [String]], at place: String) -> [String] {
    var found: [String] = []
    if conditions.isEmpty { found.append("\(place) has no conditions") }
    for (questionKey, answerKeys) in conditions.sorted(by: { $0.key < $1.key }) {
      guard let question = question(questionKey) else {
        found.append("\(place) asks unknown question '\(questionKey)'")
        continue
      }
      for entry in answerKeys where entry != Self.unanswered {
        let parts = entry.split(separator: "+").map(String.init)
        for answerKey in parts where question.answer(answerKey) == nil {
          found.append("\(place) expects unknown answer '\(answerKey)' to '\(questionKey)'")
        }
        if parts.count > 1, !question.acceptsSeveral {
          found.append("\(place) combines answers of '\(questionKey)', which takes one answer")
        }
      }
    }
    return found
  }

  /// Byte bounds, when a question has them: every answer but the last has one, rising; the last has none.
  private func boundProblems(_ question: Question) -> [String] {
    guard question.answers.contains(where: { $0.bytesBelow != nil }) else { return [] }
    let bounds = question.answers.dropLast().compactMap(\.bytesBelow)
    let rising = zip(bounds, bounds.dropFirst()).allSatisfy { $0 < $1 }
    let valid =
      rising && bounds.count == question.answers.count - 1 && question.answers.last?.bytesBelow == nil
    return valid
      ? []
      : ["question '\(question.key)': every answer but the last needs a rising bytesBelow, the last none"]
  }

  /// One problem per key that appears more than once.
  private func duplicates(_ keys: [String], what: String) -> [String] {
    var seen = Set<String>()
    var reported = Set<String>()
    var found: [String] = []
    for key in keys where !seen.insert(key).inserted && reported.insert(key).inserted {
      found.append("\(what) '\(key)' is defined twice")
    }
    return found
  }
}
