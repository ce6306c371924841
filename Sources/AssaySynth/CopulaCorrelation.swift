import AssayAnalysis
import Foundation

/// The correlation matrix of a Gaussian copula, made from rank (Spearman) correlations, and its
/// Cholesky factor, which turns independent normal draws into correlated ones.
public struct CopulaCorrelation: Sendable, Equatable {
  /// The number of variables.
  public let size: Int
  /// The Gaussian correlations, row-major, `size` × `size`, positive definite.
  public let matrix: [Double]
  /// The lower-triangular Cholesky factor of `matrix`, row-major.
  let factor: [Double]

  /// The copula whose normal scores have the rank correlations `spearman` (row-major, `size` ×
  /// `size`): each ρ becomes r = 2 sin(πρ/6), the Gaussian correlation with that rank correlation,
  /// and the matrix is moved to the nearest positive definite one with unit diagonal if it is not.
  public init(spearman: [Double], size: Int) {
    self.size = size
    var gaussian = spearman.map { 2 * sin(Double.pi * $0 / 6) }
    for i in 0..<size { gaussian[i * size + i] = 1 }
    matrix = Self.positiveDefinite(gaussian, size: size)
    factor = Self.cholesky(matrix, size: size)
  }

  /// `normals` (independent standard normals, `size` of them) made correlated, written to `out`.
  @inline(__always) func correlate(_ normals: [Double], into out: inout [Double]) {
    for i in 0..<size {
      var sum = 0.0
      let row = i * size
      for j in 0...i { sum += factor[row + j] * normals[j] }
      out[i] = sum
    }
  }

  /// The matrix itself when its smallest eigenvalue is comfortably positive; else its eigenvalues
  /// floored at a small positive value and the result rescaled to unit diagonal.
  static func positiveDefinite(_ matrix: [Double], size n: Int) -> [Double] {
    guard n > 1 else { return matrix }
    let floor = 1e-6
    let eigen = SymmetricEigen(symmetric: matrix, size: n)
    guard let smallest = eigen.values.last, smallest < floor else { return matrix }
    var rebuilt = [Double](repeating: 0, count: n * n)
    for (k, vector) in eigen.vectors.enumerated() {
      let value = Swift.max(eigen.values[k], floor)
      for i in 0..<n { for j in 0..<n { rebuilt[i * n + j] += value * vector[i] * vector[j] } }
    }
    let scale = (0..<n).map { 1 / rebuilt[$0 * n + $0].squareRoot() }
    for i in 0..<n { for j in 0..<n { rebuilt[i * n + j] *= scale[i] * scale[j] } }
    return rebuilt
  }

  /// The lower Cholesky factor of a positive definite matrix (a tiny pivot is held at a small
  /// positive value, so rounding never stops it).
  static func cholesky(_ a: [Double], size n: Int) -> [Double] {
    var l = [Double](repeating: 0, count: n * n)
    for i in 0..<n {
      for j in 0...i {
        var sum = a[i * n + j]
        for k in 0..<j { sum -= l[i * n + k] * l[j * n + k] }
        if i == j {
          l[i * n + i] = Swift.max(sum, 1e-12).squareRoot()
        } else {
          l[i * n + j] = sum / l[j * n + j]
        }
      }
    }
    return l
  }
}
