import AssayCore
import Testing

@testable import AssayCharts

/// Microseconds since the epoch of a UTC date and time.
private func at(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0)
  -> Int64
{
  let time = Int64(hour * 3600 + minute * 60 + second) * 1_000_000
  return CalendarTime(date: CivilDate(year: year, month: month, day: day), timeOfDay: time).microseconds
}

/// The ticks over `low...high` with at most `maximumTicks`, as (step, ticks, labels).
private func ticks(
  _ low: Int64, _ high: Int64, _ maximumTicks: Int, offsetSeconds: Int = 0,
  finest: CalendarStep = CalendarStep(1, .second)
) -> CalendarTicks {
  CalendarTicks(span: low...high, maximumTicks: maximumTicks, offsetSeconds: offsetSeconds, finest: finest)
}

@Test func yearsOverFourYears() {
  let chosen = ticks(at(2012, 1, 1), at(2015, 12, 31), 5)
  #expect(chosen.step == CalendarStep(1, .year))
  #expect(chosen.ticks == (2012...2016).map { at($0, 1, 1) })
  #expect(chosen.labels == ["2012", "2013", "2014", "2015", "2016"])
}

@Test func quartersNameTheYearAtItsStart() {
  let chosen = ticks(at(2014, 1, 15), at(2015, 1, 10), 6)
  #expect(chosen.step == CalendarStep(3, .month))
  #expect(
    chosen.ticks == [
      at(2014, 1, 1), at(2014, 4, 1), at(2014, 7, 1), at(2014, 10, 1), at(2015, 1, 1), at(2015, 4, 1),
    ])
  #expect(chosen.labels == ["2014", "Apr", "Jul", "Oct", "2015", "Apr"])
}

@Test func monthsInsideAYearSayTheYearFirst() {
  let chosen = ticks(at(2014, 3, 10), at(2014, 8, 20), 8)
  #expect(chosen.step == CalendarStep(1, .month))
  #expect(chosen.ticks == (3...9).map { at(2014, $0, 1) })
  #expect(chosen.labels == ["Mar 2014", "Apr", "May", "Jun", "Jul", "Aug", "Sep"])
}

@Test func weeksStartOnMonday() {
  let chosen = ticks(at(2014, 3, 4), at(2014, 3, 30), 6)
  #expect(chosen.step == CalendarStep(1, .week))
  #expect(chosen.ticks == [3, 10, 17, 24, 31].map { at(2014, 3, $0) })
  #expect(chosen.labels == ["Mar 3 2014", "Mar 10", "Mar 17", "Mar 24", "Mar 31"])
}

@Test func weeksAcrossAYearBoundarySayTheNewYear() {
  let weekly = ticks(at(2014, 12, 20), at(2015, 1, 20), 8)
  #expect(weekly.step == CalendarStep(1, .week))
  #expect(
    weekly.ticks == [at(2014, 12, 15), at(2014, 12, 22), at(2014, 12, 29)]
      + [5, 12, 19, 26].map { at(2015, 1, $0) })
  #expect(weekly.labels == ["Dec 15 2014", "Dec 22", "Dec 29", "Jan 5 2015", "Jan 12", "Jan 19", "Jan 26"])
  let monthly = ticks(at(2014, 12, 20), at(2015, 1, 20), 6)
  #expect(monthly.labels == ["Dec 2014", "2015", "Feb"])
  #expect(monthly.ticks == [at(2014, 12, 1), at(2015, 1, 1), at(2015, 2, 1)])
}

@Test func daysAcrossAYearBoundaryNameTheYearOnNewYearsDay() {
  let chosen = ticks(at(2014, 12, 29), at(2015, 1, 3), 10)
  #expect(chosen.step == CalendarStep(1, .day))
  #expect(chosen.labels == ["Dec 29 2014", "Dec 30", "Dec 31", "2015", "Jan 2", "Jan 3"])
  #expect(chosen.ticks == [29, 30, 31].map { at(2014, 12, $0) } + [1, 2, 3].map { at(2015, 1, $0) })
}

@Test func leapDaysAndMonthEnds() {
  let day = CalendarStep(1, .day)
  #expect(
    ticks(at(2016, 2, 27), at(2016, 3, 2), 8, finest: day).labels == [
      "Feb 27 2016", "Feb 28", "Feb 29", "Mar 1", "Mar 2",
    ])
  #expect(
    ticks(at(2015, 2, 27), at(2015, 3, 2), 8, finest: day).labels == [
      "Feb 27 2015", "Feb 28", "Mar 1", "Mar 2",
    ])
  #expect(
    ticks(at(2000, 2, 28), at(2000, 3, 1), 8, finest: day).labels == ["Feb 28 2000", "Feb 29", "Mar 1"])
  #expect(ticks(at(1900, 2, 28), at(1900, 3, 1), 8, finest: day).labels == ["Feb 28 1900", "Mar 1"])
  let monthEnds = ticks(at(2015, 1, 31), at(2015, 3, 31), 5)
  #expect(monthEnds.ticks == [at(2015, 1, 1), at(2015, 2, 1), at(2015, 3, 1), at(2015, 4, 1)])
  #expect(monthEnds.labels == ["2015", "Feb", "Mar", "Apr"])
  #expect(CalendarStep(1, .month).floor(at(2016, 2, 29, 23, 59, 59)) == at(2016, 2, 1))
  #expect(CalendarStep(1, .month).advance(at(2016, 2, 1)) == at(2016, 3, 1))
  #expect(CalendarStep(6, .month).floor(at(2016, 12, 31)) == at(2016, 7, 1))
}

@Test func hoursNameTheDayAtMidnight() {
  let chosen = ticks(at(2014, 3, 3), at(2014, 3, 4, 12), 8)
  #expect(chosen.step == CalendarStep(6, .hour))
  #expect(chosen.ticks == [0, 6, 12, 18, 24, 30, 36].map { at(2014, 3, 3) + Int64($0) * 3_600_000_000 })
  #expect(chosen.labels == ["Mar 3 2014", "06:00", "12:00", "18:00", "Mar 4", "06:00", "12:00"])
}

@Test func minutesAndSecondsCarryTheDateOnTheFirstTick() {
  let minutes = ticks(at(2014, 3, 3, 6, 2), at(2014, 3, 3, 6, 58), 7)
  #expect(minutes.step == CalendarStep(10, .minute))
  #expect(minutes.ticks == (0...6).map { at(2014, 3, 3, 6) + Int64($0) * 600_000_000 })
  #expect(minutes.labels == ["Mar 3 2014 06:00", "06:10", "06:20", "06:30", "06:40", "06:50", "07:00"])
  let seconds = ticks(at(2014, 3, 3, 6, 0, 3), at(2014, 3, 3, 6, 0, 52), 6)
  #expect(seconds.step == CalendarStep(15, .second))
  #expect(seconds.labels == ["Mar 3 2014 06:00", "06:00:15", "06:00:30", "06:00:45", "06:01"])
  let everySecond = ticks(at(2014, 3, 3, 23, 59, 58), at(2014, 3, 4, 0, 0, 1), 6)
  #expect(everySecond.step == CalendarStep(1, .second))
  #expect(everySecond.labels == ["Mar 3 2014 23:59:58", "23:59:59", "Mar 4", "00:00:01"])
}

@Test func centuriesAndMillennia() {
  let centuries = ticks(at(1650, 6, 1), at(2020, 1, 1), 6)
  #expect(centuries.step == CalendarStep(100, .year))
  #expect(centuries.labels == ["1600", "1700", "1800", "1900", "2000", "2100"])
  let millennia = ticks(at(-500, 1, 1), at(2500, 1, 1), 5)
  #expect(millennia.step == CalendarStep(1000, .year))
  #expect(millennia.labels == ["-1000", "0", "1000", "2000", "3000"])
  #expect(millennia.ticks[1] == at(0, 1, 1))
  let far = ticks(.min, .max, 4)
  #expect(far.ticks.count >= 2 && far.ticks.count <= 4)
}

@Test func aSingleInstantIsWidenedByTheFinestStep() {
  let day = Double(CivilDate(year: 2014, month: 3, day: 3).daysSinceEpoch)
  let dates = AxisScale.time(day...day, axis: .days, maximumTicks: 5)
  #expect(dates.ticks == [day - 1, day, day + 1])
  #expect(dates.range == (day - 1)...(day + 1))
  #expect(dates.labels == ["Mar 2 2014", "Mar 3", "Mar 4"])
  let instant = at(2014, 3, 3, 6, 30, 15) + 250_000
  let moment = ticks(instant, instant, 5)
  #expect(moment.step == CalendarStep(1, .second))
  #expect(moment.ticks == (14...17).map { at(2014, 3, 3, 6, 30, $0) })
}

@Test func datesNeverTickFinerThanADay() {
  let first = Double(CivilDate(year: 2014, month: 3, day: 3).daysSinceEpoch)
  let scale = AxisScale.time(first...(first + 1), axis: .days, maximumTicks: 11)
  #expect(scale.ticks == [first, first + 1])
  #expect(scale.labels == ["Mar 3 2014", "Mar 4"])
}

@Test func anOffsetTicksTheWallTime() {
  // 22:00 UTC to 04:00 UTC is midnight to 06:00 two hours east of UTC.
  let chosen = ticks(at(2014, 3, 3, 22), at(2014, 3, 4, 4), 4, offsetSeconds: 7200)
  #expect(chosen.step == CalendarStep(3, .hour))
  #expect(chosen.ticks == [at(2014, 3, 3, 22), at(2014, 3, 4, 1), at(2014, 3, 4, 4)])
  #expect(chosen.labels == ["Mar 4 2014", "03:00", "06:00"])
  let axis = TimeAxis.microseconds(offsetSeconds: -5 * 3600)
  let scale = AxisScale.time(
    Double(at(2015, 1, 1, 2))...Double(at(2015, 1, 1, 8)), axis: axis, maximumTicks: 5)
  #expect(scale.labels == ["Dec 31 2014 21:00", "2015", "03:00"])
}

@Test func histogramEdgesReadAsShortIsoForms() {
  #expect(CalendarLabels.edges([at(2014, 1, 1), at(2015, 1, 1)]) == ["2014", "2015"])
  #expect(CalendarLabels.edges([at(2014, 1, 1), at(2014, 2, 1)]) == ["2014-01", "2014-02"])
  #expect(CalendarLabels.edges([at(2014, 1, 6), at(2014, 1, 13)]) == ["2014-01-06", "2014-01-13"])
  #expect(
    CalendarLabels.edges([at(2014, 1, 6), at(2014, 1, 6, 6)]) == ["2014-01-06 00:00", "2014-01-06 06:00"])
  #expect(
    CalendarLabels.edges([at(2014, 1, 6), at(2014, 1, 6, 0, 0, 30)]) == [
      "2014-01-06 00:00:00", "2014-01-06 00:00:30",
    ])
}

/// Spans from seconds to centuries, as (low, high) in microseconds.
private let spans: [(Int64, Int64)] = [
  (at(2014, 3, 3, 6, 0, 3), at(2014, 3, 3, 6, 0, 52)), (at(2014, 3, 3, 6, 2), at(2014, 3, 3, 7, 40)),
  (at(2014, 3, 3, 1), at(2014, 3, 5, 23)), (at(2014, 12, 20), at(2015, 1, 20)),
  (at(2014, 1, 15), at(2015, 6, 10)), (at(2012, 1, 1), at(2015, 12, 31)), (at(1650, 6, 1), at(2020, 1, 1)),
  (at(2016, 2, 29, 12), at(2016, 2, 29, 12)),
]

@Test func labelsNeverOverlapFromTwentyToTwoHundredCells() {
  for width in stride(from: 20, through: 200, by: 9) {
    for (low, high) in spans {
      let frame = PlotFrame(
        width: width, height: 12, decorations: ChartDecorations(), footer: [],
        xScale: { AxisScale.time(Double(low)...Double(high), axis: .microseconds(), maximumTicks: $0) },
        yAxis: .numeric { AxisScale.linear(0...1, maximumTicks: $0) }, dotsAcross: 2, dotsDown: 4)
      let labels = frame.xLabels
      #expect(!labels.isEmpty)
      for (left, right) in zip(labels, labels.dropFirst()) {
        #expect(left.x + left.text.count + 2 <= right.x, "width \(width): \(labels.map(\.text))")
      }
      #expect(labels.allSatisfy { $0.x >= 0 && $0.x + $0.text.count <= width })
      if width >= 40 { #expect(labels.count >= 2, "width \(width): \(labels.map(\.text))") }
      #expect(Set(labels.map(\.text)).isSubset(of: Set(frame.xScale.labels)))
    }
  }
}
