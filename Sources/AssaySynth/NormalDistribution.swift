import Foundation

/// The standard normal distribution's CDF, which turns the copula's normal scores into the
/// probabilities each column's quantile function reads, and its inverse, which turns a probability
/// back into a score for declared normal and lognormal columns.
public enum NormalDistribution {
  /// P(Z ≤ z) for a standard normal Z.
  @inline(__always) public static func cdf(_ z: Double) -> Double { 0.5 * erfc(-z / 2.0.squareRoot()) }

  /// The z with P(Z ≤ z) = p, for p in (0, 1): Acklam's rational approximation (relative error
  /// below 1.2e-9) refined by one Halley step on `cdf`. Above 1/2 it is minus the quantile of
  /// 1 - p (exact there), so both tails are refined where their probabilities are precise.
  public static func quantile(_ p: Double) -> Double {
    if p > 0.5 { return -quantile(1 - p) }
    let z = approximateQuantile(p)
    let error = cdf(z) - p
    let slope = exp(-z * z / 2) / (2 * Double.pi).squareRoot()
    let step = error / slope
    return z - step / (1 + z * step / 2)
  }

  private static let central = (
    a: [
      -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
      -3.066479806614716e+01, 2.506628277459239e+00,
    ],
    b: [
      -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
      -1.328068155288572e+01,
    ]
  )
  private static let tail = (
    c: [
      -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
      4.374664141464968e+00, 2.938163982698783e+00,
    ],
    d: [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
  )

  /// Acklam's approximation for p in (0, 1/2]: a rational function of p in the central region, of
  /// sqrt(-2 log p) in the lower tail.
  private static func approximateQuantile(_ p: Double) -> Double {
    if p < 0.02425 {
      let (c, d) = tail
      let q = (-2 * log(p)).squareRoot()
      return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
        / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    }
    let (a, b) = central
    let q = p - 0.5
    let r = q * q
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
      / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  }
}
