/// The wizard as a pure state machine: it walks the questions one at a time, records answers,
/// can go back and change them, and keeps the running recommendation. A terminal screen or a
/// line-by-line prompt drives it; it does no input or output itself.
public struct Wizard: Sendable {
  /// The advisor that scores the answers.
  public let advisor: Advisor
  /// The answers so far (preset ones included).
  public private(set) var answers: Answers
  /// The index of the question being asked; equal to the question count when finished.
  public private(set) var position: Int
  /// Questions answered before the wizard started (by flags or a profile); they are not asked.
  public let preset: Set<String>

  /// A wizard at its first unanswered question, with answers already known.
  public init(advisor: Advisor, answers: Answers = Answers()) {
    self.advisor = advisor
    self.answers = answers
    self.preset = Set(answers.all.map(\.question))
    self.position = 0
    skipPresetQuestions()
  }

  /// The question being asked, or nil when every question has been passed.
  public var current: Question? {
    position < advisor.book.questions.count ? advisor.book.questions[position] : nil
  }

  /// True when every question has been answered or skipped.
  public var isFinished: Bool { current == nil }

  /// The recommendation for the answers so far.
  public var recommendation: Recommendation { advisor.recommend(answers) }

  /// True when there is an earlier question to go back to.
  public var canGoBack: Bool { previousAskable(before: position) != nil }

  /// Answers the current question with the option at `index` (0-based) and moves on.
  /// Returns false (and changes nothing) when finished or the index is out of range.
  @discardableResult
  public mutating func choose(_ index: Int) -> Bool {
    guard let question = current, question.answers.indices.contains(index) else { return false }
    answers.set(Answer(question: question.key, value: question.answers[index].key))
    advance()
    return true
  }

  /// Answers the current question with the answer whose key is `key` (several comma-separated for a
  /// question that takes several) and moves on.
  /// Returns false (and changes nothing) when finished or a key is not an answer.
  @discardableResult
  public mutating func answer(_ key: String) -> Bool {
    guard let question = current,
      let answer = try? advisor.book.validatedAnswer(question: question.key, value: key)
    else { return false }
    answers.set(answer)
    advance()
    return true
  }

  /// For a question that takes several answers, adds the option at `index` to the current answer (or
  /// removes it when already there) and stays on the question. Returns false (and changes nothing)
  /// when finished, the question takes one answer, or the index is out of range.
  @discardableResult
  public mutating func toggle(_ index: Int) -> Bool {
    guard let question = current, question.acceptsSeveral, question.answers.indices.contains(index) else {
      return false
    }
    let key = question.answers[index].key
    var chosen = answers.answer(to: question.key)?.values ?? []
    if let at = chosen.firstIndex(of: key) { chosen.remove(at: at) } else { chosen.append(key) }
    let ordered = question.answers.map(\.key).filter(chosen.contains)
    if ordered.isEmpty {
      answers.remove(question.key)
    } else {
      answers.set(Answer(question: question.key, value: ordered.joined(separator: ",")))
    }
    return true
  }

  /// Leaves the current question without an answer (removing an earlier one) and moves on.
  public mutating func skip() {
    guard let question = current else { return }
    answers.remove(question.key)
    advance()
  }

  /// Goes back to the previous question that is asked, keeping its answer until it is changed.
  /// Returns false when there is none.
  @discardableResult
  public mutating func back() -> Bool {
    guard let previous = previousAskable(before: position) else { return false }
    position = previous
    return true
  }

  /// Jumps past every remaining question.
  public mutating func finish() { position = advisor.book.questions.count }

  private mutating func advance() {
    position += 1
    skipPresetQuestions()
  }

  private mutating func skipPresetQuestions() {
    let questions = advisor.book.questions
    while position < questions.count, preset.contains(questions[position].key) { position += 1 }
  }

  private func previousAskable(before index: Int) -> Int? {
    let questions = advisor.book.questions
    return (0..<min(index, questions.count)).last { !preset.contains(questions[$0].key) }
  }
}
