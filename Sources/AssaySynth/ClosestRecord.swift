import AssayAnalysis
import AssayCore

/// Distance to closest record: how near synthetic rows come to real ones, against how near real
/// rows come to each other. Rows are compared on the learned columns: numbers and times
/// standardised by the real column's mean and standard deviation, categories 0 when equal and 1
/// when not, a null against a value 1; the distance is the root of the sum of squares.
public struct ClosestRecordDistance: Sendable, Equatable {
  /// The median over sampled synthetic rows of the distance to their closest real row.
  public let syntheticMedian: Double
  /// The median over sampled real rows of the distance to their closest other real row.
  public let realMedian: Double
  /// The synthetic rows sampled.
  public let syntheticRows: Int
  /// The real rows sampled as queries.
  public let realRows: Int
  /// The real rows searched (a sample of the real table; the real queries are among them).
  public let referenceRows: Int

  /// The most rows sampled as queries from each table, and searched among the real ones.
  public static let queryLimit = 1_000
  /// The most real rows searched.
  public static let referenceLimit = 10_000

  /// Both medians for rows encoded by `RecordFeatures`, sampled with `seed`.
  static func measure(real: RecordFeatures, synthetic: RecordFeatures, seed: UInt64) -> ClosestRecordDistance
  {
    let reference =
      SeededRandom.sampleIndices(referenceLimit, of: real.rows, seed: seed) ?? Array(0..<real.rows)
    let realQueries = Array(reference.prefix(queryLimit))
    let syntheticQueries =
      SeededRandom.sampleIndices(queryLimit, of: synthetic.rows, seed: seed &+ 1) ?? Array(0..<synthetic.rows)
    let fromSynthetic = concurrentResults(count: syntheticQueries.count) { q in
      real.closest(to: syntheticQueries[q], of: synthetic, among: reference, skipping: nil)
    }
    let fromReal = concurrentResults(count: realQueries.count) { q in
      real.closest(to: realQueries[q], of: real, among: reference, skipping: realQueries[q])
    }
    return ClosestRecordDistance(
      syntheticMedian: median(fromSynthetic), realMedian: median(fromReal),
      syntheticRows: syntheticQueries.count,
      realRows: realQueries.count, referenceRows: reference.count)
  }

  /// The median (the mean of the middle two of an even count); NaN when empty.
  static func median(_ values: [Double]) -> Double {
    let finite = values.filter(\.isFinite).sorted()
    guard !finite.isEmpty else { return .nan }
    let middle = finite.count / 2
    return finite.count % 2 == 1 ? finite[middle] : (finite[middle - 1] + finite[middle]) / 2
  }
}

/// Rows encoded for `ClosestRecordDistance`: per compared column a key per row (a standardised
/// number, or a category code), NaN for a null.
struct RecordFeatures {
  /// `keys[c][row]`.
  let keys: [[Double]]
  /// Whether column c is a category (compared equal or not) rather than a number.
  let isCategory: [Bool]
  let rows: Int

  /// The distance from row `query` of `other` to the nearest of the `candidates` rows of these
  /// features, leaving out the row `skipping`.
  func closest(to query: Int, of other: RecordFeatures, among candidates: [Int], skipping: Int?) -> Double {
    var best = Double.infinity
    for candidate in candidates where candidate != skipping {
      var sum = 0.0
      for c in keys.indices {
        let a = other.keys[c][query], b = keys[c][candidate]
        if a.isNaN || b.isNaN {
          sum += a.isNaN && b.isNaN ? 0 : 1
        } else if isCategory[c] {
          sum += a == b ? 0 : 1
        } else {
          sum += (a - b) * (a - b)
        }
        if sum >= best { break }
      }
      best = Swift.min(best, sum)
    }
    return best.squareRoot()
  }
}
