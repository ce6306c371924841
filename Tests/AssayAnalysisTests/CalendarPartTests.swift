import AssayCore
import Testing

@testable import AssayAnalysis

/// Calendar parts label times as Python's `date.isocalendar()` and `strftime('%a')` do.
@Suite struct CalendarPartTests {
  static func micros(_ iso: String, hour: Int64 = 0) -> Int64 {
    let parts = iso.split(separator: "-").map { Int($0)! }
    let day = CivilDate(year: parts[0], month: parts[1], day: parts[2]).daysSinceEpoch
    return Int64(day) * CalendarPeriod.microsecondsPerDay + hour * 3_600_000_000
  }

  @Test(arguments: [
    ("2012-01-01", "2011-W52", "Sun"), ("2008-12-29", "2009-W01", "Mon"), ("2010-01-03", "2009-W53", "Sun"),
    ("2021-01-04", "2021-W01", "Mon"), ("2020-12-31", "2020-W53", "Thu"), ("1969-12-31", "1970-W01", "Wed"),
  ])
  func weeksAndWeekdaysAreISO(day: String, week: String, weekday: String) {
    #expect(CalendarPart.week.label(Self.micros(day)) == week)
    #expect(CalendarPart.weekday.label(Self.micros(day)) == weekday)
  }

  @Test func periodsAndHoursReadAsPeopleWriteThem() {
    let time = Self.micros("2014-05-07", hour: 8)
    #expect(
      CalendarPart.allCases.map { $0.label(time) } == [
        "2014", "2014-Q2", "2014-05", "2014-W19", "2014-05-07", "Wed", "08",
      ])
    #expect(CalendarPart.hour.label(Self.micros("1969-12-31", hour: 23)) == "23")
  }
}
