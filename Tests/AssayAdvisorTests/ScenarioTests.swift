import AssayAdvisor
import Testing

@Suite("the advisor recommends") struct ScenarioTests {
  let advisor: Advisor

  init() throws { advisor = Advisor(book: try RuleBook.bundled()) }

  func recommend(_ answers: [String]) throws -> Recommendation {
    advisor.recommend(Answers(try answers.map { try advisor.book.parseAnswer($0) }))
  }

  /// With every answer the scenario gives, the chart's family comes first, clearly (no tie), for
  /// reasons that cite a decisive answer, with the note the scenario expects.
  @Test(arguments: scenarios) func fullAnswersPickTheChartsFamily(_ scenario: Scenario) throws {
    let recommendation = try recommend(scenario.answers)
    let top = try #require(recommendation.top)
    #expect(top.category.key == scenario.expect)
    #expect(recommendation.tie == nil, "no tie: \(recommendation.tie?.categories.map(\.category.key) ?? [])")
    let cited = Set(top.reasons.flatMap(\.answers))
    #expect(scenario.decisive.contains { cited.contains($0) }, "reasons cite a decisive answer: \(cited)")
    #expect(top.reasons.allSatisfy { !$0.text.isEmpty && $0.points > 0 })
    #expect(!recommendation.alternatives.isEmpty && recommendation.alternatives.count <= 2)
    if let note = scenario.note {
      #expect(recommendation.notes.contains { $0.text.contains(note) }, "a note mentions \(note)")
    }
  }

  /// With only the decisive answers, neither the first choice nor any family tied with it is one the
  /// chart rules out.
  @Test(arguments: scenarios) func decisiveAnswersPickNoFamilyTheChartRulesOut(_ scenario: Scenario) throws {
    let recommendation = try recommend(scenario.decisive)
    let allowed = Set([scenario.expect] + scenario.alsoAllowed)
    let top = try #require(recommendation.top)
    let contenders = recommendation.tie?.categories.map(\.category.key) ?? [top.category.key]
    #expect(contenders.allSatisfy(allowed.contains), "\(contenders) within \(allowed)")
  }

  @Test func theSuiteCoversEveryFamilyWithAtLeastTwentyFiveWorkloads() throws {
    #expect(scenarios.count >= 25)
    #expect(Set(scenarios.map(\.expect)) == Set(advisor.book.categories.map(\.key)))
  }

  @Test func tipsNameTheAnswerThatTipsTheChoice() throws {
    let answers = ["data=tabular", "size=10GB-1TB", "access=transactions", "acid=yes", "users=one-region"]
    let recommendation = try recommend(answers)
    let distributed = try #require(
      recommendation.alternatives.first { $0.scored.category.key == "distributed-sql" })
    #expect(distributed.tips.first?.question == "users")
    #expect(distributed.tips.first?.value == "global-strong")
    #expect(try recommend(answers + ["users=global-strong"]).top?.category.key == "distributed-sql")
  }

  @Test func highAvailabilityAppearsOnlyWhenAskedFor() throws {
    #expect(try !recommend(["data=tabular", "acid=yes"]).notes.contains { $0.title == "high availability" })
    let notes = try recommend(["data=tabular", "acid=yes", "ha=region"]).notes
    #expect(notes.map(\.title) == ["high availability"])
    #expect(notes.first?.text.contains("Aurora Global Database") == true)
  }

  @Test func noAnswersGiveNoRecommendation() {
    let recommendation = advisor.recommend(Answers())
    #expect(recommendation.top == nil)
    #expect(recommendation.tie == nil)
    #expect(recommendation.unanswered == advisor.book.questions.map(\.key))
  }

  /// Edge cases: a single answer that decides alone, an answer that only adds notes, and small
  /// sensor data, which a file serves until it grows.
  @Test(arguments: [
    (["reads=never"], "object-storage"), (["sync=yes"], "document"), (["data=mixed"], "lake"),
    (["users=one-person"], "embedded"), (["data=timeseries", "size=under-1GB"], "embedded"),
  ])
  func oneOrTwoAnswersThatDecideAlone(_ answers: [String], _ family: String) throws {
    let recommendation = try recommend(answers)
    #expect(recommendation.top?.category.key == family)
    #expect(recommendation.tie == nil)
  }

  @Test func anAnswerThatOnlyAddsNotesRecommendsNothing() throws {
    let recommendation = try recommend(["ha=region"])
    #expect(recommendation.top == nil && recommendation.tie == nil && recommendation.notes.isEmpty)
  }

  /// The cases: a POSIX file share is a filesystem, and ad-tech lookups with only the key
  /// answers are not a lake.
  @Test func aFileShareIsAFilesystemAndKeyLookupsAreNotALake() throws {
    let share = try recommend(["data=files", "access=objects", "interface=posix"])
    #expect(share.top?.category.key == "filesystem")
    #expect(share.tie == nil)
    let lookups = try recommend(["data=tabular", "size=over-100TB", "access=transactions"])
    let contenders = lookups.tie?.categories.map(\.category.key) ?? [lookups.top?.category.key ?? ""]
    #expect(!contenders.contains("lake") && !contenders.contains("warehouse"), "\(contenders)")
  }

  /// Transactional access counts against scanning engines: the same answers with analytics instead
  /// favour a warehouse, with transactions they do not.
  @Test func transactionalAccessLowersLakeAndWarehouse() throws {
    let scores = advisor.scores(Answers([Answer(question: "access", value: "transactions")]))
    #expect(scores.first { $0.category.key == "lake" }?.score ?? 0 < 0)
    #expect(scores.first { $0.category.key == "warehouse" }?.score ?? 0 < 0)
  }

  /// Transactions and analytics together (a question that takes several answers) call for HTAP.
  @Test func severalAccessAnswersTogetherCallForHTAP() throws {
    let answer = try advisor.book.parseAnswer("access=analytics,transactions")
    #expect(answer.value == "transactions,analytics", "kept in the question's order")
    #expect(advisor.recommend(Answers([answer])).top?.category.key == "htap")
  }
}
