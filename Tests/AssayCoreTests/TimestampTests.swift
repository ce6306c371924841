import Testing

@testable import AssayCore

/// Timestamps and durations: text, order, storage, sorting, filters and export.
struct TimestampTests {
  /// 2024-03-01 08:00:00 UTC in microseconds.
  static let march1 =
    Int64(CivilDate(year: 2024, month: 3, day: 1).daysSinceEpoch) * TimeText.microsPerDay
    + 8 * 3_600_000_000

  @Test func timestampsReadAsISOWithFractionOnlyWhenPresent() {
    #expect(Timestamp(microseconds: Self.march1).description == "2024-03-01 08:00:00")
    #expect(Timestamp(microseconds: Self.march1 + 500_000).description == "2024-03-01 08:00:00.5")
    #expect(Timestamp(microseconds: Self.march1 + 123_456).description == "2024-03-01 08:00:00.123456")
    #expect(Timestamp(microseconds: Self.march1, zone: .utc).description == "2024-03-01 08:00:00Z")
    #expect(
      Timestamp(microseconds: Self.march1, zone: .offset(7200)).description == "2024-03-01 10:00:00+02:00")
    #expect(
      Timestamp(microseconds: Self.march1, zone: .offset(-(5 * 3600 + 1800))).description
        == "2024-03-01 02:30:00-05:30")
    #expect(Timestamp(microseconds: -1).description == "1969-12-31 23:59:59.999999")
  }

  @Test func durationsReadAsDaysAndClock() {
    #expect(Value.duration(((26 * 60 + 3) * 60 + 4) * 1_000_000).description == "1d 02:03:04")
    #expect(Value.duration(((2 * 60 + 3) * 60 + 4) * 1_000_000 + 500_000).description == "02:03:04.5")
    #expect(Value.duration(-90 * 1_000_000).description == "-00:01:30")
    #expect(Value.duration(0).description == "00:00:00")
  }

  @Test func timestampsCompareAsInstantsWhateverTheirZoneForm() {
    let utc = Timestamp(microseconds: Self.march1, zone: .utc)
    let paris = Timestamp(microseconds: Self.march1, zone: .offset(3600))
    #expect(utc == paris)
    #expect(Value.timestamp(utc).hashValue == Value.timestamp(paris).hashValue)
    #expect(Value.ascending(.timestamp(Timestamp(microseconds: 1)), .timestamp(Timestamp(microseconds: 2))))
    #expect(Value.ascending(.timestamp(Timestamp(microseconds: 1)), .null))
    #expect(Value.timestamp(Timestamp(microseconds: 1_500_000)).doubleValue == 1.5)
    #expect(Value.duration(-2_000_000).doubleValue == -2)
  }

  @Test func aColumnWithSeveralZoneFormsIsShownInUTC() {
    let column = Column(
      name: "t", type: .timestamp,
      chunks: [
        ColumnChunk(values: .timestamp([Self.march1], .offset(3600)), validity: nil),
        ColumnChunk(values: .timestamp([Self.march1], .offset(7200)), validity: nil),
      ])
    #expect(column.timeZone == .utc)
    #expect(column[1].description == "2024-03-01 08:00:00Z")
    let same = Column(
      name: "t", type: .timestamp,
      values: [.timestamp(Timestamp(microseconds: 0, zone: .offset(3600))), .null])
    #expect(same.timeZone == .offset(3600))
    #expect(same[0].description == "1970-01-01 01:00:00+01:00")
  }

  @Test func sortingOrdersInstantsNullsLast() {
    let values: [Value] = [3, -1, 2].map { .timestamp(Timestamp(microseconds: $0)) } + [.null]
    let table = Table(
      name: "t",
      columns: [
        Column(name: "t", type: .timestamp, values: values),
        Column(name: "d", type: .duration, values: [.duration(5), .null, .duration(-5), .duration(0)]),
      ])
    #expect(TableSort.order(table, by: [SortKey(column: 0)]) == [1, 2, 0, 3])
    #expect(TableSort.order(table, by: [SortKey(column: 0, descending: true)]) == [0, 2, 1, 3])
    #expect(TableSort.order(table, by: [SortKey(column: 1)]) == [2, 3, 0, 1])
    #expect(TableSort.sorted(table, by: [SortKey(column: 0)]).columns[0].timeZone == .naive)
  }

  @Test func filterLiteralsMeanTheStartOfTheirPeriod() throws {
    #expect(
      TimeLiteral.parse("2015")?.micros == Int64(CivilDate(year: 2015, month: 1, day: 1).daysSinceEpoch)
        * 86_400_000_000)
    #expect(
      TimeLiteral.parse("2015-03")?.micros == Int64(CivilDate(year: 2015, month: 3, day: 1).daysSinceEpoch)
        * 86_400_000_000)
    #expect(TimeLiteral.parse("2024-03-01 08:00")?.micros == Self.march1)
    #expect(TimeLiteral.parse("2024-03-01T08:00:00.25")?.micros == Self.march1 + 250_000)
    #expect(TimeLiteral.parse("2024-03-01T10:00+02:00")?.micros == Self.march1)
    #expect(TimeLiteral.parse("2024-03-01T10:00+02:00")?.hasZone == true)
    for bad in ["2023-02-29", "2024-03-01 24:00", "2024-13", "15", "2024-03-01 08:00:00.", "2024-03-01x"] {
      #expect(TimeLiteral.parse(bad) == nil, "\(bad)")
    }
  }

  @Test func filtersCompareTimestampAndDateColumnsWithQuotedTimes() throws {
    let hour: Int64 = 3_600_000_000
    let table = Table(
      name: "t",
      columns: [
        Column(
          name: "ts", type: .timestamp,
          values: (0..<4).map { .timestamp(Timestamp(microseconds: Self.march1 + Int64($0 - 1) * hour)) } + [
            .null
          ]),
        Column(
          name: "day", type: .date, values: [.date(16_000), .date(16_500), .date(17_000), .null, .date(0)]),
        Column(
          name: "paris", type: .timestamp,
          values: (0..<5).map {
            .timestamp(Timestamp(microseconds: Self.march1 + Int64($0) * hour, zone: .offset(3600)))
          }),
      ])
    #expect(
      try FilterExpression.parse("ts >= \"2024-03-01 08:00\"", for: table).rows(in: table) == [1, 2, 3])
    #expect(try FilterExpression.parse("ts < \"2024-03-01T08:00:00Z\"", for: table).rows(in: table) == [0])
    // 2013-10-23 is day 16001; "2015" starts on day 16436.
    #expect(try FilterExpression.parse("day < \"2015\"", for: table).rows(in: table) == [0, 4])
    // A literal without a zone is read as the column shows its values (here at +01:00).
    #expect(try FilterExpression.parse("paris == \"2024-03-01 10:00\"", for: table).rows(in: table) == [1])
    #expect(throws: AssayError.self) { try FilterExpression.parse("ts > 5", for: table) }
  }

  @Test func exportsWriteISOText() {
    let table = Table(
      name: "t",
      columns: [
        Column(
          name: "ts", type: .timestamp,
          values: [.timestamp(Timestamp(microseconds: Self.march1 + 500_000, zone: .utc)), .null]),
        Column(name: "d", type: .duration, values: [.duration(1_000_000), .duration(-86_400_000_000)]),
      ])
    #expect(
      TableWriter.string(table, format: .csv) == "ts,d\n2024-03-01 08:00:00.5Z,00:00:01\n,-1d 00:00:00\n")
    #expect(
      TableWriter.string(table, format: .jsonl)
        == "{\"ts\": \"2024-03-01 08:00:00.5Z\", \"d\": \"00:00:01\"}\n{\"ts\": null, \"d\": \"-1d 00:00:00\"}\n"
    )
  }

  @Test func gatheringKeepsTheZoneFormAndSourceFormat() {
    var column = Column(
      name: "t", type: .timestamp, values: [.timestamp(Timestamp(microseconds: 7, zone: .offset(-3600)))])
    column.sourceFormat = "%d/%m/%Y %H:%M"
    let gathered = column.gathering(rows: [0, 0])
    #expect(gathered.timeZone == .offset(-3600))
    #expect(gathered.sourceFormat == "%d/%m/%Y %H:%M")
    #expect(gathered[1] == .timestamp(Timestamp(microseconds: 7)))
  }
}
