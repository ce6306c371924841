import AssayCore

/// Everything one advisor run prints: the recommendation, the rule book it came from, and the
/// profile of the source when there was one.
public struct AdvisorReport: Sendable {
  /// The rules used (for question and answer labels and provider names).
  public var book: RuleBook
  /// The recommendation.
  public var recommendation: Recommendation
  /// The source's profile, for `assay recommend`.
  public var profile: DataProfile?

  /// A report from its parts.
  public init(book: RuleBook, recommendation: Recommendation, profile: DataProfile? = nil) {
    self.book = book
    self.recommendation = recommendation
    self.profile = profile
  }

  /// The label of an answer (labels joined by `; ` for several), or the key when the book does not
  /// know it.
  func label(question: String, value: String) -> String {
    value.split(separator: ",").map { key in
      book.question(question)?.answer(String(key))?.label ?? String(key)
    }.joined(separator: "; ")
  }

  /// True when an alternative is tied with the first choice.
  func isTied(_ alternative: Alternative) -> Bool {
    recommendation.tie?.categories.contains { $0.category.key == alternative.scored.category.key } ?? false
  }

  /// Provider name and product list, in the book's provider order.
  func products(of category: StorageCategory) -> [(provider: String, products: String)] {
    book.providers.map { ($0.name, (category.products[$0.key] ?? []).joined(separator: ", ")) }
  }

  /// `question=answer (label)` for a tip.
  func tipText(_ tip: Tip) -> String { "\(tip.question)=\(tip.value) (\(tip.label))" }

  /// What an answer rests on: `given`, or `inferred: evidence`.
  func originText(_ answer: Answer) -> String {
    switch answer.origin {
    case .given: return "given"
    case .inferred: return "inferred" + (answer.evidence.map { ": \($0)" } ?? "")
    case .assumed:
      return "assumed" + (answer.evidence.map { ": \($0)" } ?? "")
        + " (override: --answer \(answer.question)=...)"
    }
  }

  /// One line about the profiled source.
  var profileSummary: String? {
    switch profile {
    case .table(let table):
      let size = table.bytes.map { ", \(NumberFormatting.bytes($0))" } ?? ""
      return "\(SafeText.visible(table.name)): table, \(NumberFormatting.grouped(table.rows)) rows, "
        + "\(table.columns) columns\(size)"
    case .folder(let folder):
      return "\(SafeText.visible(folder.name)): folder, \(NumberFormatting.grouped(folder.files)) files, "
        + NumberFormatting.bytes(folder.bytes)
    case nil: return nil
    }
  }
}
