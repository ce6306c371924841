import AssayAdvisor
import Foundation
import Testing

@Suite("the printed recommendation") struct ReportTests {
  let book: RuleBook
  let report: AdvisorReport

  init() throws {
    book = try RuleBook.bundled()
    let answers = Answers([
      Answer(question: "data", value: "files", origin: .inferred, evidence: "3 files: 3 image (300 B)"),
      Answer(question: "reads", value: "never"),
    ])
    report = AdvisorReport(
      book: book, recommendation: Advisor(book: book).recommend(answers),
      profile: .folder(
        FolderProfile(name: "photos", kinds: [FileKindTotal(kind: .image, count: 3, bytes: 300)])))
  }

  @Test func textNamesTheChoiceReasonsProductsClassAndAnswers() {
    let lines = report.text().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first == "Source: photos: folder, 3 files, 300 B")
    #expect(lines.contains("Recommendation: object storage"))
    #expect(
      lines.contains(
        "    + data kept but rarely or never read belongs in an archive storage class [reads=never]"))
    #expect(lines.contains("    GCP          Cloud Storage"))
    #expect(
      lines.contains { $0.hasPrefix("  Storage class: kept, rarely or never read: Cloud Storage Archive") })
    #expect(lines.contains("  data   files  inferred: 3 files: 3 image (300 B)"))
    #expect(lines.contains("  reads  never  given"))
  }

  @Test func jsonFollowsTheDocumentedSchema() throws {
    let data = Data(try report.json().utf8)
    let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(
      Set(document.keys) == [
        "schemaVersion", "recommendation", "tie", "alternatives", "answers", "unanswered", "profile",
      ])
    #expect(document["schemaVersion"] as? Int == 1)
    let recommendation = try #require(document["recommendation"] as? [String: Any])
    let category = try #require(recommendation["category"] as? [String: Any])
    #expect(category["key"] as? String == "object-storage")
    let products = try #require(category["products"] as? [[String: Any]])
    #expect(products.map { $0["provider"] as? String } == ["GCP", "AWS", "Azure", "open source"])
    let notes = try #require(recommendation["notes"] as? [[String: String]])
    #expect(notes.first?["title"] == "storage class")
    let answers = try #require(document["answers"] as? [[String: Any]])
    #expect(answers.map { $0["origin"] as? String } == ["inferred", "given"])
    #expect(answers.last?["evidence"] is NSNull)
    let profile = try #require(document["profile"] as? [String: Any])
    #expect(profile["kind"] as? String == "folder")
    #expect(profile["files"] as? Int == 3)
  }

  @Test func markdownHasHeadingsAndTables() {
    let markdown = report.markdown()
    #expect(markdown.contains("# Recommendation: object storage\n"))
    #expect(markdown.contains("| GCP | Cloud Storage |\n"))
    #expect(markdown.contains("## Alternatives\n"))
    #expect(markdown.contains("| data | files | inferred: 3 files: 3 image (300 B) |\n"))
  }

  @Test func withoutAnswersTheReportSaysWhatToDo() throws {
    let empty = AdvisorReport(book: book, recommendation: Advisor(book: book).recommend(Answers()))
    #expect(
      empty.text().hasPrefix(
        "No recommendation yet: answer at least one question (e.g. --answer data=tabular).\n"))
    let document = try JSONSerialization.jsonObject(with: Data(try empty.json().utf8)) as? [String: Any]
    #expect(document?["recommendation"] is NSNull)
  }
}
