import AssayTestSupport
import Foundation
import Testing

@Suite("assay wizard and assay recommend") struct AdvisorCommandTests {
  @Test func recommendIris() throws {
    let result = try AssayProcess.run(["recommend", "sampledata/iris.csv"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    assertGolden(result.stdout, named: "recommend-iris.txt")
    let json = try AssayProcess.run(["recommend", "sampledata/iris.csv", "--format", "json"])
    #expect(json.status == 0)
    assertGolden(json.stdout, named: "recommend-iris.json")
  }

  @Test func aDatabaseTableIsSizedAsLoaded() throws {
    let path = try SQLiteFixture.iris()
    defer { SQLiteFixture.remove(path) }
    let result = try AssayProcess.run(["recommend", "sqlite:\(path)?table=iris"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("\nRecommendation: file or embedded engine\n"), "\(result.stdout)")
    #expect(
      result.stdout.contains(
        "  size    under-1GB  assumed: 6.7 KB as loaded (no file to measure) (override: --answer size=...)"),
      "\(result.stdout)")
  }

  @Test func recommendAFolderOfImages() throws {
    let folder = NSTemporaryDirectory() + "assay-photos-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder + "/2024", withIntermediateDirectories: true)
    // A valid 1×1 PNG and the start of a JFIF JPEG, written under several names.
    let png = try #require(
      Data(
        base64Encoded:
          "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="))
    let jpeg = Data(
      [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xD9])
    for (name, bytes) in [
      ("shoe.png", png), ("hat.png", png), ("2024/bag.jpg", jpeg), ("2024/belt.jpeg", jpeg),
      ("scarf-without-extension", png),
    ] {
      #expect(FileManager.default.createFile(atPath: "\(folder)/\(name)", contents: bytes))
    }
    #expect(
      FileManager.default.createFile(atPath: folder + "/captions.csv", contents: Data("file,text\n".utf8)))
    let result = try AssayProcess.run(["recommend", folder, "--answer", "reads=daily"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    assertGolden(
      result.stdout.replacingOccurrences(of: folder, with: "photos"), named: "recommend-photos.txt")
  }

  @Test func wizardFromFlagsAsMarkdown() throws {
    let result = try AssayProcess.run([
      "wizard", "--answer", "data=tabular", "--answer", "size=10GB-1TB", "--answer", "access=transactions",
      "--answer", "acid=yes", "--answer", "users=one-region", "--answer", "ha=zone", "--format", "markdown",
    ])
    #expect(result.status == 0)
    assertGolden(result.stdout, named: "wizard-orders.md")
  }

  @Test func anAnswerOverridesAnInferredOne() throws {
    let result = try AssayProcess.run([
      "recommend", "sampledata/iris.csv", "--answer", "access=transactions", "--answer", "acid=yes",
    ])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Recommendation: relational OLTP\n"))
    #expect(result.stdout.contains("  access  transactions  given\n"))
    #expect(result.stdout.contains("  data    tabular       inferred: 150 rows × 5 columns"))
  }

  /// The issue's clickstream: warehouse and lake within a point are shown as a tie, with the schema
  /// question that separates them, in text, JSON and Markdown.
  @Test func aTieIsShownWithTheQuestionThatSeparatesIt() throws {
    let answers = ["--answer", "data=events", "--answer", "size=1-100TB", "--answer", "access=analytics"]
    let text = try AssayProcess.run(["wizard"] + answers)
    #expect(text.status == 0)
    #expect(
      text.stdout.hasPrefix(
        """
        Recommendation: a tie between data warehouse (OLAP) and data lake / lakehouse
          Scores 9 and 8 are within 1 point: the answers so far do not decide.
          To decide, answer schema: When is its schema decided?
            --answer schema=on-write (when it is written: cleaned, modelled tables) → data warehouse (OLAP)
            --answer schema=on-read (when it is read: raw data kept for later, schema-on-read) → data lake / lakehouse

        data warehouse (OLAP)

        """), "\(text.stdout)")
    #expect(text.stdout.contains("\nAlternatives:\n  data lake / lakehouse (tied)\n"))

    let json = try AssayProcess.run(["wizard", "--format", "json"] + answers)
    let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let tie = try #require(document?["tie"] as? [String: Any])
    #expect(tie["margin"] as? Int == 1)
    #expect(tie["categories"] as? [String] == ["warehouse", "lake"])
    let question = try #require(tie["question"] as? [String: Any])
    #expect(question["key"] as? String == "schema")
    let outcomes = (question["answers"] as? [[String: String]])?.map {
      "\($0["answer"] ?? "")→\($0["category"] ?? "")"
    }
    #expect(outcomes == ["on-write→warehouse", "on-read→lake"])

    let markdown = try AssayProcess.run(["wizard", "--format", "markdown"] + answers)
    #expect(
      markdown.stdout.hasPrefix(
        "# Recommendation: a tie between data warehouse (OLAP) and data lake / lakehouse\n\n"
          + "Scores 9, 8 are within 1 point: the answers so far do not decide.\n\n"
          + "To decide, answer `schema`: When is its schema decided?\n\n"
          + "- `schema=on-write` (when it is written: cleaned, modelled tables) → data warehouse (OLAP)\n"))
  }

  /// A clear answer set reports no tie, and several uses at once are one answer.
  @Test func severalUsesAtOnceAndNoTie() throws {
    let result = try AssayProcess.run([
      "wizard", "--answer", "access=analytics,transactions", "--format", "json",
    ])
    #expect(result.status == 0)
    let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(document?["tie"] is NSNull)
    let top = (document?["recommendation"] as? [String: Any])?["category"] as? [String: Any]
    #expect(top?["key"] as? String == "htap")
    let answer = (document?["answers"] as? [[String: Any]])?.first
    #expect(answer?["answer"] as? String == "transactions,analytics")
    #expect(
      answer?["label"] as? String
        == "many small reads and writes by key or row; scans and aggregates: analytics, BI")
    let single = try AssayProcess.run(["wizard", "--answer", "data=tabular,files"])
    #expect(single.status == 1)
    #expect(
      single.stderr
        == "assay: 'data' takes one answer, not 'tabular,files' — valid answers: tabular, documents, files, events, timeseries, key-value, mixed\n"
    )
    let prompted = try AssayProcess.run(["wizard", "--no-tui"], stdin: "1\n\n2,1\nq\n")
    #expect(prompted.stdout.contains("  access  transactions,analytics  given\n"), "\(prompted.stdout)")
    #expect(prompted.stderr.contains("  → now: HTAP"), "\(prompted.stderr)")
  }

  @Test func unknownQuestionsAndAnswersListTheValidOnes() throws {
    let question = try AssayProcess.run(["wizard", "--answer", "colour=blue"])
    #expect(question.status == 1)
    #expect(question.stdout.isEmpty)
    #expect(
      question.stderr
        == "assay: unknown question 'colour' — valid questions: data, size, access, throughput, acid, latency, users, interface, schema, sync, reads, fresh, growth, cost, ha\n"
    )
    let answer = try AssayProcess.run(["recommend", "sampledata/iris.csv", "--answer", "size=huge"])
    #expect(answer.status == 1)
    #expect(
      answer.stderr
        == "assay: unknown answer 'huge' to 'size' — valid answers: under-1GB, 1-10GB, 10GB-1TB, 1-100TB, over-100TB\n"
    )
    let missing = try AssayProcess.run(["recommend", "sampledata/nothing-here.csv"])
    #expect(missing.status == 1)
    #expect(missing.stderr.hasPrefix("assay: "))
    #expect(missing.stderr.split(separator: "\n").count == 1)
  }

  @Test func theWizardAsksLineByLineAndCanGoBack() throws {
    // data: files (3); size: skipped; access: transactions (1), then back and objects; throughput:
    // not an answer; the rest: stop.
    let result = try AssayProcess.run(
      ["wizard", "--no-tui"], stdin: "3\n\ntransactions\nb\nobjects\nmaybe\nq\n")
    #expect(result.status == 0)
    #expect(result.stderr.contains("What is the data? [data]\n"))
    #expect(result.stderr.contains("  3) files       files: images, audio, video, documents\n"))
    #expect(result.stderr.contains("  → now: object storage"))
    #expect(result.stderr.contains(" *1) transactions  many small"), "going back marks the current answer")
    #expect(
      result.stderr.contains("  3) very-high  over 100,000 a second\n> maybe\n"), "piped replies are echoed")
    #expect(result.stderr.contains("'maybe' is not an answer; type 1-3 or one of: low, high, very-high"))
    #expect(result.stdout.hasPrefix("Recommendation: object storage\n"))
    #expect(result.stdout.contains("  access  objects  given\n"))
    #expect(!result.stdout.contains("transactions  given"))
  }

  @Test func theWizardStopsAtTheEndOfInput() throws {
    let result = try AssayProcess.run(["wizard", "--format", "json"], stdin: "1\n")
    #expect(result.status == 0)
    let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let answers = document?["answers"] as? [[String: Any]]
    #expect(answers?.map { $0["answer"] as? String } == ["tabular"])
  }

  @Test func helpShowsExamplesAndTheReportGoesToAFile() throws {
    for command in ["wizard", "recommend"] {
      let help = try AssayProcess.run([command, "--help"])
      #expect(help.status == 0)
      #expect(help.stdout.contains("assay \(command) "))
      #expect(help.stdout.contains("--answer <question=answer>"))
    }
    let path = NSTemporaryDirectory() + "assay-advice-\(getpid()).md"
    defer { unlink(path) }
    let result = try AssayProcess.run([
      "wizard", "--answer", "access=cache", "--format", "markdown", "-o", path,
    ])
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
    #expect(
      try String(contentsOfFile: path, encoding: .utf8).hasPrefix("# Recommendation: in-memory cache\n"))
  }

  @Test func aBrokenRulesFileIsReportedWithItsPlace() throws {
    let path = NSTemporaryDirectory() + "assay-rules-\(getpid()).json"
    defer { unlink(path) }
    let rules = """
      {"version": 1, "providers": [], "questions": [{"key": "data", "text": "?", "answers": [
        {"key": "a", "label": "a"}, {"key": "b", "label": "b"}]}], "categories": [],
       "rules": [{"when": {"data": ["a"]}, "scores": {"tape": 1}, "reason": "r"}]}
      """
    #expect(FileManager.default.createFile(atPath: path, contents: Data(rules.utf8)))
    let result = try AssayProcess.run(["wizard", "--rules", path, "--answer", "data=a"])
    #expect(result.status == 1)
    #expect(result.stderr == "assay: \(path): rules[0] scores unknown category 'tape'\n")
  }
}
