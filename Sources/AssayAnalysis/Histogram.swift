import AssayCore
import Foundation

/// How a histogram chooses its bins.
public enum BinRule: Sendable, Equatable {
  /// Exactly this many equal-width bins.
  case count(Int)
  /// Bins of this width, aligned to multiples of it.
  case width(Double)
  /// Sturges: `range / (log2(n) + 1)` wide.
  case sturges
  /// Freedman–Diaconis: `2 · IQR · n^(−1/3)` wide; Sturges when the IQR is 0 or outliers would
  /// make more than `Histogram.maximumAutomaticBinCount` bins.
  case freedmanDiaconis

  /// The rule used when none is asked for.
  public static let `default` = BinRule.freedmanDiaconis

  /// The rule's name as a footer shows it: `Freedman–Diaconis`, `Sturges`, `20 bins`, `width 0.5`.
  public var name: String {
    switch self {
    case .count(let n): return n == 1 ? "1 bin" : "\(n) bins"
    case .width(let w): return "width \(NumberFormatting.shortest(w))"
    case .sturges: return "Sturges"
    case .freedmanDiaconis: return "Freedman–Diaconis"
    }
  }
}

/// Counts of a numeric column's values in equal-width bins.
public struct Histogram: Sendable, Equatable {
  /// Bin edges, ascending; bin i is `[edges[i], edges[i+1])`, the last bin also includes its right edge.
  public var edges: [Double]
  /// Values per bin; `counts.count == edges.count - 1`.
  public var counts: [Int]
  /// Null (and NaN) rows left out.
  public var nullsSkipped: Int
  /// The rule that chose the bins (Sturges when Freedman–Diaconis fell back for a zero IQR).
  public var rule: BinRule
  /// The name of the column counted.
  public var columnName: String

  /// A histogram from its parts.
  public init(edges: [Double], counts: [Int], nullsSkipped: Int, rule: BinRule, columnName: String) {
    self.edges = edges
    self.counts = counts
    self.nullsSkipped = nullsSkipped
    self.rule = rule
    self.columnName = columnName
  }

  /// Values counted (nulls excluded).
  public var total: Int { counts.reduce(0, +) }

  /// Most bins any rule may produce; more is a mistake (a tiny width or a huge count).
  public static let maximumBinCount = 100_000

  /// Most bins Freedman–Diaconis may choose; past this (far outliers stretch the range) the
  /// histogram falls back to Sturges, as it does when the IQR is 0.
  public static let maximumAutomaticBinCount = 1_000

  /// Bins the non-null values of an int or double column, with numpy.histogram's semantics:
  /// edges span min...max evenly, a value on an inner edge falls in the bin to its right, the
  /// maximum falls in the last bin. A column whose values are all equal gets one bin
  /// `[v − 0.5, v + 0.5]`, whatever the rule.
  /// - Throws: `AssayError` for a non-numeric or all-null column, or a rule giving too many bins.
  public static func compute(_ column: Column, rule: BinRule = .default) throws -> Histogram {
    guard column.type.isNumeric else {
      throw AssayError(
        message: "column '\(column.name)' holds \(column.type.rawValue) values; a histogram needs numbers",
        hint: "choose an int or double column, or use a frequency table for this one")
    }
    if var doubles = GatheredDoubles(column) { return try compute(&doubles, column: column, rule: rule) }
    guard var numbers = SortedNumbers(column) else { throw noValues(column.name, rows: column.count) }
    return try compute(&numbers, column: column, rule: rule)
  }

  private static func noValues(_ name: String, rows: Int) -> AssayError {
    rows == 0
      ? AssayError(
        message: "column '\(name)' has no values to bin: the table has no rows",
        hint: "open a table with rows, or filter fewer of them away")
      : AssayError(
        message: "column '\(name)' has no values to bin: all \(rows) rows are null",
        hint: "choose a column with data")
  }

  /// Bins numbers gathered from `column` (see `compute(_:rule:)`).
  private static func compute<Numbers: BinnableNumbers>(
    _ numbers: inout Numbers, column: Column, rule: BinRule
  )
    throws
    -> Histogram
  {
    try compute(
      column: column.name, rows: column.count, count: numbers.count, bounds: numbers.bounds, rule: rule,
      interquartileRange: { numbers.interquartileRange() },
      countBins: { edges in countBins(numbers, edges: edges) })
  }

  /// The histogram of numeric `column`, `rows` long, from what a source knows of its values:
  /// `count` of them (the rest missing) within `bounds` (nil: none), the interquartile range asked
  /// only by Freedman–Diaconis, and `countBins` placing every value in the bins of the edges it
  /// is given exactly as numpy.histogram does (a value on an inner edge in the bin to its right,
  /// the maximum in the last bin). Same checks, rules and edges as `compute(_:rule:)`.
  public static func compute(
    column: String, rows: Int, count: Int, bounds: (low: Double, high: Double)?, rule: BinRule,
    interquartileRange: () throws -> Double, countBins: ([Double]) throws -> [Int]
  ) throws -> Histogram {
    guard let (low, high) = bounds else { throw noValues(column, rows: rows) }
    guard low.isFinite, high.isFinite else {
      throw AssayError(
        message: "column '\(column)' holds infinite values, so its range cannot be split into bins",
        hint: "filter out the infinite values first")
    }
    if low == high {
      return Histogram(
        edges: [low - 0.5, high + 0.5], counts: [count], nullsSkipped: rows - count, rule: rule,
        columnName: column)
    }
    let (first, last, binCount, appliedRule) = try layout(
      count: count, low: low, high: high, rule: rule, column: column, interquartileRange: interquartileRange)
    let edges = linspace(first, last, count: binCount + 1)
    return Histogram(
      edges: edges, counts: try countBins(edges), nullsSkipped: rows - count, rule: appliedRule,
      columnName: column)
  }

  /// Outer edges, bin count and the rule actually applied.
  private static func layout(
    count: Int, low: Double, high: Double, rule: BinRule, column: String,
    interquartileRange: () throws -> Double
  ) throws -> (Double, Double, Int, BinRule) {
    let range = high - low
    let n = Double(count)
    var first = low, last = high
    let binCount: Double
    var applied = rule
    switch rule {
    case .count(let requested):
      binCount = Double(requested)
    case .width(let width):
      guard width > 0, width.isFinite else {
        throw AssayError(
          message: "bin width must be a positive number, not \(width)",
          hint: "choose a positive bin width, such as 0.5")
      }
      first = (low / width).rounded(.down) * width
      binCount = max(1, ((high - first) / width).rounded(.up))
      last = first + binCount * width
    case .sturges:
      binCount = sturgesBinCount(low: low, high: high, values: n)
    case .freedmanDiaconis:
      // A range or IQR wider than the largest double is infinite here, which falls back to Sturges.
      let iqr = try interquartileRange()
      let freedmanDiaconis = iqr > 0 ? (range / (2 * iqr * pow(n, -1.0 / 3.0))).rounded(.up) : .infinity
      if freedmanDiaconis <= Double(maximumAutomaticBinCount) {
        binCount = freedmanDiaconis
      } else {
        binCount = sturgesBinCount(low: low, high: high, values: n)
        applied = .sturges
      }
    }
    guard binCount >= 1, binCount <= Double(maximumBinCount) else {
      let limit = NumberFormatting.grouped(maximumBinCount)
      if case .count(let requested) = rule {
        throw AssayError(
          message: "cannot make \(requested) bins; a histogram has 1 to \(limit) bins",
          hint: "choose a bin count in that range")
      }
      throw AssayError(
        message:
          "\(rule.name) makes \(binCount.isFinite ? NumberFormatting.shortest(binCount) : "too many") bins "
          + "for column '\(column)'; at most \(limit) are possible",
        hint: "choose a wider bin width or a bin count")
    }
    guard last.isFinite else {
      throw AssayError(
        message:
          "column '\(column)': bins of \(rule.name) reach past the largest number a double holds "
          + "(values from \(NumberFormatting.shortest(low)) to \(NumberFormatting.shortest(high)))",
        hint: "choose a narrower bin width or a bin count")
    }
    return (first, last, Int(binCount), applied)
  }

  /// Bins Sturges' rule gives for values from `low` to `high`, computed as numpy does (width
  /// first, then the count), on half the range when the range is wider than the largest double.
  private static func sturgesBinCount(low: Double, high: Double, values n: Double) -> Double {
    let full = high - low
    let range = full.isFinite ? full : high / 2 - low / 2
    return (range / (range / (log2(n) + 1))).rounded(.up)
  }

  /// `count` (at least 2) evenly spaced values from `first` to exactly `last`, as numpy.linspace;
  /// from halved ends, doubled back, when `last − first` is wider than the largest double.
  public static func linspace(_ first: Double, _ last: Double, count: Int) -> [Double] {
    guard (last - first).isFinite else { return linspace(first / 2, last / 2, count: count).map { $0 * 2 } }
    let step = (last - first) / Double(count - 1)
    var values = (0..<count).map { Double($0) * step + first }
    values[count - 1] = last
    return values
  }

  /// One pass over the values, placing each as numpy.histogram does for equal-width bins.
  private static func countBins<Numbers: BinnableNumbers>(_ numbers: Numbers, edges: [Double]) -> [Int] {
    let binCount = edges.count - 1
    let first = edges[0], last = edges[binCount]
    var counts = [Int](repeating: 0, count: binCount)
    edges.withUnsafeBufferPointer { e in
      counts.withUnsafeMutableBufferPointer { c in
        numbers.forEachValue { x, length in
          var index = WideSpan.bin(WideSpan.fraction(x, low: first, high: last), count: binCount)
          if x < e[index] && index > 0 {
            index -= 1
          } else if index < binCount - 1 && x >= e[index + 1] {
            index += 1
          }
          c[index] &+= length
        }
      }
    }
    return counts
  }
}
