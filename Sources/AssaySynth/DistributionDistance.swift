/// Distances between a real and a synthetic column's distributions.
public enum DistributionDistance {
  /// The two-sample Kolmogorov–Smirnov statistic of two ascending samples: the largest gap
  /// between their empirical CDFs (`scipy.stats.ks_2samp(a, b).statistic`); 0 when either is empty.
  public static func kolmogorovSmirnov(_ a: [Double], _ b: [Double]) -> Double {
    guard !a.isEmpty, !b.isEmpty else { return 0 }
    var i = 0, j = 0
    var largest = 0.0
    let na = Double(a.count), nb = Double(b.count)
    while i < a.count && j < b.count {
      let x = Swift.min(a[i], b[j])
      while i < a.count && a[i] <= x { i += 1 }
      while j < b.count && b[j] <= x { j += 1 }
      largest = Swift.max(largest, abs(Double(i) / na - Double(j) / nb))
    }
    return largest
  }

  /// The total variation distance of two count tables over the same categories: half the sum of
  /// the absolute differences of their shares; 0 when either is empty.
  public static func totalVariation(_ a: [Int], _ b: [Int]) -> Double {
    let ta = Double(a.reduce(0, +)), tb = Double(b.reduce(0, +))
    guard ta > 0, tb > 0 else { return 0 }
    return zip(a, b).reduce(0.0) { $0 + abs(Double($1.0) / ta - Double($1.1) / tb) } / 2
  }
}
