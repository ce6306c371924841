import AssayAdvisor
import AssayCore
import Foundation
import Testing

@Suite("profiles become answers") struct ProfileTests {
  let book: RuleBook

  init() throws { book = try RuleBook.bundled() }

  @Test func aTableOfMeasurementsIsTabularAndAnalytical() {
    let table = Table(
      name: "m.csv",
      columns: [
        Column(name: "a", type: .double, values: [.double(1.5), .double(2), .double(3)]),
        Column(name: "b", type: .int, values: [.int(3), .int(1), .int(2)]),
        Column(name: "label", type: .string, values: [.string("x"), .string("y"), .string("x")]),
      ])
    let profile = TableProfiler.profile(table, bytes: 2_500_000)
    #expect(profile.columns == 3)
    #expect(profile.numericColumns == 2)
    #expect(profile.increasingIDColumn == nil)
    let answers = ProfileInference.answers(from: .table(profile), book: book)
    #expect(
      answers.map { "\($0.question)=\($0.value)" } == ["data=tabular", "size=under-1GB", "access=analytics"])
    #expect(answers.allSatisfy { $0.origin == .inferred && $0.evidence != nil })
    #expect(
      answers[0].evidence == "3 rows × 3 columns of consistent types (1 int, 1 double, 1 string), 0% null")
    #expect(answers[1].evidence == "2.5 MB on disk")
  }

  @Test func datesOverMonthsWithAGrowingIdAreEvents() {
    let days: [Int32] = [19_000, 19_010, 19_100, 19_400]
    let table = Table(
      name: "events.csv",
      columns: [
        Column(name: "event_id", type: .int, values: [.int(1), .int(2), .int(5), .int(9)]),
        Column(name: "at", type: .date, values: days.map { .date($0) }),
        Column(
          name: "kind", type: .string, values: [.string("a"), .string("b"), .string("a"), .string("c")]),
      ])
    let profile = TableProfiler.profile(table, bytes: nil)
    #expect(profile.dateSpanDays == 400)
    #expect(profile.increasingIDColumn == "event_id")
    let answers = ProfileInference.answers(from: .table(profile), book: book)
    #expect(
      answers.first
        == Answer(
          question: "data", value: "events", origin: .inferred,
          evidence: "dates span 400 days and event_id only grows"))
    #expect(!answers.contains { $0.question == "size" }, "no size without bytes")
  }

  @Test func manyNullsMeanVaryingShape() {
    let table = Table(
      name: "sparse.csv",
      columns: [
        Column(name: "a", type: .string, values: [.string("x"), .null, .null, .string("y")]),
        Column(name: "b", type: .int, values: [.null, .int(1), .null, .null]),
      ])
    let answers = ProfileInference.answers(from: .table(TableProfiler.profile(table, bytes: 40)), book: book)
    #expect(answers.map { "\($0.question)=\($0.value)" } == ["data=documents", "size=under-1GB"])
    #expect(answers[0].evidence == "62% of cells are empty in 4 rows × 2 columns")
  }

  @Test(arguments: [
    (999_999_999, "under-1GB"), (1_000_000_000, "1-10GB"), (9_999_999_999, "1-10GB"),
    (10_000_000_000, "10GB-1TB"), (999_999_999_999, "10GB-1TB"), (1_000_000_000_000, "1-100TB"),
    (100_000_000_000_000, "over-100TB"),
  ])
  func sizeTiersComeFromTheRulesFile(bytes: Int, tier: String) {
    #expect(ProfileInference.sizeTier(bytes, in: book) == tier)
  }

  @Test func aRulesFileWithoutByteBoundsInfersNoSize() {
    var unbounded = book
    unbounded.questions = unbounded.questions.map { question in
      var question = question
      question.answers = question.answers.map { answer in
        var answer = answer
        answer.bytesBelow = nil
        return answer
      }
      return question
    }
    #expect(ProfileInference.sizeTier(1000, in: unbounded) == nil)
    let profile = FolderProfile(name: "f", kinds: [FileKindTotal(kind: .image, count: 1, bytes: 1000)])
    #expect(
      !ProfileInference.answers(from: .folder(profile), book: unbounded).contains { $0.question == "size" })
  }

  @Test func fileKindsComeFromMagicBytesThenExtensions() {
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    #expect(FileKind.of(name: "photo.dat", leadingBytes: png) == .image)
    #expect(FileKind.of(name: "x.jpg", leadingBytes: [0xFF, 0xD8, 0xFF, 0xE0]) == .image)
    #expect(FileKind.of(name: "song", leadingBytes: Array("RIFF\u{0}\u{0}\u{0}\u{0}WAVE".utf8)) == .audio)
    #expect(FileKind.of(name: "clip", leadingBytes: [0, 0, 0, 0x18] + Array("ftypmp42".utf8)) == .video)
    #expect(FileKind.of(name: "a", leadingBytes: Array("%PDF-1.7".utf8)) == .document)
    #expect(FileKind.of(name: "t", leadingBytes: Array("PAR1".utf8)) == .table)
    #expect(FileKind.of(name: "events.csv.gz", leadingBytes: [0x1F, 0x8B, 8]) == .table)
    #expect(FileKind.of(name: "server.LOG", leadingBytes: []) == .log)
    #expect(FileKind.of(name: "dump.gz", leadingBytes: [0x1F, 0x8B]) == .archive)
    #expect(FileKind.of(name: "README", leadingBytes: Array("hello".utf8)) == .other)
  }

  @Test func aFolderOfImagesIsFilesReadWhole() throws {
    let folder = NSTemporaryDirectory() + "assay-profile-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder + "/nested", withIntermediateDirectories: true)
    let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 92))
    for name in ["a.png", "b.png", "nested/c.png"] {
      #expect(FileManager.default.createFile(atPath: "\(folder)/\(name)", contents: png))
    }
    #expect(FileManager.default.createFile(atPath: folder + "/notes.csv", contents: Data("a,b\n1,2\n".utf8)))
    #expect(FileManager.default.createFile(atPath: folder + "/.hidden.png", contents: png))
    #expect(symlink(folder, folder + "/nested/loop") == 0, "a link back to the top is not followed")
    let profile = try FolderProfiler.profile(path: folder)
    #expect(
      profile.kinds == [
        FileKindTotal(kind: .image, count: 3, bytes: 300), FileKindTotal(kind: .table, count: 1, bytes: 8),
      ])
    let answers = ProfileInference.answers(from: .folder(profile), book: book)
    #expect(
      answers.map { "\($0.question)=\($0.value)" } == ["data=files", "access=objects", "size=under-1GB"])
    #expect(answers[0].evidence == "4 files: 3 image (300 B), 1 table (8 B)")
  }

  @Test func foldersOfTablesLogsOrUnknownFilesAnswerByTheirMajority() {
    func answers(_ kinds: [FileKindTotal]) -> [String] {
      ProfileInference.answers(from: .folder(FolderProfile(name: "f", kinds: kinds)), book: book).map {
        "\($0.question)=\($0.value)"
      }
    }
    let parquet = FileKindTotal(kind: .table, count: 30, bytes: 9_000_000_000_000)
    let logs = FileKindTotal(kind: .log, count: 40, bytes: 1000)
    let unknown = FileKindTotal(kind: .other, count: 50, bytes: 1000)
    #expect(answers([parquet]) == ["data=tabular", "access=analytics", "size=1-100TB"])
    #expect(answers([logs, parquet]) == ["data=events", "access=analytics", "size=1-100TB"])
    #expect(answers([unknown, logs]) == ["data=files", "access=objects", "size=under-1GB"])
    #expect(answers([]) == [])
  }

  @Test func aMissingFolderIsAnError() {
    #expect(throws: AssayError.self) { try FolderProfiler.profile(path: "/nonexistent/assay-folder") }
  }
}
