import AssayAdvisor
import AssayCore
import Testing

/// Below the rules file's size threshold a file or an embedded engine comes first; above it, the
/// benchmark's 1 GB table still goes to a lake or a warehouse.
@Suite("small data stays in a file") struct SmallDataTests {
  let advisor: Advisor

  init() throws { advisor = Advisor(book: try RuleBook.bundled()) }

  /// `Benchmarks/gen_data.py main 10000000`: 9 columns (id, date, category, x, y, z, qty, flag, note),
  /// ids that only grow, dates over five years in random order, about 1% empty cells; `bytes` as
  /// measured or not.
  func mainTable(bytes: Int) -> DataProfile {
    .table(
      TableProfile(
        name: "main_10m.csv", bytes: bytes, rows: 10_000_000,
        columnTypes: [
          ColumnTypeCount(type: .int, count: 2), ColumnTypeCount(type: .date, count: 1),
          ColumnTypeCount(type: .string, count: 2), ColumnTypeCount(type: .double, count: 3),
          ColumnTypeCount(type: .bool, count: 1),
        ],
        nullRatio: 0.0106, dateSpanDays: 1826, increasingIDColumn: "id", timeColumn: "date",
        timeInOrder: 0.5))
  }

  func recommend(_ profile: DataProfile) -> Recommendation {
    advisor.recommend(Answers(ProfileInference.answers(from: profile, book: advisor.book)))
  }

  @Test func theOneGigabyteBenchmarkTableGoesToAWarehouse() throws {
    let recommendation = recommend(mainTable(bytes: 1_023_000_000))
    #expect(recommendation.answers["data"] == "tabular", "dates in random order are not a log")
    #expect(recommendation.answers["size"] == "1-10GB")
    let top = try #require(recommendation.top)
    #expect(top.category.key == "warehouse", "first: \(top.category.name)")
    #expect(recommendation.tie == nil)
  }

  @Test func theSameTableUnderOneGigabyteStaysInAFileAndSaysWhenToMoveUp() throws {
    let recommendation = recommend(mainTable(bytes: 999_000_000))
    #expect(recommendation.answers["size"] == "under-1GB")
    let top = try #require(recommendation.top)
    #expect(top.category.name == "file or embedded engine")
    let threshold = try #require(top.reasons.first)
    #expect(threshold.answers.contains("size=under-1GB"))
    #expect(threshold.text.hasPrefix("under 1 GB the data fits in one machine's memory"))
    #expect(threshold.text.contains("move to a warehouse or a database server once it outgrows one machine"))
    #expect(top.category.products["open-source"] == ["CSV or Parquet files", "SQLite", "DuckDB"])
  }

  @Test func smallFilesThatAreNotDataStayInObjectStorage() throws {
    let answers = Answers(
      try ["data=files", "size=under-1GB", "access=objects"].map { try advisor.book.parseAnswer($0) })
    let recommendation = advisor.recommend(answers)
    #expect(recommendation.top?.category.key == "object-storage")
    #expect(!recommendation.alternatives.contains { $0.scored.category.key == "embedded" })
  }
}
