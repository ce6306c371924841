import AssayCore

/// Centring and optional scaling of the columns of a feature matrix: z-scores use the population
/// standard deviation (divided by n), as scikit-learn's `StandardScaler` does, and, like it, leave
/// a constant column unscaled (scale 1), so it becomes all zeros and weighs nothing.
public struct Standardization: Sendable, Equatable {
  /// The column means that are subtracted.
  public let mean: [Double]
  /// The divisors of the centred columns; 1 for a constant column, all 1 when only centring.
  public let scale: [Double]
  /// The indices of the constant columns, which carry no information, in column order.
  public let constantColumns: [Int]

  /// The z-score standardisation of `matrix`'s columns. Throws an `AssayError` when every column
  /// is constant, since nothing would be left to project.
  public static func zScore(_ matrix: FeatureMatrix) throws -> Standardization {
    let moments = ColumnMoments(matrix)
    let spread = try spreads(moments, of: matrix)
    return Standardization(
      mean: moments.mean, scale: spread.scale, constantColumns: spread.constant)
  }

  /// The matrix with each column centred and divided by its scale.
  public func apply(_ matrix: FeatureMatrix) -> FeatureMatrix {
    let width = matrix.columnCount
    var values = matrix.values
    values.withUnsafeMutableBufferPointer { x in
      for row in 0..<matrix.rowCount {
        for c in 0..<width { x[row * width + c] = (x[row * width + c] - mean[c]) / scale[c] }
      }
    }
    return FeatureMatrix(
      columnNames: matrix.columnNames, rowCount: matrix.rowCount, values: values,
      labelName: matrix.labelName, labels: matrix.labels, droppedRowCount: matrix.droppedRowCount)
  }

  /// The population standard deviations of the columns, 1 for a constant column, with the
  /// constant columns' indices; throws when every column is constant.
  static func spreads(_ moments: ColumnMoments, of matrix: FeatureMatrix) throws -> (
    scale: [Double], constant: [Int]
  ) {
    var scale = moments.populationStandardDeviation
    var constant: [Int] = []
    for (c, deviation) in scale.enumerated() where !(deviation > 1e-12 * abs(moments.mean[c])) {
      constant.append(c)
      scale[c] = 1
    }
    guard constant.count < matrix.columnCount else { throw allConstant }
    return (scale, constant)
  }

  /// The error for a matrix whose every column is constant.
  static var allConstant: AssayError {
    AssayError(
      message: "every chosen column is constant, so there is no variance to project",
      hint: "choose columns whose values vary")
  }
}

extension FeatureMatrix {
  /// The names of the columns whose every value is the same, in column order: they carry no
  /// information, and charts name them so a reader knows.
  public var constantColumnNames: [String] {
    let width = columnCount
    guard rowCount > 0 else { return [] }
    var varies = [Bool](repeating: false, count: width)
    values.withUnsafeBufferPointer { x in
      for row in 1..<rowCount {
        for c in 0..<width where !varies[c] && x[row * width + c] != x[c] { varies[c] = true }
      }
    }
    return columnNames.indices.filter { !varies[$0] }.map { columnNames[$0] }
  }

  /// The footer note naming the constant columns among `names`, at most three of them:
  /// `constant: a, b, c (+2 more)`; empty when there are none.
  public static func constantNote(_ names: [String]) -> String {
    guard !names.isEmpty else { return "" }
    let shown = names.prefix(3).map(SafeText.visible).joined(separator: ", ")
    return "constant: " + shown + (names.count > 3 ? " (+\(names.count - 3) more)" : "")
  }
}
