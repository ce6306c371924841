import AssayCore

/// Text for instants on a time axis: concise tick labels that say only what the labels before
/// them have not, and ISO forms for histogram edges.
public enum CalendarLabels {
  /// English month abbreviations, January first.
  public static let monthNames = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// Labels for ticks `ticks` (wall-time microseconds, ascending) `step` apart. A tick names the
  /// coarsest unit that starts there, down to the step's own (`2015` at a new year, `Mar 4` at
  /// midnight on an hourly axis, `Apr` on a monthly one, `Mar 10` on a daily one, `06:00`, `06:00:15`),
  /// and adds the year (and for a time, the date) when no label before it said them:
  /// `Mar 2014 · Apr · Jul · Oct · 2015`, `Mar 3 2014 · Mar 10`, `Mar 3 2014 06:00 · 12:00`.
  public static func ticks(_ ticks: [Int64], step: CalendarStep) -> [String] {
    var previous: CalendarTime?
    return ticks.map { tick in
      let time = CalendarTime(microseconds: tick)
      defer { previous = time }
      return label(time, step: step, previous: previous)
    }
  }

  /// Labels for histogram edges (wall-time microseconds) in the shortest ISO form that shows
  /// every edge exactly: `2014`, `2014-03`, `2014-03-10`, `2014-03-10 06:00`, `2014-03-10 06:00:15`.
  public static func edges(_ edges: [Int64]) -> [String] {
    let times = edges.map { CalendarTime(microseconds: $0) }
    let dated = times.map { $0.date.iso }
    if times.allSatisfy({ $0.timeOfDay == 0 && $0.date.day == 1 }) {
      let monthly = dated.map { String($0.dropLast(3)) }
      return times.allSatisfy { $0.date.month == 1 } ? monthly.map { String($0.dropLast(3)) } : monthly
    }
    if times.allSatisfy({ $0.timeOfDay == 0 }) { return dated }
    let seconds = times.contains { $0.timeOfDay % 60_000_000 != 0 }
    return zip(dated, times).map { $0 + " " + clock($1, seconds: seconds) }
  }

  private static func label(_ time: CalendarTime, step: CalendarStep, previous: CalendarTime?) -> String {
    let date = time.date
    let newYear = previous?.date.year != date.year
    let yearText = String(date.year)
    if date.month == 1 && date.day == 1 && time.timeOfDay == 0 { return yearText }
    let monthText = monthNames[date.month - 1]
    let dayText = "\(monthText) \(date.day)" + (newYear ? " \(yearText)" : "")
    switch step.unit {
    case .year: return yearText
    case .month: return monthText + (newYear ? " \(yearText)" : "")
    case .week, .day: return dayText
    case .hour, .minute, .second:
      if time.timeOfDay == 0 { return dayText }
      let clockText = clock(time, seconds: step.unit == .second && time.second != 0)
      return previous?.date == date ? clockText : dayText + " " + clockText
    }
  }

  /// `06:30`, or `06:30:15` with seconds.
  private static func clock(_ time: CalendarTime, seconds: Bool) -> String {
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return two(time.hour) + ":" + two(time.minute) + (seconds ? ":" + two(time.second) : "")
  }
}
