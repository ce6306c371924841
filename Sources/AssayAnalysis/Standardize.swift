import AssayCore

/// Centring and optional scaling of the columns of a feature matrix: z-scores use the population
/// standard deviation (divided by n), as scikit-learn's `StandardScaler` does.
public struct Standardization: Sendable, Equatable {
  /// The column means that are subtracted.
  public let mean: [Double]
  /// The divisors of the centred columns; all 1 when only centring.
  public let scale: [Double]

  /// The z-score standardisation of `matrix`'s columns. Throws an `AssayError` naming a constant
  /// column, which has no spread to scale by.
  public static func zScore(_ matrix: FeatureMatrix) throws -> Standardization {
    let moments = ColumnMoments(matrix)
    return Standardization(
      mean: moments.mean, scale: try spreads(moments, of: matrix))
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

  /// The population standard deviations of the columns; throws for a constant column.
  static func spreads(_ moments: ColumnMoments, of matrix: FeatureMatrix) throws -> [Double] {
    let spread = moments.populationStandardDeviation
    for (c, deviation) in spread.enumerated() where !(deviation > 1e-12 * abs(moments.mean[c])) {
      throw AssayError(
        message: "column '\(SafeText.visible(matrix.columnNames[c]))' is constant (every value is "
          + "\(NumberFormatting.shortest(matrix[0, c]))), so it cannot be standardised",
        hint: "leave it out of --columns, or project without standardising")
    }
    return spread
  }
}
