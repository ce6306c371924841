import AssayCore
import Testing

@testable import AssayAnalysis

/// Describe and frequency of date and timestamp columns.
struct TimeDescribeTests {
  static let hour: Int64 = 3_600_000_000

  static let table = Table(
    name: "t",
    columns: [
      Column(
        name: "ts", type: .timestamp,
        values: [5, 1, 3, 1].map { .timestamp(Timestamp(microseconds: $0 * hour, zone: .offset(3600))) } + [
          .null
        ]),
      Column(name: "n", type: .int, values: [1, 2, 3, 4, 5].map { .int($0) }),
    ])

  @Test func timestampsAreDescribedByMinMaxMedianAndSpan() {
    let summary = Describe.summarize(Self.table.columns[0])
    #expect(summary.count == 4 && summary.nulls == 1 && summary.distinct == 3)
    #expect(summary.min.description == "1970-01-01 02:00:00+01:00")
    #expect(summary.max.description == "1970-01-01 06:00:00+01:00")
    #expect(summary.median.description == "1970-01-01 02:00:00+01:00")
    #expect(summary.span == .duration(4 * Self.hour))
    #expect(summary.mean == nil)
  }

  @Test func theDescribeTableGainsSpanAndFormatWithTimestampsOrNamedForms() {
    var column = Self.table.columns[0]
    column.sourceFormat = "ISO 8601"
    let table = Table(name: "t", columns: [column, Self.table.columns[1]])
    let described = Describe.table(Describe.summarize(table), name: "d")
    #expect(described.columnNames.suffix(2) == ["span", "format"])
    #expect(described.columns[10][0] == .string("04:00:00"))
    #expect(described.columns[11][0] == .string("ISO 8601"))
    #expect(described.columns[11][1] == .null)
    let plain = Describe.table(Describe.summarize(Table(name: "n", columns: [table.columns[1]])), name: "d")
    #expect(plain.columnNames.last == "median")
    let isoDates = Table(name: "d", columns: [Column(name: "d", type: .date, values: [.date(0), .date(3)])])
    #expect(Describe.table(Describe.summarize(isoDates), name: "d").columnNames.last == "median")
    #expect(Describe.summarize(isoDates.columns[0]).span == .duration(3 * 86_400_000_000))
  }

  @Test func frequencyCountsInstants() {
    let counts = Frequency.typedTable(Self.table.columns[0])
    #expect(counts.columns[0].type == .timestamp)
    #expect(counts.columns[0][0].description == "1970-01-01 02:00:00+01:00")
    #expect(counts.columns[1][0] == .int(2))
  }
}
