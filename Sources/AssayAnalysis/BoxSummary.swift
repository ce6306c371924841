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

  /// A summary from its parts, as a source that computes them itself finds them.
  public init(
    name: String, count: Int, quartiles: (q1: Double, median: Double, q3: Double),
    whiskers: (lower: Double, upper: Double), outliers: [Double]
  ) {
    self.name = name
    self.count = count
    (q1, median, q3) = quartiles
    (lowerWhisker, upperWhisker) = whiskers
    self.outliers = outliers
  }

  /// The summary of values already sorted ascending (no NaN); nil when there are none.
  public init?(name: String, sorted values: [Double]) {
    guard let first = values.first, let last = values.last else { return nil }
    self.name = name
    count = values.count
    q1 = BoxSummary.percentile(values, 0.25)
    median = BoxSummary.percentile(values, 0.5)
    q3 = BoxSummary.percentile(values, 0.75)
    let (lowFence, highFence) = BoxSummary.fences(q1: q1, q3: q3)
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
    let quantile = LinearQuantile(q, count: sorted.count)
    return quantile.value(below: sorted[quantile.lowerRank], above: sorted[quantile.upperRank])
  }

  /// The fences beyond which a value is an outlier: 1.5 IQR below `q1` and above `q3`.
  public static func fences(q1: Double, q3: Double) -> (low: Double, high: Double) {
    let reach = 1.5 * (q3 - q1)
    return (q1 - reach, q3 + reach)
  }
}
