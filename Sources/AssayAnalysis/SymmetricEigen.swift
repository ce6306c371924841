import AssayCore
import Foundation

/// Eigenvalues and eigenvectors of a real symmetric matrix: Householder reduction to tridiagonal
/// form, then the implicit QL method with Wilkinson-style shifts, O(n³) once (covariances of hundreds
/// of columns take well under a second).
public struct SymmetricEigen: Sendable, Equatable {
  /// The eigenvalues, largest first.
  public let values: [Double]
  /// `vectors[k]` is the unit eigenvector of `values[k]`.
  public let vectors: [[Double]]

  /// The decomposition of the `size` × `size` symmetric matrix stored row-major in `matrix`,
  /// reporting `work(size:)` to `monitor` step by step; once `monitor` is stopped the steps end
  /// early and the result is meaningless, so a caller that passes a monitor checks it first.
  public init(symmetric matrix: [Double], size n: Int, monitor: WorkMonitor? = nil) {
    precondition(matrix.count == n * n, "matrix must be size x size")
    var z = matrix
    var diagonal = [Double](repeating: 0, count: n)
    var offDiagonal = [Double](repeating: 0, count: n)
    let step = Progress(monitor: monitor)
    Self.tridiagonalize(&z, n, &diagonal, &offDiagonal, step)
    if !step.stopped { Self.diagonalize(&z, n, &diagonal, &offDiagonal, step) }
    let order = (0..<n).sorted { diagonal[$0] > diagonal[$1] }
    values = order.map { diagonal[$0] }
    vectors = order.map { k in (0..<n).map { z[$0 * n + k] } }
  }

  /// The work the decomposition of a `size` × `size` matrix reports: i² for reducing row i and as
  /// much for accumulating its transform, then n(n − l) for finding eigenvalue l (none for n = 1).
  public static func work(size n: Int) -> Int {
    guard n > 1 else { return 0 }
    return 2 * ((n - 1) * n * (2 * n - 1) / 6) + n * (n * (n + 1) / 2)
  }

  /// Reports the decomposition's steps to a monitor, and whether it was stopped.
  private struct Progress {
    /// Where the steps are reported; nil when nobody watches.
    let monitor: WorkMonitor?

    /// Reports `work` steps done; true once the monitor is stopped.
    func done(_ work: Int) -> Bool { monitor.map { !$0.advance(rows: work) } ?? false }

    /// True once the monitor is stopped.
    var stopped: Bool { monitor?.isStopped ?? false }
  }

  /// Householder reduction: leaves the tridiagonal matrix in `d` (diagonal) and `e` (below the
  /// diagonal, e[i] between rows i − 1 and i) and the accumulated orthogonal transform in `z`.
  private static func tridiagonalize(
    _ z: inout [Double], _ n: Int, _ d: inout [Double], _ e: inout [Double], _ progress: Progress
  ) {
    guard n > 0 else { return }
    for i in stride(from: n - 1, to: 0, by: -1) {
      let l = i - 1
      var h = 0.0
      if l > 0 {
        let scale = (0..<i).reduce(0.0) { $0 + abs(z[i * n + $1]) }
        if scale == 0 {
          e[i] = z[i * n + l]
        } else {
          for k in 0..<i {
            z[i * n + k] /= scale
            h += z[i * n + k] * z[i * n + k]
          }
          var f = z[i * n + l]
          var g = f >= 0 ? -h.squareRoot() : h.squareRoot()
          e[i] = scale * g
          h -= f * g
          z[i * n + l] = f - g
          f = 0
          for j in 0..<i {
            z[j * n + i] = z[i * n + j] / h
            g = 0
            for k in 0...j { g += z[j * n + k] * z[i * n + k] }
            for k in (j + 1)..<max(j + 1, i) { g += z[k * n + j] * z[i * n + k] }
            e[j] = g / h
            f += e[j] * z[i * n + j]
          }
          let hh = f / (h + h)
          for j in 0..<i {
            f = z[i * n + j]
            g = e[j] - hh * f
            e[j] = g
            for k in 0...j { z[j * n + k] -= f * e[k] + g * z[i * n + k] }
          }
        }
      } else {
        e[i] = z[i * n + l]
      }
      d[i] = h
      if progress.done(i * i) { return }
    }
    d[0] = 0
    e[0] = 0
    for i in 0..<n {
      if d[i] != 0 {
        for j in 0..<i {
          var g = 0.0
          for k in 0..<i { g += z[i * n + k] * z[k * n + j] }
          for k in 0..<i { z[k * n + j] -= g * z[k * n + i] }
        }
      }
      d[i] = z[i * n + i]
      z[i * n + i] = 1
      for j in 0..<i {
        z[j * n + i] = 0
        z[i * n + j] = 0
      }
      if progress.done(i * i) { return }
    }
  }

  /// Implicit QL iterations on the tridiagonal matrix until every off-diagonal entry is negligible;
  /// the eigenvalues end in `d`, the eigenvectors in the columns of `z`.
  private static func diagonalize(
    _ z: inout [Double], _ n: Int, _ d: inout [Double], _ e: inout [Double], _ progress: Progress
  ) {
    guard n > 1 else { return }
    for i in 1..<n { e[i - 1] = e[i] }
    e[n - 1] = 0
    for l in 0..<n {
      defer { _ = progress.done(n * (n - l)) }
      for _ in 0..<64 {
        if progress.stopped { return }
        var m = l
        while m < n - 1, abs(e[m]) > Double.ulpOfOne * (abs(d[m]) + abs(d[m + 1])) { m += 1 }
        if m == l { break }
        var g = (d[l + 1] - d[l]) / (2 * e[l])
        var r = hypot(g, 1)
        g = d[m] - d[l] + e[l] / (g + (g >= 0 ? abs(r) : -abs(r)))
        var s = 1.0, c = 1.0, p = 0.0
        var underflow = false
        for i in stride(from: m - 1, through: l, by: -1) {
          let f = s * e[i], b = c * e[i]
          r = hypot(f, g)
          e[i + 1] = r
          if r == 0 {
            d[i + 1] -= p
            e[m] = 0
            underflow = true
            break
          }
          s = f / r
          c = g / r
          g = d[i + 1] - p
          r = (d[i] - g) * s + 2 * c * b
          p = s * r
          d[i + 1] = g + p
          g = c * r - b
          for k in 0..<n {
            let zk = z[k * n + i + 1]
            z[k * n + i + 1] = s * z[k * n + i] + c * zk
            z[k * n + i] = c * z[k * n + i] - s * zk
          }
        }
        if underflow { continue }
        d[l] -= p
        e[l] = g
        e[m] = 0
      }
    }
  }
}
