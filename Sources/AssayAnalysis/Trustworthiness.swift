import AssayCore

/// How well an embedding keeps local neighbourhoods, as scikit-learn's
/// `sklearn.manifold.trustworthiness` defines it: 1 when each point's k nearest neighbours in the
/// embedding are also among its k nearest in the input, less for every intruder, by how far it ranks.
public enum Trustworthiness {
  /// The trustworthiness of the embedding `low` (row-major, `low.count / high.rowCount` wide) of
  /// the rows of `high`, over k neighbours; k must be below n / 2.
  public static func score(high: FeatureMatrix, low: [Double], k: Int) -> Double {
    let n = high.rowCount
    guard n > 1, k >= 1, low.count % n == 0 else { return 1 }
    let embedded = NearestNeighbors.exact(points: low, count: n, dimensions: low.count / n, k: k)
    let width = high.columnCount
    let blockRows = 64
    let penalties = concurrentResults(count: (n + blockRows - 1) / blockRows) { block -> Int in
      var penalty = 0
      var distances = [Double](repeating: 0, count: n)
      high.values.withUnsafeBufferPointer { x in
        for i in (block * blockRows)..<min(n, (block + 1) * blockRows) {
          let base = x.baseAddress
          for j in 0..<n {
            distances[j] = NearestNeighbors.squaredDistance(
              base.map { $0 + i * width }, base.map { $0 + j * width }, width)
          }
          for slot in (i * embedded.k)..<((i + 1) * embedded.k) {
            let rank = rankOf(Int(embedded.indices[slot]), among: distances, from: i)
            penalty += max(0, rank - k)
          }
        }
      }
      return penalty
    }
    let total = Double(penalties.reduce(0, +))
    let kk = Double(k), nn = Double(n)
    return 1 - total * 2 / (nn * kk * (2 * nn - 3 * kk - 1))
  }

  /// The 1-based rank of j among the points other than i, nearest first, ties by lower index.
  private static func rankOf(_ j: Int, among distances: [Double], from i: Int) -> Int {
    let target = distances[j]
    var rank = 1
    for l in distances.indices where l != i && l != j {
      if distances[l] < target || (distances[l] == target && l < j) { rank += 1 }
    }
    return rank
  }
}
