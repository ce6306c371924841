import AssayCore
import AssaySQL
import Testing

@testable import AssayPostgres

@Suite("PostgreSQL values past a double's or an Int64's range", .enabled(if: PostgresTestServer.isRunning))
struct PostgresOutOfRangeTests {
  /// A timestamp past what microseconds since 1970 in an Int64 count is its text, never a wrapped
  /// date; infinities are their text.
  @Test func timestampsPastTheRangeAreTheirText() async throws {
    let rows = try await PostgresTestServer.rows(
      "SELECT timestamptz '294276-12-31 23:59:59.5+00', timestamp '294276-12-31 23:59:59', "
        + "timestamp '294000-01-01', timestamp 'infinity', timestamptz '-infinity'")
    #expect(
      rows == [
        [
          .string("294276-12-31 23:59:59.5Z"), .string("294276-12-31 23:59:59"),
          .timestamp(Timestamp(microseconds: 9_215_576_668_800_000_000, zone: .naive)), .string("infinity"),
          .string("-infinity"),
        ]
      ])
  }

  /// An interval longer than an Int64 of microseconds is its text in days, never a wrapped one.
  @Test func intervalsPastTheRangeAreTheirText() async throws {
    let rows = try await PostgresTestServer.rows(
      "SELECT interval '178000000 years', interval '-178000000 years -1 second', interval '1000 years'")
    #expect(
      rows == [
        [
          .string("64080000000d 00:00:00"), .string("-64080000000d 00:00:01"),
          .duration(360_000 * 86_400_000_000),
        ]
      ])
  }

  /// A numeric past a double's range is its exact text, not infinity or 0.
  @Test func numericsPastADoublesRangeAreTheirText() async throws {
    let rows = try await PostgresTestServer.rows(
      "SELECT 1e400::numeric, -1e400::numeric, 1e-400::numeric, 1e300::numeric, 'NaN'::numeric, 0.000::numeric"
    )
    let big = "1" + String(repeating: "0", count: 400)
    #expect(rows[0][0] == .string(big) && rows[0][1] == .string("-" + big))
    #expect(rows[0][2] == .string("0." + String(repeating: "0", count: 399) + "1"))
    #expect(rows[0][3] == .double(1e300) && rows[0][5] == .double(0))
    guard case .double(let notANumber) = rows[0][4] else { Issue.record("NaN is a double"); return }
    #expect(notANumber.isNaN)
  }
}
