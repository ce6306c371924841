/// Ticks for a time axis at a nice calendar step, in the manner of d3's time scale and
/// matplotlib's date locator: the finest step of `CalendarStep.ladder` that puts at most a given
/// number of ticks on the span widened to whole steps, labelled by `CalendarLabels.ticks`.
/// Instants are microseconds since 1970-01-01T00:00 UTC; ticks fall on the calendar of the wall
/// time `offsetSeconds` (at most a day) east of UTC.
public struct CalendarTicks: Sendable, Equatable {
  /// The step between ticks.
  public let step: CalendarStep
  /// The ticks, ascending, in UTC microseconds; the first and last bound the axis.
  public let ticks: [Int64]
  /// A label per tick.
  public let labels: [String]

  /// Instants are kept within about ±150,000 years of 1970, so that a tick a step beyond still
  /// counts in 64-bit microseconds.
  public static let limit: Int64 = 4_700_000_000_000_000_000

  /// Ticks covering `span` (a single instant is widened by a `finest` step each way), at the
  /// finest step no finer than `finest` giving at most `maximumTicks` (at least 2) ticks.
  public init(
    span: ClosedRange<Int64>, maximumTicks: Int, offsetSeconds: Int = 0,
    finest: CalendarStep = CalendarStep(1, .second)
  ) {
    let offset = Int64(min(max(offsetSeconds, -86_400), 86_400)) * 1_000_000
    var low = min(max(span.lowerBound, -CalendarTicks.limit), CalendarTicks.limit) + offset
    var high = min(max(span.upperBound, -CalendarTicks.limit), CalendarTicks.limit) + offset
    if low == high {
      low -= Int64(finest.approximateMicroseconds)
      high += Int64(finest.approximateMicroseconds)
    }
    let allowed = max(2, maximumTicks)
    let steps = CalendarStep.ladder.filter { $0 >= finest }
    var chosen = (step: steps[steps.count - 1], ticks: [Int64]())
    for step in steps where ((Double(high) - Double(low)) / step.approximateMicroseconds) <= Double(allowed) {
      if let ticks = CalendarTicks.ticks(from: low, to: high, step: step, atMost: allowed) {
        chosen = (step, ticks)
        break
      }
    }
    if chosen.ticks.isEmpty {
      chosen.ticks = CalendarTicks.ticks(from: low, to: high, step: chosen.step, atMost: .max) ?? []
    }
    step = chosen.step
    ticks = chosen.ticks.map { $0 - offset }
    labels = CalendarLabels.ticks(chosen.ticks, step: chosen.step)
  }

  /// Every step start from the one at or below `low` to the first at or above `high`; nil when
  /// there would be more than `atMost`.
  private static func ticks(from low: Int64, to high: Int64, step: CalendarStep, atMost: Int) -> [Int64]? {
    var tick = step.floor(low), ticks = [tick]
    while tick < high {
      tick = step.advance(tick)
      ticks.append(tick)
      if ticks.count > atMost { return nil }
    }
    return ticks
  }
}
