/// Arithmetic between two finite bounds that stays finite when the bounds are further apart than
/// the largest double (−1e308 to 1e308): the same bits as the plain expressions whenever
/// `high − low` is finite, halved values otherwise (halving a value that large is exact).
public enum WideSpan {
  /// `(value − low) / (high − low)`: 0 at `low`, 1 at `high`.
  @inline(__always) public static func fraction(_ value: Double, low: Double, high: Double) -> Double {
    let span = high - low
    return span.isFinite ? (value - low) / span : (value / 2 - low / 2) / (high / 2 - low / 2)
  }

  /// `low + fraction · (high − low)`: the value a `fraction` of the way from `low` to `high`.
  @inline(__always) public static func value(at fraction: Double, low: Double, high: Double) -> Double {
    let span = high - low
    return span.isFinite ? low + fraction * span : 2 * (low / 2 + fraction * (high / 2 - low / 2))
  }

  /// The bin (0 ..< `count`) a `fraction` of the way along falls in, clamped to the ends; NaN
  /// falls in bin 0.
  @inline(__always) public static func bin(_ fraction: Double, count: Int) -> Int {
    let position = fraction * Double(count)
    guard position >= 0 else { return 0 }
    return position < Double(count) ? Int(position) : count - 1
  }
}
