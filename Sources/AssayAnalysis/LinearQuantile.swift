/// Where the q-quantile of `count` ordered values lies, and how it is interpolated between its two
/// neighbouring values, as numpy.percentile's default (linear) computes it: shared by every
/// summary that reads quantiles, in memory or from the two values a database sends.
public struct LinearQuantile: Sendable, Equatable {
  /// The rank (0-based, ascending) of the value at or below the quantile.
  public let lowerRank: Int
  /// The rank of the value above it (`lowerRank` itself at the end).
  public let upperRank: Int
  /// How far between the two values the quantile lies, 0 ..< 1.
  public let gamma: Double

  /// The q-quantile of `count` values (at least one).
  public init(_ q: Double, count: Int) {
    let position = q * Double(count - 1)
    lowerRank = Int(position.rounded(.down))
    upperRank = Swift.min(lowerRank + 1, count - 1)
    gamma = position - Double(lowerRank)
  }

  /// The quantile between `below` (the value at `lowerRank`) and `above` (at `upperRank`).
  public func value(below: Double, above: Double) -> Double {
    Self.interpolate(below, above, gamma: gamma)
  }

  /// numpy's linear interpolation, from whichever end is nearer so the ends are met exactly. A
  /// quantile on a value is that value, even beside an infinite one (numpy.median([1, 3, inf]) is
  /// 3); strictly between a finite and an infinite value it is the infinity (NaN between −inf and
  /// +inf); two finite values further apart than the largest double are interpolated halved.
  public static func interpolate(_ below: Double, _ above: Double, gamma: Double) -> Double {
    if gamma == 0 { return below }
    guard below.isFinite, above.isFinite else { return below + above }
    let difference = above - below
    guard difference.isFinite else { return 2 * interpolate(below / 2, above / 2, gamma: gamma) }
    return gamma >= 0.5 ? above - difference * (1 - gamma) : below + difference * gamma
  }
}
