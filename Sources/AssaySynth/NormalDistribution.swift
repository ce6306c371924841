import Foundation

/// The standard normal distribution's CDF, which turns the copula's normal scores into the
/// probabilities each column's quantile function reads.
public enum NormalDistribution {
  /// P(Z ≤ z) for a standard normal Z.
  @inline(__always) public static func cdf(_ z: Double) -> Double { 0.5 * erfc(-z / 2.0.squareRoot()) }
}
