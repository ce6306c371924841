/// Eigenvalues and eigenvectors of a real symmetric matrix by the cyclic Jacobi method: plain,
/// accurate to rounding for small matrices (covariances of up to a few hundred columns).
public struct SymmetricEigen: Sendable, Equatable {
  /// The eigenvalues, largest first.
  public let values: [Double]
  /// `vectors[k]` is the unit eigenvector of `values[k]`.
  public let vectors: [[Double]]

  /// The decomposition of the `size` × `size` symmetric matrix stored row-major in `matrix`.
  public init(symmetric matrix: [Double], size n: Int) {
    precondition(matrix.count == n * n, "matrix must be size x size")
    var a = matrix
    var v = [Double](repeating: 0, count: n * n)
    for i in 0..<n { v[i * n + i] = 1 }
    let total = a.reduce(0) { $0 + $1 * $1 }
    for _ in 0..<60 {
      var off = 0.0
      for p in 0..<n { for q in (p + 1)..<max(p + 1, n) { off += a[p * n + q] * a[p * n + q] } }
      if !(off > total * 1e-32) { break }
      for p in 0..<n {
        for q in (p + 1)..<max(p + 1, n) where a[p * n + q] != 0 {
          Self.rotate(&a, &v, n, p, q)
        }
      }
    }
    let order = (0..<n).sorted { a[$0 * n + $0] > a[$1 * n + $1] }
    values = order.map { a[$0 * n + $0] }
    vectors = order.map { k in (0..<n).map { v[$0 * n + k] } }
  }

  /// One Jacobi rotation in the (p, q) plane that zeroes a[p][q]; v collects the rotations.
  private static func rotate(_ a: inout [Double], _ v: inout [Double], _ n: Int, _ p: Int, _ q: Int) {
    let apq = a[p * n + q]
    let theta = (a[q * n + q] - a[p * n + p]) / (2 * apq)
    let t =
      abs(theta) > 1e150
      ? 1 / (2 * theta) : (theta >= 0 ? 1 : -1) / (abs(theta) + (theta * theta + 1).squareRoot())
    let c = 1 / (t * t + 1).squareRoot()
    let s = t * c
    for k in 0..<n {
      let akp = a[k * n + p], akq = a[k * n + q]
      a[k * n + p] = c * akp - s * akq
      a[k * n + q] = s * akp + c * akq
    }
    for k in 0..<n {
      let apk = a[p * n + k], aqk = a[q * n + k]
      a[p * n + k] = c * apk - s * aqk
      a[q * n + k] = s * apk + c * aqk
    }
    a[p * n + q] = 0
    a[q * n + p] = 0
    for k in 0..<n {
      let vkp = v[k * n + p], vkq = v[k * n + q]
      v[k * n + p] = c * vkp - s * vkq
      v[k * n + q] = s * vkp + c * vkq
    }
  }
}
