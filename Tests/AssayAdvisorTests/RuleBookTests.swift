import AssayAdvisor
import AssayCore
import Foundation
import Testing

@Suite("the rules file") struct RuleBookTests {
  let book: RuleBook

  init() throws { book = try RuleBook.bundled() }

  @Test func loadsWithoutProblems() {
    #expect(book.problems() == [])
    #expect(book.questions.count >= 10)
    #expect(book.categories.count == 11)
    #expect(book.providers.map(\.name) == ["GCP", "AWS", "Azure", "open source"])
  }

  /// Each rule, given exactly the answers it asks for, changes every category it scores by its points
  /// and is cited as a reason for each category it favours.
  @Test(arguments: 0..<40) func ruleFires(_ index: Int) throws {
    guard index < book.rules.count else { return }
    let rule = book.rules[index]
    let answers = Answers(
      rule.when.compactMap { question, accepted in
        accepted.first { $0 != RuleBook.unanswered }.map { Answer(question: question, value: $0) }
      })
    let advisor = Advisor(book: book)
    var without = book
    without.rules.remove(at: index)
    let before = Dictionary(
      uniqueKeysWithValues: Advisor(book: without).scores(answers).map { ($0.category.key, $0.score) })
    for scored in advisor.scores(answers) {
      let points = rule.scores[scored.category.key] ?? 0
      #expect(
        scored.score - (before[scored.category.key] ?? 0) == points, "rule \(index) on \(scored.category.key)"
      )
      if points > 0 {
        #expect(
          scored.reasons.contains { $0.text == rule.reason },
          "rule \(index) is a reason for \(scored.category.key)")
      }
    }
  }

  @Test func thereAreFewerThanFortyRules() {
    #expect(book.rules.count <= 40, "raise the argument range of ruleFires")
    #expect(book.rules.count >= 25)
  }

  /// Only neutral answers ("no" to fresh analytics or to high availability) change nothing.
  @Test func everyOtherAnswerIsUsedByARuleOrANote() {
    let conditions = book.rules.map(\.when) + book.categories.flatMap { $0.notes.map(\.when) }
    let unused = book.questions.flatMap { question in
      question.answers.map { "\(question.key)=\($0.key)" }.filter { pair in
        let answer = String(pair.split(separator: "=")[1])
        return !conditions.contains { $0[question.key]?.contains(answer) == true }
      }
    }
    #expect(unused == ["fresh=no", "ha=no"])
  }

  @Test func problemsAreFoundAndLocated() throws {
    var broken = book
    broken.rules[0].when["colour"] = ["blue"]
    broken.rules[1].scores["tape"] = 3
    broken.rules[2].when["data"] = ["spreadsheets"]
    broken.categories[0].products["gcp"] = []
    #expect(
      broken.problems() == [
        "rules[0] asks unknown question 'colour'",
        "rules[1] scores unknown category 'tape'",
        "rules[2] expects unknown answer 'spreadsheets' to 'data'",
        "category 'filesystem' names no products for GCP",
      ])
    let error = #expect(throws: AssayError.self) {
      try RuleBook.decode(Data(#"{"version": 1, "providers": []}"#.utf8), name: "mine.json")
    }
    #expect(error?.description == "mine.json: questions is missing")
  }
}
