import AssayCore
import Foundation
import Testing

@testable import AssayAdvisor

/// The indices of the shipped rules (none when the file fails to load, which `loadsWithoutProblems` reports).
let shippedRuleIndices = Array((try? RuleBook.bundled())?.rules.indices ?? 0..<0)

@Suite("the rules file") struct RuleBookTests {
  let book: RuleBook

  init() throws { book = try RuleBook.bundled() }

  @Test func loadsWithoutProblems() {
    #expect(book.problems() == [])
    #expect(book.questions.count >= 15)
    #expect(book.categories.count == 12)
    #expect(book.rules.count >= 45)
    #expect(book.providers.map(\.name) == ["GCP", "AWS", "Azure", "open source"])
  }

  /// The rules compiled into the executable are the documented file, byte for byte.
  @Test func theCompiledInRulesAreTheRulesFile() throws {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "../../Sources/AssayAdvisor/Resources/rules.json"
    ).path
    let file = try #require(FileManager.default.contents(atPath: path), "read \(path)")
    #expect(file == Data(BuiltInRules.json.utf8), "rules.json differs from BuiltInRules.swift")
  }

  /// Each rule, given exactly the answers it asks for, changes every category it scores by its points
  /// and is cited as a reason for each category it favours.
  @Test(arguments: shippedRuleIndices) func ruleFires(_ index: Int) throws {
    let rule = book.rules[index]
    let answers = Answers(
      rule.when.compactMap { question, accepted in
        accepted.first { $0 != RuleBook.unanswered }.map {
          Answer(question: question, value: $0.replacingOccurrences(of: "+", with: ","))
        }
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

  /// Only neutral answers ("no" to client sync, steady growth, a balance of cost and speed) change
  /// nothing.
  @Test func everyOtherAnswerIsUsedByARuleOrANote() {
    let conditions = book.rules.map(\.when) + book.categories.flatMap { $0.notes.map(\.when) }
    let unused = book.questions.flatMap { question in
      question.answers.map { "\(question.key)=\($0.key)" }.filter { pair in
        let answer = String(pair.split(separator: "=")[1])
        return !conditions.contains { $0[question.key]?.contains(answer) == true }
      }
    }
    #expect(unused == ["sync=no", "growth=steady", "cost=balanced"])
  }

  /// Words that name each family in a rule's reason.
  static let familyTerms: [String: [String]] = [
    "filesystem": ["filesystem", "file share", "POSIX"], "block": ["block", "disk"],
    "object-storage": ["object storage", "storage class"],
    "relational-oltp": ["relational", "database server", "single-region database", "one machine's database"],
    "distributed-sql": ["distributed SQL", "Spanner"], "document": ["document"],
    "wide-column": ["wide-column", "key-value", "Bigtable"], "in-memory": ["RAM", "in-memory"],
    "warehouse": ["warehouse", "columnar"], "lake": ["lake"], "htap": ["HTAP"],
    "embedded": ["embedded", "SQLite", "DuckDB", "a file"],
  ]

  /// No rule argues for one family while scoring another: every family a rule gives points to is
  /// named in its reason.
  @Test(arguments: shippedRuleIndices) func aReasonNamesEveryFamilyItFavours(_ index: Int) throws {
    let rule = book.rules[index]
    for (family, points) in rule.scores where points > 0 {
      let terms = try #require(Self.familyTerms[family], "terms for \(family)")
      #expect(
        terms.contains { rule.reason.localizedCaseInsensitiveContains($0) },
        "rule \(index) scores \(family) but its reason does not name it: \(rule.reason)")
    }
  }

  /// Every category names its products on every platform and advises a tier or class for some answers.
  @Test func everyCategoryHasProductsAndATierOrClass() {
    for category in book.categories {
      #expect(book.providers.allSatisfy { !(category.products[$0.key] ?? []).isEmpty }, "\(category.key)")
      #expect(category.notes.contains { $0.title != "high availability" }, "\(category.key) advises a tier")
    }
  }

  /// A combined condition (`a+b`) is only for a question that takes several answers.
  @Test func combinedAnswersNeedAQuestionThatTakesSeveral() {
    var broken = book
    broken.rules[0].when = ["data": ["tabular+files"]]
    #expect(broken.problems() == ["rules[0] combines answers of 'data', which takes one answer"])
  }

  @Test func problemsAreFoundAndLocated() throws {
    var broken = book
    broken.rules[0].when["colour"] = ["blue"]
    broken.rules[1].scores["tape"] = 3
    broken.rules[2].when["data"] = ["spreadsheets"]
    broken.categories[0].products["gcp"] = []
    broken.questions[1].answers[2].bytesBelow = 5
    #expect(
      broken.problems() == [
        "question 'size': every answer but the last needs a rising bytesBelow, the last none",
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

@Suite("extending the rules") struct RuleBookExtensionTests {
  /// A category and a rule added to the file, with no code change, are recommended.
  @Test func aNewCategoryIsAnEditOfTheFile() throws {
    let shipped = try JSONEncoder().encode(try RuleBook.bundled())
    var json = try #require(try JSONSerialization.jsonObject(with: shipped) as? [String: Any])
    var categories = try #require(json["categories"] as? [[String: Any]])
    categories.append([
      "key": "tape", "name": "tape library", "summary": "cartridges on shelves",
      "products": ["gcp": ["-"], "aws": ["Storage Gateway Tape"], "azure": ["-"], "open-source": ["LTFS"]],
      "notes": [],
    ])
    json["categories"] = categories
    var rules = try #require(json["rules"] as? [[String: Any]])
    rules.append([
      "when": ["reads": ["never"], "size": ["over-100TB"]], "scores": ["tape": 20], "reason": "cold and vast",
    ])
    json["rules"] = rules
    let book = try RuleBook.decode(try JSONSerialization.data(withJSONObject: json), name: "extended.json")
    let answers = Answers([
      Answer(question: "reads", value: "never"), Answer(question: "size", value: "over-100TB"),
    ])
    let top = Advisor(book: book).recommend(answers).top
    #expect(top?.category.name == "tape library")
    #expect(top?.reasons.first?.text == "cold and vast")
  }
}
