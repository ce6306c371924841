import AssayAnalysis
import AssayCore
import AssaySQL
import Testing

/// On a large table the engine does the counting: a histogram's and a frequency table's
/// statements group in SQL and receive a row per bin or group, never the table's rows.
struct PushdownTests {
  @Test(arguments: TestDatabases.all.map(\.engine))
  func histogramAndFrequencyReceiveOnlyTheirGroups(engine: SQLDialect.Engine) throws {
    let database = try #require(TestDatabases.all.first { $0.engine == engine })
    let (server, drop) = try database.serve([TestDatabases.generated(rows: 200_000)])
    defer { drop() }
    let sheet = DatabaseTable(server: server, reference: .named("generated"))

    let histogram = try sheet.histogram(column: "reading", rule: .count(40))
    let binned = try #require(sheet.log.statements.last)
    #expect(binned.sql.contains("GROUP BY"))
    #expect(binned.rowsReceived == histogram.counts.filter { $0 > 0 }.count)
    #expect(histogram.total + histogram.nullsSkipped == 200_000)

    let before = sheet.log.statements.count
    let frequency = try sheet.frequency(column: "amount", monitor: nil)
    let sent = sheet.log.statements.dropFirst(before)
    let grouped = try #require(sent.first { $0.sql.contains("GROUP BY") })
    // A row per value and one for the nulls, as the frequency table lists them.
    #expect(grouped.rowsReceived == frequency.rowCount)
    #expect(sheet.log.statements.map(\.rowsReceived).reduce(0, +) < 1_000)
  }
}
