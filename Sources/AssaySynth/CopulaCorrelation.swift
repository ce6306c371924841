import AssayAnalysis
import Foundation

/// The correlation matrix of a Gaussian copula (from rank correlations, or from the latent
/// correlations a fit estimates) and its Cholesky factor, which turns independent normal draws into
/// correlated ones.
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
    self.init(gaussian: spearman.map { 2 * sin(Double.pi * $0 / 6) }, size: size)
  }

  /// The copula of the Gaussian correlations `gaussian` (row-major, `size` × `size`), moved to the
  /// nearest positive definite matrix with unit diagonal if they are not one, changing the entries
  /// `held` marks (row-major) only when no other move is enough.
  init(gaussian: [Double], size: Int, held: [Bool] = []) {
    self.size = size
    var unit = gaussian
    for i in 0..<size { unit[i * size + i] = 1 }
    matrix = Self.positiveDefinite(unit, size: size, held: held)
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

  /// The matrix itself when its smallest eigenvalue is comfortably positive; else the nearest
  /// correlation matrix (Higham's alternating projections with Dykstra's correction, onto the
  /// positive semidefinite matrices and the matrices of unit diagonal that keep the `held` entries),
  /// its eigenvalues then floored at a small positive value and the result rescaled to unit
  /// diagonal.
  static func positiveDefinite(_ matrix: [Double], size n: Int, held: [Bool] = []) -> [Double] {
    guard n > 1 else { return matrix }
    let floor = 1e-6
    guard let smallest = SymmetricEigen(symmetric: matrix, size: n).values.last, smallest < floor else {
      return matrix
    }
    var unit = matrix
    var correction = [Double](repeating: 0, count: n * n)
    for _ in 0..<nearestIterations {
      let shifted = zip(unit, correction).map { $0 - $1 }
      let projected = eigenvaluesFloored(shifted, size: n, at: 0)
      correction = zip(projected, shifted).map { $0 - $1 }
      var next = projected
      for i in 0..<n { next[i * n + i] = 1 }
      for k in held.indices where held[k] { next[k] = matrix[k] }
      let change = zip(next, unit).reduce(0.0) { Swift.max($0, abs($1.0 - $1.1)) }
      unit = next
      if change < 1e-7 { break }
    }
    var rebuilt = eigenvaluesFloored(unit, size: n, at: floor)
    let scale = (0..<n).map { 1 / rebuilt[$0 * n + $0].squareRoot() }
    for i in 0..<n { for j in 0..<n { rebuilt[i * n + j] *= scale[i] * scale[j] } }
    return rebuilt
  }

  /// The most rounds of the nearest-correlation projections.
  static let nearestIterations = 200

  /// The symmetric matrix rebuilt from its eigen-decomposition with every eigenvalue below `floor`
  /// raised to it.
  private static func eigenvaluesFloored(_ matrix: [Double], size n: Int, at floor: Double) -> [Double] {
    let eigen = SymmetricEigen(symmetric: matrix, size: n)
    var rebuilt = [Double](repeating: 0, count: n * n)
    for (k, vector) in eigen.vectors.enumerated() {
      let value = Swift.max(eigen.values[k], floor)
      guard value > 0 else { continue }
      for i in 0..<n { for j in 0..<n { rebuilt[i * n + j] += value * vector[i] * vector[j] } }
    }
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
