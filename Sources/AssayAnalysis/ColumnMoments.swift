import AssayCore

/// Column means and centred cross-products of a feature matrix, in two passes over fixed blocks of
/// rows run on all cores. Blocks are summed in order, so the result does not depend on the core count.
struct ColumnMoments: Sendable {
  /// Number of rows.
  let count: Int
  /// Number of columns.
  let width: Int
  /// Column means.
  let mean: [Double]
  /// `scatter[a * width + b]` is the sum over rows of (x[a] - mean[a]) * (x[b] - mean[b]).
  let scatter: [Double]

  private static let blockRows = 16_384

  init(_ matrix: FeatureMatrix) {
    let rows = matrix.rowCount
    count = rows
    let width = matrix.columnCount
    self.width = width
    let values = matrix.values
    let sums = Self.blockSums(rows: rows, size: width) { range, sum in
      values.withUnsafeBufferPointer { x in
        for row in range {
          for c in 0..<width { sum[c] += x[row * width + c] }
        }
      }
    }
    let mean = sums.map { $0 / Double(max(rows, 1)) }
    self.mean = mean
    let upper = Self.blockSums(rows: rows, size: width * width) { range, sum in
      values.withUnsafeBufferPointer { x in
        var centred = [Double](repeating: 0, count: width)
        for row in range {
          for c in 0..<width { centred[c] = x[row * width + c] - mean[c] }
          for a in 0..<width {
            let ca = centred[a]
            for b in a..<width { sum[a * width + b] += ca * centred[b] }
          }
        }
      }
    }
    var scatter = upper
    for a in 0..<width {
      for b in 0..<a { scatter[a * width + b] = upper[b * width + a] }
    }
    self.scatter = scatter
  }

  /// The population standard deviation of each column (divided by n, as z-scores use).
  var populationStandardDeviation: [Double] {
    (0..<width).map { (scatter[$0 * width + $0] / Double(max(count, 1))).squareRoot() }
  }

  /// Sums `size` numbers over each block of rows, then adds the blocks' sums in block order.
  private static func blockSums(
    rows: Int, size: Int, _ body: @Sendable (Range<Int>, inout [Double]) -> Void
  ) -> [Double] {
    let blocks = (rows + blockRows - 1) / blockRows
    let partial = concurrentResults(count: blocks) { block in
      var sum = [Double](repeating: 0, count: size)
      body((block * blockRows)..<min(rows, (block + 1) * blockRows), &sum)
      return sum
    }
    var total = [Double](repeating: 0, count: size)
    for sum in partial {
      for i in 0..<size { total[i] += sum[i] }
    }
    return total
  }
}
