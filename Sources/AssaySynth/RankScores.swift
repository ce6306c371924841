import AssayAnalysis
import AssayCore

/// Average ranks and rank (Spearman) correlations of columns given as keys, one per row, NaN for
/// a null: the copula's correlations and the report's matrices are both made here.
public enum RankScores {
  /// The keys' ranks (1-based; ties share the mean of their ranks, as `scipy.stats.rankdata`), NaN
  /// where the key is NaN, and the non-NaN keys in ascending order.
  public static func ranked(_ keys: [Double]) -> (ranks: [Double], sorted: [Double]) {
    var sortKeys: [UInt64] = []
    var rows: [UInt32] = []
    sortKeys.reserveCapacity(keys.count)
    rows.reserveCapacity(keys.count)
    for (row, key) in keys.enumerated() where !key.isNaN {
      sortKeys.append(OrderedKey.of(key))
      rows.append(UInt32(row))
    }
    KeyedRadixSort.sort(keys: &sortKeys, carrying: &rows)
    var ranks = [Double](repeating: .nan, count: keys.count)
    var start = 0
    while start < sortKeys.count {
      var end = start + 1
      while end < sortKeys.count && sortKeys[end] == sortKeys[start] { end += 1 }
      let rank = Double(start + end + 1) / 2
      for k in start..<end { ranks[Int(rows[k])] = rank }
      start = end
    }
    return (ranks, sortKeys.map(OrderedKey.double))
  }

  /// The rank correlation matrix (row-major) of columns of ranks: each pair's Pearson correlation
  /// over the rows where both are non-null (pandas' `rank()` then `corr()`); 0 for a pair without
  /// two such rows or with a constant side, 1 on the diagonal.
  public static func spearmanMatrix(_ ranks: [[Double]]) -> [Double] {
    symmetricMatrix(size: ranks.count) { pearson(ranks[$0], ranks[$1]) }
  }

  /// The row-major `size` × `size` matrix with 1 on the diagonal and `entry(i, j)` at (i, j) and
  /// (j, i) for i > j, the pairs computed on all cores.
  static func symmetricMatrix(size n: Int, _ entry: @Sendable (Int, Int) -> Double) -> [Double] {
    let pairs = (0..<n).flatMap { i in (0..<i).map { (i, $0) } }
    let values = concurrentResults(count: pairs.count) { entry(pairs[$0].0, pairs[$0].1) }
    var matrix = [Double](repeating: 0, count: n * n)
    for i in 0..<n { matrix[i * n + i] = 1 }
    for (p, (i, j)) in pairs.enumerated() {
      matrix[i * n + j] = values[p]
      matrix[j * n + i] = values[p]
    }
    return matrix
  }

  /// The Pearson correlation of two columns over the rows where both are non-NaN (two passes).
  static func pearson(_ a: [Double], _ b: [Double]) -> Double {
    var count = 0.0, sumA = 0.0, sumB = 0.0
    for i in a.indices where !a[i].isNaN && !b[i].isNaN {
      count += 1
      sumA += a[i]
      sumB += b[i]
    }
    guard count > 1 else { return 0 }
    let meanA = sumA / count, meanB = sumB / count
    var cross = 0.0, squaresA = 0.0, squaresB = 0.0
    for i in a.indices where !a[i].isNaN && !b[i].isNaN {
      let da = a[i] - meanA, db = b[i] - meanB
      cross += da * db
      squaresA += da * da
      squaresB += db * db
    }
    guard squaresA > 0 && squaresB > 0 else { return 0 }
    return cross / (squaresA * squaresB).squareRoot()
  }
}
