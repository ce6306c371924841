import AssayCore
import Foundation

/// How one column's values are drawn.
enum Marginal: Sendable {
  /// The real values' empirical quantiles (ascending values in the column's units), interpolated
  /// linearly between neighbouring ranks.
  case quantiles([Double])
  /// A number column's few values (at most `ColumnFitting.mostSteps` distinct), ascending, each
  /// repeated by its share: drawn as they are, never a value between two (a column of 0 and 100
  /// gives no 37).
  case steps([Double])
  /// Values by their frequencies.
  case categories(CategoryMarginal)
  /// A declared distribution of a spec.
  case distribution(Distribution)
  /// Text of the real values' shape, not learned.
  case shapedText(TextShape)
  /// Integers of the real values' shape (their decimal digits), not learned: identifiers.
  case shapedInteger(TextShape)
  /// `start`, `start + step`, … by row.
  case sequence(start: Int64, step: Int64)
  /// Every value null.
  case empty

  /// True for the marginals that take part in the copula.
  var isCorrelated: Bool {
    switch self {
    case .quantiles, .steps, .categories, .distribution: return true
    case .shapedText, .shapedInteger, .sequence, .empty: return false
    }
  }

  /// The value at u in (0, 1) of ascending values each repeated by its share: the one whose
  /// cumulative share first exceeds u.
  @inline(__always) static func step(_ sorted: [Double], _ u: Double) -> Double {
    sorted[Swift.min(sorted.count - 1, Int(u * Double(sorted.count)))]
  }

  /// The empirical quantile at u in (0, 1) of ascending values (numpy's linear interpolation);
  /// between two neighbours of which one is infinite, the nearer of the two, so that a column's
  /// infinities are drawn as often as they occur.
  @inline(__always) static func quantile(_ sorted: [Double], _ u: Double) -> Double {
    let position = u * Double(sorted.count - 1)
    let lower = Int(position)
    guard lower + 1 < sorted.count else { return sorted[sorted.count - 1] }
    let gamma = position - Double(lower)
    let low = sorted[lower], high = sorted[lower + 1]
    guard low.isFinite && high.isFinite else { return gamma < 0.5 ? low : high }
    return low + (high - low) * gamma
  }
}

/// Values with their probabilities, most frequent first: u in (0, 1) picks the value whose
/// cumulative share first exceeds it, so the most frequent value has the lowest code, as in the
/// rank correlations.
struct CategoryMarginal: Sendable {
  /// The values, most frequent first.
  let values: [Value]
  /// `upper[k]` is the share of the values up to and including k (the last is 1).
  let upper: [Double]
  /// The cell hash of each value (`RowHashes.value`).
  let hashes: [UInt64]
  /// True when each value has a copula dimension of its own (its rows' indicator), so that each
  /// value can relate to every other column in its own way; false when the one dimension of the
  /// frequency-ordered codes carries the column.
  private(set) var isSpread = false
  /// For a spread category that never holds some pair of values with an earlier category: that
  /// column, whose value each row is drawn within.
  private(set) var condition: CategoryCondition?

  /// The most values a category spreads over dimensions of their own.
  static let mostSpreadValues = 32

  /// Values with weights (positive, any total).
  init(values: [Value], weights: [Double]) {
    self.values = values
    let total = weights.reduce(0, +)
    var running = 0.0
    upper = weights.map {
      running += $0
      return running / total
    }
    hashes = values.map(RowHashes.value)
  }

  /// The copula dimensions the column takes.
  var dimensions: Int { isSpread ? values.count : 1 }

  /// True when the values are few enough, and more than two, to spread.
  var canSpread: Bool { (3...Self.mostSpreadValues).contains(values.count) }

  /// The same values, each with a dimension of its own, drawn within `condition` when given.
  func spread(given condition: CategoryCondition? = nil) -> CategoryMarginal {
    var spread = self
    spread.isSpread = true
    spread.condition = condition
    return spread
  }

  /// The code (index into `values`) u picks.
  @inline(__always) func code(at u: Double) -> Int {
    var lo = 0, hi = upper.count - 1
    while lo < hi {
      let mid = (lo + hi) / 2
      if upper[mid] > u { hi = mid } else { lo = mid + 1 }
    }
    return lo
  }
}

/// The shares of a category's values among the rows holding each value of an earlier category
/// (its parent), so that the two never meet in a pair of values the real rows lack.
struct CategoryCondition: Sendable {
  /// The parent's position in the table.
  let parent: Int
  /// `upper[p][k]`: the share, among the rows whose parent holds its value p, of the values up to
  /// and including k (the last is 1).
  let upper: [[Double]]
}

/// A declared distribution, drawn by its quantile function at the copula's u.
enum Distribution: Sendable {
  /// Normal with mean and standard deviation.
  case normal(mean: Double, sd: Double)
  /// exp of a normal with mean mu and standard deviation sigma.
  case lognormal(mu: Double, sigma: Double)
  /// Uniform on [low, high).
  case uniform(low: Double, high: Double)
  /// Poisson: `upper[k]` is P(X ≤ first + k).
  case poisson(first: Int, upper: [Double])
  /// Days from `first` to `last` (inclusive), uniformly.
  case days(first: Int32, last: Int32)

  /// A Poisson distribution of mean lambda, its CDF tabulated over lambda ± (12√lambda + 20): the
  /// mass outside is below 10⁻³⁰ (a Chernoff bound), beneath what a double's CDF resolves. The
  /// probabilities are built outward from the mode by their ratios, p(k + 1) / p(k) = lambda / (k + 1),
  /// and scaled to sum to 1: exact to a few parts in 10¹¹, and the table costs only its own length
  /// (about 24√lambda entries, 760,000 at lambda 1e9) where summing every term from 0 cost lambda
  /// steps, and where exp(k log lambda − lambda − log k!) would lose digits to terms of 10¹⁰.
  static func poisson(lambda: Double) -> Distribution {
    let spread = 12 * lambda.squareRoot() + 20
    let first = Swift.max(0, Int((lambda - spread).rounded(.down)))
    let last = Int((lambda + spread).rounded(.up))
    let mode = Swift.min(Swift.max(Int(lambda.rounded(.down)), first), last)
    var weights = [Double](repeating: 0, count: last - first + 1)
    weights[mode - first] = 1
    for k in Swift.stride(from: mode + 1, through: last, by: 1) {
      weights[k - first] = weights[k - first - 1] * lambda / Double(k)
    }
    for k in Swift.stride(from: mode - 1, through: first, by: -1) {
      weights[k - first] = weights[k - first + 1] * Double(k + 1) / lambda
    }
    let total = weights.reduce(0, +)
    var running = 0.0
    let upper = weights.map {
      running += $0
      return running / total
    }
    return .poisson(first: first, upper: upper)
  }

  /// The value at u in (0, 1).
  @inline(__always) func value(u: Double) -> Double {
    switch self {
    case .normal(let mean, let sd): return mean + sd * NormalDistribution.quantile(u)
    case .lognormal(let mu, let sigma): return exp(mu + sigma * NormalDistribution.quantile(u))
    case .uniform(let low, let high): return low + (high - low) * u
    case .poisson(let first, let upper):
      var lo = 0, hi = upper.count - 1
      while lo < hi {
        let mid = (lo + hi) / 2
        if upper[mid] >= u { hi = mid } else { lo = mid + 1 }
      }
      return Double(first + lo)
    case .days(let first, let last):
      return Swift.min(Double(first) + (u * Double(Int(last) - Int(first) + 1)).rounded(.down), Double(last))
    }
  }
}
