import AssayAdvisor
import AssayCore
import Testing

@Suite("answers on the command line") struct AnswerParsingTests {
  let book: RuleBook

  init() throws { book = try RuleBook.bundled() }

  @Test func parsesQuestionEqualsAnswer() throws {
    #expect(try book.parseAnswer("size=1-100TB") == Answer(question: "size", value: "1-100TB"))
    #expect(
      try book.parseAnswer(" users = global-strong ") == Answer(question: "users", value: "global-strong"))
  }

  @Test func unknownKeysAndValuesListTheValidOnes() {
    let question = #expect(throws: AssayError.self) { try book.parseAnswer("colour=blue") }
    #expect(
      question?.description
        == "unknown question 'colour' — valid questions: data, size, access, throughput, acid, latency, users, interface, schema, sync, reads, fresh, growth, cost, ha"
    )
    let answer = #expect(throws: AssayError.self) { try book.parseAnswer("reads=weekly") }
    #expect(
      answer?.description
        == "unknown answer 'weekly' to 'reads' — valid answers: daily, monthly, quarterly, never")
    let shape = #expect(throws: AssayError.self) { try book.parseAnswer("tabular") }
    #expect(shape?.message == "'tabular' is not an answer")
    #expect(shape?.hint?.hasPrefix("write question=answer") == true)
  }

  @Test func severalAnswersOnlyWhereTheQuestionTakesSeveral() throws {
    #expect(
      try book.parseAnswer("access=cache, transactions")
        == Answer(question: "access", value: "transactions,cache"))
    let one = #expect(throws: AssayError.self) { try book.parseAnswer("data=tabular,files") }
    #expect(one?.message == "'data' takes one answer, not 'tabular,files'")
    let empty = #expect(throws: AssayError.self) { try book.parseAnswer("access=,") }
    #expect(empty?.message == "no answer to 'access'")
    let unknown = #expect(throws: AssayError.self) { try book.parseAnswer("access=analytics,gossip") }
    #expect(unknown?.message == "unknown answer 'gossip' to 'access'")
  }

  @Test func aLaterAnswerReplacesAnEarlierOne() {
    let answers = Answers([
      Answer(question: "data", value: "tabular", origin: .inferred, evidence: "150 rows"),
      Answer(question: "data", value: "events"),
    ])
    #expect(answers.all == [Answer(question: "data", value: "events")])
  }
}
