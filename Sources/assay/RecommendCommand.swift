import ArgumentParser
import AssayAdvisor
import AssayCSV
import AssayCore
import AssayJSON
import Foundation

/// `assay recommend SOURCE`: profiles a table or a folder, infers answers, and recommends storage.
struct RecommendCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "recommend",
    abstract: "Profile a source (a table or a folder of files) and recommend where it should be stored.",
    discussion: """
      A table is profiled by its size, rows, column types, nulls and whether its rows arrive in time order (events or a time series only then, not because a date column exists); a folder by its files' kinds, counts and bytes, and its JSON files by the shape of a sample of them (fields that come and go make documents). What the data shows is marked inferred, with its evidence; what it only hints at (today's size, growth, how it is used) is marked assumed. --answer question=answer overrides either or adds what the data cannot tell. Categories within a point of the first are reported as a tie, with the question that separates them.

      Examples:
        assay recommend sampledata/iris.csv
        assay recommend ~/photos --answer reads=monthly --answer ha=region
        assay recommend exports/ --answer access=transactions,analytics
        assay recommend sampledata/penguins.csv --format json
      """)

  @OptionGroup var source: SourceArguments
  @OptionGroup var advisor: AdvisorArguments

  func run() async throws {
    try await reportingFailures {
      let book = try advisor.ruleBook()
      let given = try advisor.givenAnswers(book)
      let profile = try await profileSource()
      let answers = Answers(ProfileInference.answers(from: profile, book: book) + given)
      let recommendation = Advisor(book: book).recommend(answers)
      try advisor.emit(AdvisorReport(book: book, recommendation: recommendation, profile: profile))
    }
  }

  /// The schemes of object stores, whose prefixes are profiled as folders.
  static let storeSchemes: Set<String> = ["s3", "gs", "az"]

  /// A folder is walked, an object store's prefix listed; anything else is loaded as a table.
  private func profileSource() async throws -> DataProfile {
    var isDirectory: ObjCBool = false
    if source.source != "-", FileManager.default.fileExists(atPath: source.source, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      return .folder(try FolderProfiler.profile(path: source.source))
    }
    if SourceLocator(source.source).scheme.map(Self.storeSchemes.contains) == true,
      case .collection(let prefix) = try source.openAny()
    {
      return .folder(try await FolderProfiler.profile(listing: prefix))
    }
    let table = try await source.loadTable()
    let attributes = try? FileManager.default.attributesOfItem(atPath: source.source)
    let bytes = source.source == "-" ? nil : (attributes?[.size] as? NSNumber)?.intValue
    let format = try source.sourceOptions().named["format"]
    let json = JSONFormat(name: source.source) != nil || format.flatMap(JSONFormat.init(option:)) != nil
    // A database table or piped data has no file to measure: the rows as loaded stand in for it.
    var profile = TableProfiler.profile(
      table, bytes: bytes ?? MemoryBudget.bytes(of: table.columns.flatMap(\.chunks)), json: json)
    profile.bytesAsLoaded = bytes == nil
    return .table(profile)
  }
}
