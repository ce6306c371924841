import AssayAdvisor
import Testing

@Suite("the wizard state machine") struct WizardTests {
  let advisor: Advisor

  init() throws { advisor = Advisor(book: try RuleBook.bundled()) }

  @Test func asksEachQuestionInTurnAndFinishes() {
    var wizard = Wizard(advisor: advisor)
    #expect(wizard.current?.key == "data")
    #expect(!wizard.canGoBack)
    let moved1 = wizard.answer("files")
    #expect(moved1)
    #expect(wizard.current?.key == "size")
    wizard.skip()
    let moved2 = wizard.choose(2)
    #expect(moved2)  // access: objects
    #expect(wizard.answers["access"] == "objects")
    #expect(wizard.answers["size"] == nil)
    while !wizard.isFinished { wizard.skip() }
    #expect(wizard.current == nil)
    #expect(wizard.recommendation.top?.category.key == "object-storage")
  }

  @Test func goingBackAndChangingAnAnswerChangesTheRecommendation() {
    var wizard = Wizard(advisor: advisor)
    wizard.answer("tabular")
    wizard.answer("10GB-1TB")
    wizard.answer("transactions")
    #expect(wizard.recommendation.top?.category.key == "relational-oltp")
    let moved3 = wizard.back()
    #expect(moved3)
    #expect(wizard.current?.key == "access")
    #expect(wizard.answers["access"] == "transactions", "going back keeps the answer until it changes")
    wizard.answer("analytics")
    #expect(wizard.current?.key == "throughput")
    #expect(wizard.recommendation.top?.category.key == "warehouse")
  }

  @Test func rejectsWhatIsNotAnAnswer() {
    var wizard = Wizard(advisor: advisor)
    let moved4 = wizard.answer("spreadsheets")
    #expect(!moved4)
    let moved5 = wizard.choose(7)
    #expect(!moved5)
    let moved6 = wizard.choose(-1)
    #expect(!moved6)
    #expect(wizard.current?.key == "data")
    #expect(wizard.answers.all.isEmpty)
  }

  @Test func presetAnswersAreNotAskedAndGoingBackSkipsThem() {
    var wizard = Wizard(
      advisor: advisor,
      answers: Answers([
        Answer(question: "data", value: "files"), Answer(question: "access", value: "objects"),
      ]))
    #expect(wizard.current?.key == "size")
    #expect(!wizard.canGoBack)
    wizard.answer("under-1GB")
    #expect(wizard.current?.key == "throughput")
    let moved7 = wizard.back()
    #expect(moved7)
    #expect(wizard.current?.key == "size")
    wizard.finish()
    #expect(wizard.isFinished)
    let moved8 = wizard.answer("yes")
    #expect(!moved8)
    #expect(wizard.recommendation.answers.all.map(\.question) == ["data", "size", "access"])
  }

  /// A question that takes several answers collects them by key or by toggling numbers.
  @Test func severalAnswersToOneQuestion() {
    var wizard = Wizard(advisor: advisor, answers: Answers([Answer(question: "data", value: "tabular")]))
    wizard.skip()
    #expect(wizard.current?.key == "access")
    let toggled = wizard.toggle(1) && wizard.toggle(0)
    #expect(toggled)
    #expect(wizard.answers["access"] == "transactions,analytics")
    #expect(wizard.current?.key == "access", "toggling stays on the question")
    wizard.toggle(1)
    #expect(wizard.answers["access"] == "transactions")
    wizard.toggle(0)
    #expect(wizard.answers["access"] == nil)
    let both = wizard.answer("analytics,transactions")
    #expect(both)
    #expect(wizard.current?.key == "throughput")
    #expect(wizard.recommendation.top?.category.key == "htap")
    let single = wizard.toggle(0)
    #expect(!single, "throughput takes one answer")
  }
}
