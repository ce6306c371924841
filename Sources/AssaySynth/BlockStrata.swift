import AssayAnalysis
import AssayCore

/// Stratified draws for a block of rows. The copula's scores are drawn row by row, but each
/// column's probabilities come from the ranks of its scores among the block's rows where it has a
/// value: the row whose score ranks r-th of n (r from 0) gets (r + v) / n, v uniform in (0, 1).
/// The block then holds one value in each of n equal slices of every column's distribution, so its
/// frequencies and quantiles are the model's to a row, while the ranks, and so the rank
/// correlations the copula draws, stay the same. A column's nulls are as many as its null rate
/// gives (the fraction rounded at random), on rows chosen at random.
enum BlockStrata {
  /// Which of `rows` rows are null in a column whose null rate is `rate`: the integer part of
  /// `rows` × `rate` plus one more with the fraction's chance, chosen uniformly; empty when none is.
  static func nullRows(rows: Int, rate: Double, random: inout SeededRandom) -> [Bool] {
    let count = Swift.min(rows, Int(Double(rows) * rate + random.interiorUnit()))
    guard count > 0 else { return [] }
    var nulls = [Bool](repeating: false, count: rows)
    for row in SeededRandom.sampleIndices(count, of: rows, seed: random.next()) ?? Array(0..<rows) {
      nulls[row] = true
    }
    return nulls
  }

  /// The stratified probability of each cell of `scores` (row-major, `rows` × `columns`), in the
  /// same layout; `nulls[k]` marks column k's null rows (empty when it has none), which are left
  /// out of its ranks and get 0.5.
  static func probabilities(
    of scores: [Double], rows: Int, columns: Int, nulls: [[Bool]], random: inout SeededRandom
  ) -> [Double] {
    var probabilities = [Double](repeating: 0.5, count: scores.count)
    var keys = [UInt64]()
    var order = [UInt32]()
    for column in 0..<columns {
      keys.removeAll(keepingCapacity: true)
      order.removeAll(keepingCapacity: true)
      // The top 32 bits of a score's order-keeping key (its sign, exponent and 20 bits of its
      // mantissa) rank it: scores that share them are a millionth apart and keep their row order,
      // and the radix sort passes over 3 digits instead of 6.
      for row in 0..<rows where nulls[column].isEmpty || !nulls[column][row] {
        keys.append(OrderedKey.of(scores[row * columns + column]) >> 32)
        order.append(UInt32(row))
      }
      KeyedRadixSort.sort(keys: &keys, carrying: &order)
      let count = Double(order.count)
      for (rank, row) in order.enumerated() {
        probabilities[Int(row) * columns + column] = (Double(rank) + random.interiorUnit()) / count
      }
    }
    return probabilities
  }
}

extension SeededRandom {
  /// A uniform double strictly inside (0, 1): one of 2^52 equally spaced midpoints.
  @inline(__always) mutating func interiorUnit() -> Double {
    (Double(next() >> 12) + 0.5) * 0x1p-52
  }
}
