import AssayCore

/// Principal component analysis by eigen-decomposition of the covariance (or, standardised, the
/// correlation) matrix, computed over all rows. Results match scikit-learn's `PCA`, including the
/// sign of each component (`svd_flip`: the largest loading of each component is positive).
public enum PCA {
  /// The first `components` principal components of `matrix`, of its z-scores when `standardize`.
  /// Throws an `AssayError` when there are fewer rows or columns than components, when every column
  /// is constant; a constant column is left unscaled when standardising. Reports its progress to
  /// `monitor` (`work(rows:columns:)` in all) and throws `CancellationError` once it is stopped.
  public static func fit(
    _ matrix: FeatureMatrix, components: Int, standardize: Bool, monitor: WorkMonitor? = nil
  ) throws -> PCAResult {
    let width = matrix.columnCount
    guard components >= 1, components <= width else {
      throw AssayError(
        message: "\(components) components asked of \(width) column\(width == 1 ? "" : "s")",
        hint: "ask for between 1 and \(width) components, or choose more columns")
    }
    guard matrix.rowCount >= max(2, components) else {
      throw AssayError(
        message: "\(components) component\(components == 1 ? "" : "s") need at least \(max(2, components)) "
          + "rows with values in every chosen column; there \(matrix.rowCount == 1 ? "is" : "are") "
          + "\(matrix.rowCount)",
        hint: "load more rows or choose columns that are filled in")
    }
    monitor?.expect(rows: work(rows: matrix.rowCount, columns: width))
    let moments = ColumnMoments(matrix, monitor: monitor)
    try monitor?.checkStopped()
    let scale = standardize ? try Standardization.spreads(moments, of: matrix).scale : nil
    let divisor = Double(matrix.rowCount - 1)
    var covariance = moments.scatter.map { $0 / divisor }
    if let scale {
      for a in 0..<width {
        for b in 0..<width { covariance[a * width + b] /= scale[a] * scale[b] }
      }
    }
    let totalVariance = (0..<width).reduce(0) { $0 + covariance[$1 * width + $1] }
    guard totalVariance > 0 else { throw Standardization.allConstant }
    let eigen = SymmetricEigen(symmetric: covariance, size: width, monitor: monitor)
    try monitor?.checkStopped()
    let variance = eigen.values.prefix(components).map { max($0, 0) }
    return PCAResult(
      columnNames: matrix.columnNames, rowCount: matrix.rowCount,
      components: eigen.vectors.prefix(components).map(largestPositive),
      explainedVariance: variance, explainedVarianceRatio: variance.map { $0 / totalVariance },
      mean: moments.mean, scale: scale)
  }

  /// The steps `fit` reports for `rows` rows of `columns` columns: the covariance's, then its
  /// eigenvectors'.
  public static func work(rows: Int, columns: Int) -> Int {
    ColumnMoments.work(rows: rows, width: columns) + SymmetricEigen.work(size: columns)
  }

  /// The vector with its sign chosen so that its entry of largest magnitude (the first such) is positive.
  static func largestPositive(_ vector: [Double]) -> [Double] {
    var largest = 0
    for (i, x) in vector.enumerated() where abs(x) > abs(vector[largest]) { largest = i }
    return vector[largest] < 0 ? vector.map { -$0 } : vector
  }
}

/// A fitted PCA: the components (loadings), how much variance each explains, and the centring and
/// scaling that `project` applies before projecting.
public struct PCAResult: Sendable, Equatable {
  /// The columns the components weigh, in order.
  public let columnNames: [String]
  /// Rows the fit used.
  public let rowCount: Int
  /// `components[k][c]` is the loading of column c on component k (scikit-learn's `components_`).
  public let components: [[Double]]
  /// Variance along each component (divided by n − 1).
  public let explainedVariance: [Double]
  /// Each component's share of the total variance.
  public let explainedVarianceRatio: [Double]
  /// Column means subtracted before projecting.
  public let mean: [Double]
  /// Population standard deviations the centred columns are divided by; nil when not standardised.
  public let scale: [Double]?

  /// The coordinates of each row of `matrix` on the components, row-major n × k.
  public func project(_ matrix: FeatureMatrix) -> [Double] {
    let width = matrix.columnCount, k = components.count
    precondition(width == columnNames.count, "the matrix must have the columns the PCA was fitted on")
    let weights = (0..<width).flatMap { c in components.map { $0[c] / (scale?[c] ?? 1) } }
    let rows = matrix.rowCount
    let blockRows = 16_384
    let blocks = concurrentResults(count: (rows + blockRows - 1) / blockRows) { block -> [Double] in
      let range = (block * blockRows)..<min(rows, (block + 1) * blockRows)
      var out = [Double](repeating: 0, count: range.count * k)
      matrix.values.withUnsafeBufferPointer { x in
        for row in range {
          let base = (row - range.lowerBound) * k
          for c in 0..<width {
            let centred = x[row * width + c] - mean[c]
            for j in 0..<k { out[base + j] += centred * weights[c * k + j] }
          }
        }
      }
      return out
    }
    return blocks.flatMap { $0 }
  }
}
