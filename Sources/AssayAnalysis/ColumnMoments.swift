import AssayCore

/// Column means and centred cross-products of a feature matrix, in two passes over fixed blocks of
/// rows run on all cores. Blocks are summed in order, so the result does not depend on the core count.
struct ColumnMoments: Sendable {
  /// The work the two passes report to a monitor for `rows` rows of `width` columns: a step per
  /// column of a row for the means, per product of two columns of a row for the cross-products.
  static func work(rows: Int, width: Int) -> Int { rows * width + rows * (width * (width + 1) / 2) }

  /// Number of rows.
  let count: Int
  /// Number of columns.
  let width: Int
  /// Column means.
  let mean: [Double]
  /// `scatter[a * width + b]` is the sum over rows of (x[a] - mean[a]) * (x[b] - mean[b]).
  let scatter: [Double]

  private static let blockRows = 16_384

  /// The moments of `matrix`, reporting `work(rows:width:)` to `monitor` as the passes go; once
  /// `monitor` is stopped the passes end early and the sums are partial, so a caller that passes a
  /// monitor checks it before using them.
  init(_ matrix: FeatureMatrix, monitor: WorkMonitor? = nil) {
    let rows = matrix.rowCount
    count = rows
    let width = matrix.columnCount
    self.width = width
    let values = matrix.values
    let sums = Self.blockSums(rows: rows, size: width, rowWork: width, monitor: monitor) { range, sum in
      values.withUnsafeBufferPointer { x in
        for row in range {
          for c in 0..<width { sum[c] += x[row * width + c] }
        }
      }
    }
    let mean = sums.map { $0 / Double(max(rows, 1)) }
    self.mean = mean
    let upper = Self.blockSums(
      rows: rows, size: width * width, rowWork: width * (width + 1) / 2, monitor: monitor
    ) { range, sum in
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

  /// Sums `size` numbers over each block of rows, then adds the blocks' sums in block order;
  /// reports `rowWork` per row to `monitor` about every `WorkMonitor.checkInterval` steps and ends
  /// a block early once it is stopped.
  private static func blockSums(
    rows: Int, size: Int, rowWork: Int, monitor: WorkMonitor?,
    _ body: @Sendable (Range<Int>, inout [Double]) -> Void
  ) -> [Double] {
    let blocks = (rows + blockRows - 1) / blockRows
    let rowsPerReport = max(1, WorkMonitor.checkInterval / max(1, rowWork))
    let partial = concurrentResults(count: blocks) { block in
      var sum = [Double](repeating: 0, count: size)
      let end = min(rows, (block + 1) * blockRows)
      for start in stride(from: block * blockRows, to: end, by: rowsPerReport) {
        let range = start..<min(end, start + rowsPerReport)
        body(range, &sum)
        if let monitor, !monitor.advance(rows: range.count * rowWork) { break }
      }
      return sum
    }
    var total = [Double](repeating: 0, count: size)
    for sum in partial {
      for i in 0..<size { total[i] += sum[i] }
    }
    return total
  }
}
