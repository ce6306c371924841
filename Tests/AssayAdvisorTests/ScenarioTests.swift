import AssayAdvisor
import Testing

/// A described situation, its answers, and what the advisor must say about it.
struct Scenario: CustomTestStringConvertible, Sendable {
  var name: String
  var answers: [String]
  var category: String
  var reasonsFrom: [String]
  var note: String? = nil

  var testDescription: String { name }
}

let scenarios: [Scenario] = [
  Scenario(
    name: "10k product photos, read often", answers: ["data=files", "access=objects", "reads=daily"],
    category: "object-storage", reasonsFrom: ["data=files", "access=objects"], note: "Cloud Storage Standard"),
  Scenario(
    name: "orders with transactions, 50 GB, one region",
    answers: ["data=tabular", "size=10GB-1TB", "access=transactions", "acid=yes", "users=one-region"],
    category: "relational-oltp", reasonsFrom: ["access=transactions", "acid=yes", "users=one-region"]),
  Scenario(
    name: "clickstream 30 TB, ad-hoc analytics",
    answers: ["data=events", "size=1-100TB", "access=analytics"],
    category: "lake", reasonsFrom: ["data=events", "size=1-100TB", "access=analytics"]),
  Scenario(
    name: "global inventory with strong consistency",
    answers: ["data=tabular", "access=transactions", "acid=yes", "users=global-strong"],
    category: "distributed-sql", reasonsFrom: ["users=global-strong", "acid=yes"]),
  Scenario(
    name: "session cache, sub-ms", answers: ["access=cache", "latency=sub-ms"], category: "in-memory",
    reasonsFrom: ["access=cache", "latency=sub-ms"]),
  Scenario(
    name: "fresh operational analytics", answers: ["data=tabular", "access=transactions", "fresh=yes"],
    category: "htap", reasonsFrom: ["fresh=yes"]),
  Scenario(
    name: "backups kept 7 years, read never", answers: ["data=files", "access=objects", "reads=never"],
    category: "object-storage", reasonsFrom: ["reads=never"], note: "Archive"),
  Scenario(
    name: "invoices as PDFs, read quarterly", answers: ["data=files", "reads=quarterly"],
    category: "object-storage", reasonsFrom: ["data=files", "reads=quarterly"], note: "Coldline"),
  Scenario(
    name: "monthly reports kept a year", answers: ["data=files", "access=objects", "reads=monthly"],
    category: "object-storage", reasonsFrom: ["data=files"], note: "Nearline"),
  Scenario(
    name: "product catalogue whose fields vary, for a web back end",
    answers: ["data=documents", "access=transactions", "latency=under-10ms"], category: "document",
    reasonsFrom: ["data=documents", "latency=under-10ms"]),
  Scenario(
    name: "IoT sensor readings, 50 TB, written fast",
    answers: ["data=timeseries", "size=1-100TB", "access=transactions", "latency=under-10ms"],
    category: "wide-column", reasonsFrom: ["data=timeseries", "size=1-100TB"]),
  Scenario(
    name: "database server's data disk", answers: ["data=tabular", "interface=disk", "latency=under-10ms"],
    category: "block", reasonsFrom: ["interface=disk"]),
  Scenario(
    name: "shared home directories over NFS", answers: ["data=files", "interface=posix"],
    category: "filesystem", reasonsFrom: ["interface=posix"]),
  Scenario(
    name: "sales reporting over 5 TB with SQL, seconds are fine",
    answers: ["data=tabular", "size=1-100TB", "access=analytics", "interface=sql", "latency=seconds"],
    category: "warehouse", reasonsFrom: ["access=analytics", "interface=sql"]),
  Scenario(
    name: "ML training set of 200 TB of images", answers: ["data=files", "size=over-100TB", "access=ml"],
    category: "object-storage", reasonsFrom: ["data=files", "access=ml"], note: "depends on how often"),
  Scenario(
    name: "game leaderboard", answers: ["data=tabular", "access=cache", "latency=sub-ms"],
    category: "in-memory", reasonsFrom: ["access=cache"]),
  Scenario(
    name: "user profiles whose shape changes, users on three continents",
    answers: ["data=documents", "access=transactions", "users=multi-region"], category: "document",
    reasonsFrom: ["users=multi-region"]),
  Scenario(
    name: "orders surviving a zone failure",
    answers: ["data=tabular", "access=transactions", "acid=yes", "ha=zone"], category: "relational-oltp",
    reasonsFrom: ["acid=yes"], note: "RDS Multi-AZ"),
  Scenario(
    name: "a small table analysed on a laptop",
    answers: ["data=tabular", "size=under-1GB", "access=analytics"],
    category: "embedded", reasonsFrom: ["size=under-1GB", "access=analytics"]),
  Scenario(
    name: "a small app's own records, kept through a zone failure",
    answers: ["data=tabular", "size=under-1GB", "acid=yes", "ha=zone"],
    category: "embedded", reasonsFrom: ["size=under-1GB", "acid=yes"], note: "Litestream"),
  Scenario(
    name: "a 5 GB table analysed with SQL",
    answers: ["data=tabular", "size=1-10GB", "access=analytics", "interface=sql"],
    category: "warehouse", reasonsFrom: ["access=analytics", "interface=sql"]),
  Scenario(
    name: "a small web shop's orders, many users writing",
    answers: ["data=tabular", "size=under-1GB", "access=transactions", "acid=yes", "users=one-region"],
    category: "relational-oltp", reasonsFrom: ["access=transactions", "acid=yes"]),
]

@Suite("the advisor recommends") struct ScenarioTests {
  let advisor: Advisor

  init() throws { advisor = Advisor(book: try RuleBook.bundled()) }

  @Test(arguments: scenarios) func scenario(_ scenario: Scenario) throws {
    let answers = Answers(try scenario.answers.map { try advisor.book.parseAnswer($0) })
    let recommendation = advisor.recommend(answers)
    let top = try #require(recommendation.top)
    #expect(top.category.key == scenario.category)
    let cited = Set(top.reasons.flatMap(\.answers))
    for answer in scenario.reasonsFrom { #expect(cited.contains(answer), "reasons cite \(answer)") }
    #expect(top.reasons.allSatisfy { !$0.text.isEmpty && $0.points > 0 })
    #expect(!recommendation.alternatives.isEmpty && recommendation.alternatives.count <= 2)
    if let note = scenario.note {
      #expect(recommendation.notes.contains { $0.text.contains(note) }, "a note mentions \(note)")
    }
  }

  @Test func everyCategoryIsTheFirstChoiceOfSomeScenario() throws {
    let firsts = Set(scenarios.map(\.category))
    #expect(firsts == Set(advisor.book.categories.map(\.key)))
  }

  @Test func tipsNameTheAnswerThatTipsTheChoice() throws {
    let answers = Answers(
      try ["data=tabular", "size=10GB-1TB", "access=transactions", "acid=yes", "users=one-region"].map {
        try advisor.book.parseAnswer($0)
      })
    let recommendation = advisor.recommend(answers)
    let distributed = try #require(
      recommendation.alternatives.first { $0.scored.category.key == "distributed-sql" })
    #expect(distributed.tips.first?.question == "users")
    #expect(distributed.tips.first?.value == "global-strong")
    var tipped = answers
    tipped.set(Answer(question: "users", value: "global-strong"))
    #expect(advisor.recommend(tipped).top?.category.key == "distributed-sql")
  }

  @Test func highAvailabilityAppearsOnlyWhenAskedFor() throws {
    let plain = Answers([Answer(question: "data", value: "tabular"), Answer(question: "acid", value: "yes")])
    #expect(!advisor.recommend(plain).notes.contains { $0.title == "high availability" })
    var region = plain
    region.set(Answer(question: "ha", value: "region"))
    let notes = advisor.recommend(region).notes
    #expect(notes.map(\.title) == ["high availability"])
    #expect(notes.first?.text.contains("Aurora Global Database") == true)
  }

  @Test func noAnswersGiveNoRecommendation() {
    let recommendation = advisor.recommend(Answers())
    #expect(recommendation.top == nil)
    #expect(recommendation.unanswered == advisor.book.questions.map(\.key))
  }
}
