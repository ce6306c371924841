import AssayCore
import AssaySQL
import Foundation
import Testing

@testable import AssayMariaDB

/// Every column type of the `every_type` fixture reads as its Assay type, values and NULLs exact,
/// whether the statement runs as text or prepared with parameters.
@Suite(.enabled(if: TestServer.isRunning)) struct MariaDBTypeTests {
  static let expectedTypes: [(String, ColumnType)] = [
    ("id", .int), ("tiny_value", .int), ("small_value", .int), ("medium_value", .int), ("int_value", .int),
    ("big_value", .int), ("unsigned_value", .int), ("year_value", .int), ("float_value", .double),
    ("double_value", .double), ("decimal_value", .double), ("bit_flag", .bool), ("bool_flag", .bool),
    ("date_value", .date), ("datetime_value", .timestamp), ("timestamp_value", .timestamp),
    ("time_value", .duration), ("char_value", .string), ("varchar_value", .string), ("text_value", .string),
    ("enum_value", .string), ("set_value", .string), ("json_value", .string), ("blob_value", .string),
    ("binary_value", .string), ("varbinary_value", .string), ("bits_value", .int),
  ]

  static func day(_ year: Int, _ month: Int, _ day: Int) -> Value {
    .date(CivilDate(year: year, month: month, day: day).daysSinceEpoch)
  }

  static func time(_ text: String, _ zone: TimeZoneForm) -> Value {
    .timestamp(Timestamp(microseconds: TimeLiteral.parse(text)!.micros, zone: zone))
  }

  static let expectedRows: [[Value]] = [
    [
      .int(1), .int(-128), .int(-32768), .int(-8_388_608), .int(-2_147_483_648), .int(.min), .int(0),
      .int(1901),
      .double(1.5), .double(-2.25), .double(12345.6789), .bool(true), .bool(true), day(2024, 2, 29),
      time("2024-03-01 08:00:00.5", .naive), time("2024-03-01 08:00:00.25Z", .utc), .duration(-5_400_000_000),
      .string("abc"), .string("héllo wörld"), .string("a longer text"), .string("green"), .string("a,c"),
      .string(#"{"k": [1, 2]}"#), .string("\\x89504e470d0a1a0a00"),
      .string("\\xdeadbeef"),
      .string("\\x0102"), .int(514),
    ],
    [.int(2)] + Array(repeating: .null, count: 26),
    [
      .int(3), .int(127), .int(32767), .int(8_388_607), .int(2_147_483_647), .int(.max),
      .string("18446744073709551615"), .int(2155), .double(3.25), .double(1e300), .double(-99_999_999.9999),
      .bool(false), .bool(false), day(1000, 1, 1), time("9999-12-31 23:59:59.999999", .naive),
      time("1970-01-01 00:00:01Z", .utc), .duration((838 * 3600 + 59 * 60 + 59) * 1_000_000 + 500_000),
      .string(""), .string(""), .string(""), .string("red"), .string(""), .string("[]"), .string("\\x"),
      .string("\\x00000000"), .string("\\x"), .int(0),
    ],
  ]

  func check(_ result: (columns: [SQLColumn], rows: [[Value]])) {
    #expect(result.columns.map(\.name) == Self.expectedTypes.map(\.0))
    #expect(result.columns.map(\.type) == Self.expectedTypes.map(\.1))
    let zones = result.columns.filter { $0.type == .timestamp }.map(\.timeZone)
    #expect(zones == [.naive, .utc], "DATETIME is wall-clock time, TIMESTAMP an instant in UTC")
    #expect(result.rows.count == 3)
    for (row, expected) in zip(result.rows, Self.expectedRows) {
      for (index, (value, want)) in zip(row, expected).enumerated() {
        #expect(value == want, "\(Self.expectedTypes[index].0): \(value) is not \(want)")
        if case .timestamp(let got) = value, case .timestamp(let wanted) = want {
          #expect(got.zone == wanted.zone)
        }
      }
    }
  }

  @Test func everyTypeReadsExactlyAsText() throws {
    let connection = try TestServer.server().connect()
    defer { connection.close() }
    check(try connection.fetch("SELECT * FROM every_type ORDER BY id"))
  }

  @Test func everyTypeReadsExactlyWhenPrepared() throws {
    let connection = try TestServer.server().connect()
    defer { connection.close() }
    check(try connection.fetch("SELECT * FROM every_type WHERE id >= ? ORDER BY id", parameters: [.int(1)]))
  }

  @Test func aSheetOfEveryTypeKeepsTheUnsignedColumnWholeAsText() async throws {
    let table = DatabaseTable(server: try TestServer.server(), reference: .named("every_type"))
    var last: Table?
    for try await update in table.load() { last = update.table }
    let loaded = try #require(last)
    #expect(loaded.columns.first { $0.name == "unsigned_value" }?.type == .string)
    #expect(loaded.columns.first { $0.name == "big_value" }?.type == .int)
    #expect(loaded.rowCount == 3)
  }
}
