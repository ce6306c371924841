import AssayCore

/// The five numbers and outliers of a box plot for one group of values.
public struct BoxSummary: Sendable, Equatable {
  /// The group's name (the column's name when ungrouped).
  public var name: String
  /// Values summarised.
  public var count: Int
  /// First quartile (numpy.percentile, linear).
  public var q1: Double
  /// Median.
  public var median: Double
  /// Third quartile.
  public var q3: Double
  /// The smallest value at or above `q1 − 1.5 · IQR`.
  public var lowerWhisker: Double
  /// The largest value at or below `q3 + 1.5 · IQR`.
  public var upperWhisker: Double
  /// Values beyond the whiskers, ascending.
  public var outliers: [Double]

  /// The summary of values already sorted ascending (no NaN); nil when there are none.
  public init?(name: String, sorted values: [Double]) {
    guard let first = values.first, let last = values.last else { return nil }
    self.name = name
    count = values.count
    q1 = BoxSummary.percentile(values, 0.25)
    median = BoxSummary.percentile(values, 0.5)
    q3 = BoxSummary.percentile(values, 0.75)
    let reach = 1.5 * (q3 - q1)
    let lowFence = q1 - reach, highFence = q3 + reach
    lowerWhisker = values.first { $0 >= lowFence } ?? first
    upperWhisker = values.last { $0 <= highFence } ?? last
    outliers = values.filter { $0 < lowFence || $0 > highFence }
  }

  /// Summaries per category of `groups` (in category order, empty groups left out), or one for
  /// all values when `groups` is nil. Rows whose value or category is missing are counted.
  public static func compute(values: NumericValues, groups: CategoryCodes?) -> (
    boxes: [BoxSummary], skipped: SkippedRows
  ) {
    let names = groups?.names ?? [values.name]
    var members = [[Double]](repeating: [], count: names.count)
    var nulls = 0, nonNumeric = 0
    for (row, value) in values.values.enumerated() {
      if value.isNaN {
        if NumericValues.isNonNumeric(value) { nonNumeric += 1 } else { nulls += 1 }
        continue
      }
      let code = groups.map { $0.codes[row] } ?? 0
      if code < 0 {
        nulls += 1
        continue
      }
      members[Int(code)].append(value)
    }
    let boxes = zip(names, members).compactMap { name, group in BoxSummary(name: name, sorted: group.sorted())
    }
    return (boxes, SkippedRows(nulls: nulls, nonNumeric: nonNumeric))
  }

  /// The q-quantile of sorted values by linear interpolation, as numpy.percentile's default.
  static func percentile(_ sorted: [Double], _ q: Double) -> Double {
    let position = q * Double(sorted.count - 1)
    let lower = Int(position.rounded(.down))
    let upper = min(lower + 1, sorted.count - 1)
    let t = position - Double(lower)
    let a = sorted[lower], b = sorted[upper]
    return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t
  }
}
