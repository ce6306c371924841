import AssayAnalysis
import AssayCore
import Foundation

/// One copula dimension of a fitted column, as its rows give it (NaN for a null).
enum CopulaDimension: Sendable {
  /// The ranks of an ordered column's values.
  case ranked([Double])
  /// Whether a row's code (NaN for a null) is `value`: one value of a category (or the less
  /// frequent of two, code 1), the sign of a latent normal score above a threshold. The indicators
  /// of one category's values share its codes, a `column` (its position in the table) and know how
  /// many `values` it has.
  case indicator(codes: [Double], value: Double, column: Int, values: Int)
}

/// The correlations of the copula's latent normal scores, estimated pair by pair from what the
/// rows show: two ordered columns by their rank correlation ρ (r = 2 sin(πρ/6)); an indicator and
/// an ordered column by the biserial correlation of the indicator with the column's normal scores;
/// two indicators of different columns by their tetrachoric correlation, which is near −1 where a
/// pair of values never occurs together; two of one category by a little above −1 / (values − 1),
/// the most negative correlation its values can all share, as a row holds one value only.
enum LatentCorrelation {
  /// The row-major matrix of the dimensions' latent correlations (1 on the diagonal; 0 for a pair of
  /// different columns without two rows where both have a value, or with a constant side).
  static func matrix(_ dimensions: [CopulaDimension]) -> [Double] {
    let scores = concurrentResults(count: dimensions.count) { normalScores(dimensions[$0]) }
    let tables = ContingencyTables(dimensions)
    return RankScores.symmetricMatrix(size: dimensions.count) { i, j in
      correlation(dimensions[i], scores[i], dimensions[j], scores[j], tables)
    }
  }

  /// The row-major mask of the pairs of two ranked dimensions, whose latent correlations come
  /// straight from their rank correlations (and are held when the matrix is moved).
  static func rankedPairs(_ dimensions: [CopulaDimension]) -> [Bool] {
    let ranked = dimensions.map { if case .ranked = $0 { true } else { false } }
    return ranked.flatMap { a in ranked.map { b in a && b } }
  }

  /// The latent correlation of one pair.
  private static func correlation(
    _ a: CopulaDimension, _ scoresA: [Double], _ b: CopulaDimension, _ scoresB: [Double],
    _ tables: ContingencyTables
  ) -> Double {
    switch (a, b) {
    case (.ranked(let x), .ranked(let y)):
      return 2 * sin(Double.pi * RankScores.pearson(x, y) / 6)
    case (.indicator(let codes, let value, _, _), .ranked):
      return biserial(codes, value, scoresB)
    case (.ranked, .indicator(let codes, let value, _, _)):
      return biserial(codes, value, scoresA)
    case (.indicator(_, _, let c, let values), .indicator(_, _, let d, _)) where c == d:
      return -0.99 / Double(values - 1)
    case (.indicator(_, let first, let c, _), .indicator(_, let second, let d, _)):
      return tetrachoric(tables.cells(c, Int(first), d, Int(second)))
    }
  }

  /// The van der Waerden scores Φ⁻¹((rank − ½) / n) of a ranked dimension; empty for an indicator.
  private static func normalScores(_ dimension: CopulaDimension) -> [Double] {
    guard case .ranked(let ranks) = dimension else { return [] }
    let count = Double(ranks.lazy.filter { !$0.isNaN }.count)
    return ranks.map { $0.isNaN ? .nan : NormalDistribution.quantile(($0 - 0.5) / count) }
  }

  /// The biserial correlation of an indicator (codes equal to `value`) with normal scores: their
  /// Pearson correlation scaled by √(pq) / φ(t), t the threshold above which a share p of the latent
  /// scores lies.
  private static func biserial(_ codes: [Double], _ value: Double, _ scores: [Double]) -> Double {
    var count = 0.0, ones = 0.0, sum = 0.0, squares = 0.0, onesSum = 0.0
    for i in codes.indices where !codes[i].isNaN && !scores[i].isNaN {
      count += 1
      sum += scores[i]
      squares += scores[i] * scores[i]
      if codes[i] == value {
        ones += 1
        onesSum += scores[i]
      }
    }
    guard count > 1, ones > 0, ones < count else { return 0 }
    let p = ones / count
    let scoreVariance = squares / count - (sum / count) * (sum / count)
    guard scoreVariance > 0 else { return 0 }
    let pearson = (onesSum / count - p * sum / count) / (p * (1 - p) * scoreVariance).squareRoot()
    let threshold = NormalDistribution.quantile(1 - p)
    let density = exp(-threshold * threshold / 2) / (2 * Double.pi).squareRoot()
    return clamped(pearson * (p * (1 - p)).squareRoot() / density)
  }

  /// The tetrachoric correlation of two indicators, from the rows where both columns have a value
  /// (`ContingencyTables.cells`): the r at which two standard normals, cut at the thresholds that
  /// give each indicator its share of ones, are both above them in the share of rows where both
  /// indicators are 1 (found by bisection; the share grows with r).
  private static func tetrachoric(_ cells: (rows: Double, onesX: Double, onesY: Double, both: Double))
    -> Double
  {
    let (rows, onesX, onesY, both) = cells
    guard onesX > 0, onesX < rows, onesY > 0, onesY < rows else { return 0 }
    let h = NormalDistribution.quantile(1 - onesX / rows), k = NormalDistribution.quantile(1 - onesY / rows)
    let target = both / rows
    var low = -0.999, high = 0.999
    guard bothAbove(h, k, r: low) < target else { return low }
    guard bothAbove(h, k, r: high) > target else { return high }
    for _ in 0..<40 {
      let middle = (low + high) / 2
      if bothAbove(h, k, r: middle) < target { low = middle } else { high = middle }
    }
    return (low + high) / 2
  }

  /// P(X > h, Y > k) for standard normals of correlation r: ∫ from h of φ(x) Φ((r x − k) / √(1 − r²)),
  /// by Simpson's rule over [h, 9] (what lies beyond is below 1e-18).
  static func bothAbove(_ h: Double, _ k: Double, r: Double) -> Double {
    let top = 9.0
    guard h < top else { return 0 }
    let steps = 400
    let width = (top - h) / Double(steps)
    let spread = (1 - r * r).squareRoot()
    var sum = 0.0
    for step in 0...steps {
      let x = h + Double(step) * width
      let weight: Double = step == 0 || step == steps ? 1 : (step % 2 == 1 ? 4 : 2)
      sum += weight * exp(-x * x / 2) * NormalDistribution.cdf((r * x - k) / spread)
    }
    return sum * width / 3 / (2 * Double.pi).squareRoot()
  }

  /// r kept inside ±0.999, so that a matrix of them stays within reach of a positive definite one.
  private static func clamped(_ r: Double) -> Double { Swift.min(Swift.max(r, -0.999), 0.999) }
}
