import Foundation

extension AdvisorReport {
  /// The report as JSON, following the schema in `docs/advisor-json.md` (keys sorted, two-space indent).
  public func json() throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
  }

  /// The JSON document.
  var document: AdvisorJSON.Document {
    AdvisorJSON.Document(
      schemaVersion: AdvisorJSON.schemaVersion,
      recommendation: recommendation.top.map { top in
        AdvisorJSON.Choice(
          category: choice(top),
          notes: recommendation.notes.map { AdvisorJSON.Note(title: $0.title, text: $0.text) })
      },
      tie: recommendation.tie.map { tie in
        AdvisorJSON.TieJSON(
          margin: Advisor.tieMargin, categories: tie.categories.map(\.category.key),
          question: tie.question.map { question in
            AdvisorJSON.SeparatingJSON(
              key: question.key, text: question.text,
              answers: question.outcomes.map {
                AdvisorJSON.OutcomeJSON(answer: $0.answer, label: $0.label, category: $0.category.key)
              })
          })
      },
      alternatives: recommendation.alternatives.map { alternative in
        AdvisorJSON.AlternativeChoice(
          category: choice(alternative.scored),
          tips: alternative.tips.map {
            AdvisorJSON.TipJSON(question: $0.question, answer: $0.value, label: $0.label)
          })
      },
      answers: recommendation.answers.all.map { answer in
        AdvisorJSON.AnswerJSON(
          question: answer.question, answer: answer.value,
          label: label(question: answer.question, value: answer.value),
          origin: answer.origin.rawValue, evidence: answer.evidence)
      },
      unanswered: recommendation.unanswered,
      profile: profile.map(AdvisorJSON.ProfileJSON.init))
  }

  private func choice(_ scored: ScoredCategory) -> AdvisorJSON.CategoryJSON {
    AdvisorJSON.CategoryJSON(
      key: scored.category.key, name: scored.category.name, summary: scored.category.summary,
      score: scored.score,
      reasons: scored.reasons.map {
        AdvisorJSON.ReasonJSON(text: $0.text, answers: $0.answers, points: $0.points)
      },
      products: book.providers.map {
        AdvisorJSON.ProductsJSON(provider: $0.name, products: scored.category.products[$0.key] ?? [])
      })
  }
}

/// The shapes of the advisor's JSON output (see `docs/advisor-json.md`).
enum AdvisorJSON {
  /// Bumped when a field changes meaning or disappears; new fields do not bump it.
  static let schemaVersion = 1

  struct Document: Encodable {
    var schemaVersion: Int
    var recommendation: Choice?
    var tie: TieJSON?
    var alternatives: [AlternativeChoice]
    var answers: [AnswerJSON]
    var unanswered: [String]
    var profile: ProfileJSON?

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(schemaVersion, forKey: .schemaVersion)
      try container.encode(recommendation, forKey: .recommendation)
      try container.encode(tie, forKey: .tie)
      try container.encode(alternatives, forKey: .alternatives)
      try container.encode(answers, forKey: .answers)
      try container.encode(unanswered, forKey: .unanswered)
      try container.encode(profile, forKey: .profile)
    }

    enum CodingKeys: String, CodingKey {
      case schemaVersion, recommendation, tie, alternatives, answers, unanswered, profile
    }
  }

  struct TieJSON: Encodable {
    var margin: Int
    var categories: [String]
    var question: SeparatingJSON?
  }

  struct SeparatingJSON: Encodable {
    var key: String
    var text: String
    var answers: [OutcomeJSON]
  }

  struct OutcomeJSON: Encodable {
    var answer: String
    var label: String
    var category: String
  }

  struct Choice: Encodable {
    var category: CategoryJSON
    var notes: [Note]
  }

  struct AlternativeChoice: Encodable {
    var category: CategoryJSON
    var tips: [TipJSON]
  }

  struct CategoryJSON: Encodable {
    var key: String
    var name: String
    var summary: String
    var score: Int
    var reasons: [ReasonJSON]
    var products: [ProductsJSON]
  }

  struct ReasonJSON: Encodable {
    var text: String
    var answers: [String]
    var points: Int
  }

  struct ProductsJSON: Encodable {
    var provider: String
    var products: [String]
  }

  struct Note: Encodable {
    var title: String
    var text: String
  }

  struct TipJSON: Encodable {
    var question: String
    var answer: String
    var label: String
  }

  struct AnswerJSON: Encodable {
    var question: String
    var answer: String
    var label: String
    var origin: String
    var evidence: String?

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(question, forKey: .question)
      try container.encode(answer, forKey: .answer)
      try container.encode(label, forKey: .label)
      try container.encode(origin, forKey: .origin)
      try container.encode(evidence, forKey: .evidence)
    }

    enum CodingKeys: String, CodingKey { case question, answer, label, origin, evidence }
  }

  struct ProfileJSON: Encodable {
    var kind: String
    var name: String
    var bytes: Int?
    var rows: Int?
    var columns: Int?
    var columnTypes: [String: Int]?
    var nullRatio: Double?
    var dateSpanDays: Int?
    var increasingIdColumn: String?
    var timeColumn: String?
    var timeInOrder: Double?
    var files: Int?
    var fileKinds: [FileKindJSON]?
    var jsonShape: ShapeJSON?

    init(_ profile: DataProfile) {
      switch profile {
      case .table(let table):
        kind = "table"
        name = table.name
        bytes = table.bytes
        rows = table.rows
        columns = table.columns
        columnTypes = Dictionary(uniqueKeysWithValues: table.columnTypes.map { ($0.type.rawValue, $0.count) })
        nullRatio = (table.nullRatio * 10_000).rounded() / 10_000
        dateSpanDays = table.dateSpanDays
        increasingIdColumn = table.increasingIDColumn
        timeColumn = table.timeColumn
        timeInOrder = table.timeInOrder.map { ($0 * 10_000).rounded() / 10_000 }
        jsonShape = table.jsonShape.map(ShapeJSON.init)
      case .folder(let folder):
        kind = "folder"
        name = folder.name
        bytes = folder.bytes
        files = folder.files
        fileKinds = folder.kinds.map {
          FileKindJSON(kind: $0.kind.rawValue, count: $0.count, bytes: $0.bytes)
        }
        jsonShape = folder.jsonShape.map(ShapeJSON.init)
      }
    }
  }

  struct ShapeJSON: Encodable {
    var files: Int
    var sampledFiles: Int
    var records: Int
    var fields: Int
    var varyingFields: Int

    init(_ shape: JSONShape) {
      files = shape.files
      sampledFiles = shape.sampledFiles
      records = shape.records
      fields = shape.fields
      varyingFields = shape.varyingFields
    }
  }

  struct FileKindJSON: Encodable {
    var kind: String
    var count: Int
    var bytes: Int
  }
}
