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
    #expect(answers.map(\.origin) == [.inferred, .assumed, .assumed], "size and use are assumptions")
    #expect(answers.allSatisfy { $0.evidence != nil })
    #expect(
      answers[0].evidence == "3 rows × 3 columns of consistent types (1 int, 1 double, 1 string), 0% null")
    #expect(answers[1].evidence == "2.5 MB on disk today")
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
    #expect(profile.timeColumn == "at" && profile.timeInOrder == 1)
    let answers = ProfileInference.answers(from: .table(profile), book: book)
    #expect(
      answers.first
        == Answer(
          question: "data", value: "events", origin: .inferred,
          evidence: "rows arrive in time order: at never goes back over 400 days, event_id only grows"))
    #expect(!answers.contains { $0.question == "size" }, "no size without bytes")
  }

  /// A date column and a growing id do not make a log: rows in random time order are a table.
  @Test func datesInRandomOrderAreNotEvents() {
    let days: [Int32] = [19_400, 19_000, 19_100, 19_010, 19_300]
    let table = Table(
      name: "orders.csv",
      columns: [
        Column(name: "id", type: .int, values: (1...5).map { .int(Int64($0)) }),
        Column(name: "ordered", type: .date, values: days.map { .date($0) }),
        Column(name: "kind", type: .string, values: ["a", "b", "a", "c", "b"].map { .string($0) }),
      ])
    let profile = TableProfiler.profile(table, bytes: nil)
    #expect(profile.increasingIDColumn == "id")
    #expect(profile.timeInOrder == 0.5)
    let answers = ProfileInference.answers(from: .table(profile), book: book)
    #expect(answers.map { "\($0.question)=\($0.value)" } == ["data=tabular"])
    #expect(
      answers[0].evidence
        == "5 rows × 3 columns of consistent types (1 int, 1 date, 1 string), 0% null; ordered is not in time order "
        + "(forward in 50% of neighbouring rows), so not an append-only log")
  }

  /// Readings in time order whose other columns are mostly numbers are a time series, growing by
  /// what a day of them takes on disk.
  @Test func numericReadingsInTimeOrderAreATimeSeries() {
    let day: Int64 = 86_400_000_000
    let readings: [(name: String, values: [Double])] = [
      ("temp", [1, 2, 1.5, 3]), ("humidity", [40, 41, 39, 38]),
    ]
    let times = (0..<4).map { Value.timestamp(Timestamp(microseconds: $0 * day)) }
    let table = Table(
      name: "sensor.csv",
      columns: [Column(name: "at", type: .timestamp, values: times)]
        + readings.map { Column(name: $0.name, type: .double, values: $0.values.map(Value.double)) })
    let answers = ProfileInference.answers(
      from: .table(TableProfiler.profile(table, bytes: 3_000)), book: book)
    #expect(
      answers.map { "\($0.question)=\($0.value)" } == ["data=timeseries", "size=under-1GB", "growth=steady"])
    #expect(answers[0].evidence?.hasSuffix("most columns are numeric readings") == true)
    #expect(
      answers[2]
        == Answer(
          question: "growth", value: "steady", origin: .assumed,
          evidence: "about 1 KB a day over 3 days of data"))
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

  /// Writes `count` JSON documents made by `document` into a new folder; returns its path.
  func jsonFolder(_ name: String, count: Int, _ document: (Int) -> String) throws -> String {
    let folder = NSTemporaryDirectory() + "assay-\(name)-\(getpid())"
    try? FileManager.default.removeItem(atPath: folder)
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for index in 0..<count {
      #expect(
        FileManager.default.createFile(
          atPath: "\(folder)/\(index).json", contents: Data(document(index).utf8)))
    }
    return folder
  }

  /// JSON documents whose fields come and go are documents; the shape is measured on a sample of 50.
  @Test func aSampleOfJSONWhoseFieldsVaryIsDocuments() throws {
    let folder = try jsonFolder("varying", count: 80) {
      #"{"id": \#($0), "kind": "k", "extra\#($0 % 5)": true}"#
    }
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let profile = try FolderProfiler.profile(path: folder)
    let shape = try #require(profile.jsonShape)
    #expect(shape.files == 80 && shape.sampledFiles == 50 && shape.records == 50)
    #expect(shape.fields == 7 && shape.varyingFields == 5)
    let answers = ProfileInference.answers(from: .folder(profile), book: book)
    #expect(answers.map { "\($0.question)=\($0.value)" } == ["data=documents", "size=under-1GB"])
    #expect(answers[0].origin == .inferred)
    #expect(
      answers[0].evidence?.hasSuffix(
        "50 records of 50 sampled files: 5 of 7 fields vary (missing from over 10% of records, or of differing types)"
      ) == true)
  }

  /// JSON documents that share their fields and types are tabular, even when some values are empty.
  @Test func aSampleOfUniformJSONIsTabular() throws {
    let folder = try jsonFolder("uniform", count: 30) { index in
      #"{"id": \#(index), "user": {"city": "Oslo"}, "total": \#(index % 15 == 0 ? "null" : "1.5")}"#
    }
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let profile = try FolderProfiler.profile(path: folder)
    #expect(
      profile.jsonShape == JSONShape(files: 30, sampledFiles: 30, records: 30, fields: 3, varyingFields: 0))
    let answers = ProfileInference.answers(from: .folder(profile), book: book)
    #expect(
      answers.map { "\($0.question)=\($0.value)" } == ["data=tabular", "access=analytics", "size=under-1GB"])
  }

  /// A field that is a number in some files and text in others varies.
  @Test func aFieldOfDifferingTypesVaries() throws {
    let folder = try jsonFolder("types", count: 4) {
      #"{"id": \#($0), "price": \#($0 < 2 ? "1.5" : "\"cheap\"")}"#
    }
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let shape = try #require(try FolderProfiler.profile(path: folder).jsonShape)
    #expect(shape.fields == 2 && shape.varyingFields == 1)
  }

  /// Of a JSON Lines file larger than the sample reads whole, the lines within its first bytes are read.
  @Test func aLargeJSONLinesFileIsSampledFromItsHead() throws {
    let folder = try jsonFolder("lines", count: 0) { _ in "" }
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let lines = (0..<60_000).map { $0 % 2 == 0 ? #"{"id": \#($0), "a": 1}"# : #"{"id": \#($0), "b": "x"}"# }
    let text = Data((lines.joined(separator: "\n") + "\n").utf8)
    #expect(text.count > JSONShapeSampler.largestFile)
    #expect(FileManager.default.createFile(atPath: folder + "/events.jsonl", contents: text))
    let shape = try #require(try FolderProfiler.profile(path: folder).jsonShape)
    #expect(shape == JSONShape(files: 1, sampledFiles: 1, records: 100, fields: 3, varyingFields: 2))
  }

  /// A table read from JSON (its name says so) is measured as records: a field in one row of three
  /// varies, whatever the share of empty cells.
  @Test func aTableReadFromJSONIsMeasuredAsRecords() {
    let table = Table(
      name: "orders.jsonl",
      columns: [
        Column(name: "id", type: .int, values: [.int(1), .int(2), .int(3)]),
        Column(name: "note", type: .string, values: [.string("gift"), .null, .null]),
      ])
    let profile = TableProfiler.profile(table, bytes: nil)
    #expect(
      profile.jsonShape == JSONShape(files: 1, sampledFiles: 1, records: 3, fields: 2, varyingFields: 1))
    #expect(TableProfiler.profile(table, bytes: nil, json: false).jsonShape == nil)
    let answers = ProfileInference.answers(from: .table(profile), book: book)
    #expect(
      answers.first
        == Answer(
          question: "data", value: "documents", origin: .inferred,
          evidence:
            "3 JSON records: 1 of 2 fields vary (missing from over 10% of records, or of differing types)"))
  }

  @Test func aMissingFolderIsAnError() {
    #expect(throws: AssayError.self) { try FolderProfiler.profile(path: "/nonexistent/assay-folder") }
  }
}
