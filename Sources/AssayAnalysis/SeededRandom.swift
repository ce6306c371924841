import Foundation

/// A small, fast, seedable random number generator (SplitMix64), so sampling and anything
/// randomized gives the same result for the same seed on every machine.
public struct SeededRandom: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// A generator that starts from `seed`.
  public init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A normally distributed double (Box–Muller), for test data and synthetic samples.
  public mutating func nextGaussian(mean: Double = 0, standardDeviation: Double = 1) -> Double {
    let u1 = Double.random(in: Double.ulpOfOne..<1, using: &self)
    let u2 = Double.random(in: 0..<1, using: &self)
    return mean + standardDeviation * (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
  }

  /// `limit` of the indices `0..<count` drawn uniformly without replacement (a partial
  /// Fisher–Yates shuffle seeded with `seed`), ascending; nil when `count` is not above `limit`.
  public static func sampleIndices(_ limit: Int, of count: Int, seed: UInt64) -> [Int]? {
    guard count > limit else { return nil }
    var random = SeededRandom(seed: seed)
    var order = Array(0..<count)
    for i in 0..<limit { order.swapAt(i, Int.random(in: i..<count, using: &random)) }
    return order[0..<limit].sorted()
  }
}
