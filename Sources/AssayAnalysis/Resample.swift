import AssayCore

/// How the values that fall in one period are combined.
public enum ResampleAggregate: String, Sendable, CaseIterable {
  /// The mean of the period's values.
  case mean
  /// Their sum.
  case sum
  /// How many values (rows, without a value column) fell in the period.
  case count
  /// The smallest.
  case min
  /// The largest.
  case max
  /// The middle value (the mean of the two middle values for an even count).
  case median
}

/// A series resampled to calendar periods: a value for every period from the one holding the
/// series' first time to the one holding its last; nil where a period holds no value (a gap).
public struct ResampledSeries: Sendable, Equatable {
  /// The series' name: the category, or the value column's name for a single series.
  public var name: String
  /// Each period's start, microseconds since 1970-01-01T00:00:00.
  public var starts: [Int64]
  /// Each period's value; nil for a gap (no value fell in the period), except that `count` is 0.
  public var values: [Double?]
}

/// Resampling: rows bucketed by the calendar period their time falls in, values combined per
/// period — pandas' `resample(rule, closed="left", label="left", origin="start_day")` with periods
/// of days or less, week periods starting on Monday, month, quarter and year periods at their
/// first day.
public enum Resample {
  /// The most periods one series may have, so a short period over a long span is refused rather
  /// than filling memory.
  public static let maximumPeriods = 1_000_000

  /// The series of `values` (or of row counts, when nil) by `period`, one per category of
  /// `groups` (in code order, categories without a time left out) or one for all rows. Rows with
  /// no time are skipped; rows with no value widen the series' span but add no value (`count`
  /// without values counts rows); `count` of a period without values is 0, every other aggregate
  /// is a gap there.
  /// - Throws: `AssayError` when a series would have more than `maximumPeriods` periods.
  public static func series(
    times: TimeValues, values: NumericValues?, groups: CategoryCodes?, period: CalendarPeriod,
    aggregate: ResampleAggregate
  ) throws -> [ResampledSeries] {
    let groupCount = groups?.names.count ?? 1
    var rows = [[(time: Int64, value: Double)]](repeating: [], count: groupCount)
    var spans = [ClosedRange<Int64>?](repeating: nil, count: groupCount)
    for (row, time) in times.micros.enumerated() where time != TimeValues.null {
      let group = groups.map { Int($0.codes[row]) } ?? 0
      guard group >= 0 else { continue }
      spans[group] = spans[group].map { min($0.lowerBound, time)...max($0.upperBound, time) } ?? time...time
      let value = values?.values[row] ?? 1
      if !value.isNaN { rows[group].append((time, value)) }
    }
    return try rows.indices.compactMap { group in
      guard let span = spans[group] else { return nil }
      let name = groups?.names[group] ?? values?.name ?? "rows"
      return try series(rows[group], over: span, name: name, period: period, aggregate: aggregate)
    }
  }

  /// One group's rows resampled over the periods from the one holding `span`'s start to the one
  /// holding its end (the span of every row with a time, with a value or not).
  private static func series(
    _ rows: [(time: Int64, value: Double)], over span: ClosedRange<Int64>, name: String,
    period: CalendarPeriod, aggregate: ResampleAggregate
  ) throws -> ResampledSeries {
    let first = span.lowerBound, last = span.upperBound
    let shortest =
      period.unit.fixedMicroseconds ?? 28 * CalendarPeriod.microsecondsPerDay * Int64(period.unit.months!)
    let periods = (last - first) / (shortest * Int64(period.count)) + 2
    guard periods <= maximumPeriods else {
      throw AssayError(
        message:
          "\(name): every \(period.text) makes about \(NumberFormatting.grouped(Int(periods))) periods",
        hint: "choose a longer period (at most \(NumberFormatting.grouped(maximumPeriods)) periods)")
    }
    var starts = [period.firstStart(containing: first)]
    var next = period.next(after: starts[0])
    while next <= last {
      starts.append(next)
      next = period.next(after: next)
    }
    var buckets = [[Double]](repeating: [], count: starts.count)
    for row in rows { buckets[bucket(of: row.time, in: starts)].append(row.value) }
    return ResampledSeries(name: name, starts: starts, values: buckets.map { combine($0, aggregate) })
  }

  /// The index of the period holding `time`: the last start not after it.
  private static func bucket(of time: Int64, in starts: [Int64]) -> Int {
    var low = 0, high = starts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if starts[middle] <= time { low = middle } else { high = middle - 1 }
    }
    return low
  }

  /// One period's values combined; nil for a gap.
  private static func combine(_ values: [Double], _ aggregate: ResampleAggregate) -> Double? {
    guard aggregate == .count || !values.isEmpty else { return nil }
    switch aggregate {
    case .count: return Double(values.count)
    case .sum: return compensatedSum(values)
    case .mean: return compensatedSum(values) / Double(values.count)
    case .min: return values.min()
    case .max: return values.max()
    case .median:
      let sorted = values.sorted()
      let middle = sorted.count / 2
      return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
  }

  /// The sum with Neumaier's compensation, so that tenths add up to what they read (1226, not
  /// 1225.9999999999989).
  static func compensatedSum(_ values: [Double]) -> Double {
    var sum = 0.0, compensation = 0.0
    for value in values {
      let next = sum + value
      compensation += abs(sum) >= abs(value) ? (sum - next) + value : (value - next) + sum
      sum = next
    }
    return sum + compensation
  }
}
