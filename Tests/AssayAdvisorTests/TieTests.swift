import AssayAdvisor
import Testing

/// Ties are reported, never settled by the order of the rules file.
@Suite("ties are shown as ties") struct TieTests {
  let advisor: Advisor

  init() throws { advisor = Advisor(book: try RuleBook.bundled()) }

  /// Every answer of a question, one at a time, and no answer at all.
  func choices(_ question: String) throws -> [Answer?] {
    let book = advisor.book
    let keys = try #require(book.question(question)).answers.map(\.key)
    return [nil] + keys.map { Answer(question: question, value: $0) }
  }

  /// Every combination of answers to `questions` (each also left unanswered).
  func combinations(_ questions: [String], extra: [Answer?] = []) throws -> [Answers] {
    var sets: [[Answer]] = [[]]
    for question in questions {
      let options = try choices(question) + (question == "access" ? extra : [])
      sets = sets.flatMap { set in options.map { set + ($0.map { [$0] } ?? []) } }
    }
    return sets.map(Answers.init)
  }

  /// Over every combination of the deciding questions, whenever two categories score within the
  /// margin at the top, the recommendation names all of them as a tie; otherwise it reports none.
  /// A separating question's answers each put the tied category they name clearly first.
  @Test(arguments: [
    ["data", "size", "access", "acid"], ["access", "throughput", "latency", "users"],
    ["data", "interface", "schema", "sync"],
  ])
  func equalScoresAreAlwaysFlagged(_ questions: [String]) throws {
    let both = try advisor.book.parseAnswer("access=transactions,analytics")
    var ties = 0
    for answers in try combinations(questions, extra: [both]) {
      let ranked = advisor.scores(answers).filter { $0.score > 0 }
      let recommendation = advisor.recommend(answers)
      guard let top = ranked.first else {
        #expect(recommendation.tie == nil)
        continue
      }
      let within = ranked.filter { $0.score >= top.score - Advisor.tieMargin }.map(\.category.key)
      if within.count > 1 {
        ties += 1
        #expect(
          Set(recommendation.tie?.categories.map(\.category.key) ?? []) == Set(within), "\(answers.all)")
      } else {
        #expect(recommendation.tie == nil, "\(answers.all)")
      }
      for outcome in recommendation.tie?.question?.outcomes ?? [] {
        var decided = answers
        decided.set(Answer(question: try #require(recommendation.tie?.question).key, value: outcome.answer))
        let after = advisor.scores(decided)
        #expect(after[0].category == outcome.category && after[0].score - after[1].score > Advisor.tieMargin)
      }
    }
    #expect(ties > 0, "the enumeration meets ties")
  }

  /// The clickstream: 50 TB of events for analysts is a warehouse-or-lake tie until the
  /// schema question is answered.
  @Test func theClickstreamTieNamesTheQuestionThatSeparatesIt() throws {
    let answers = Answers(
      try ["data=events", "size=1-100TB", "access=analytics"].map { try advisor.book.parseAnswer($0) })
    let tie = try #require(advisor.recommend(answers).tie)
    #expect(tie.categories.map(\.category.key) == ["warehouse", "lake"])
    let question = try #require(tie.question)
    #expect(question.key == "schema")
    #expect(
      question.outcomes.map { "\($0.answer)→\($0.category.key)" } == ["on-write→warehouse", "on-read→lake"])
  }

  /// Tips name only answers that make a category first by more than the margin.
  @Test func tipsLeadByMoreThanTheMargin() throws {
    let answers = Answers([Answer(question: "data", value: "tabular")])
    for alternative in advisor.recommend(answers).alternatives {
      for tip in alternative.tips {
        var tipped = answers
        tipped.set(Answer(question: tip.question, value: tip.value))
        let ranked = advisor.scores(tipped)
        #expect(ranked[0].category.key == alternative.scored.category.key)
        #expect(ranked[0].score - ranked[1].score > Advisor.tieMargin)
      }
    }
  }
}
