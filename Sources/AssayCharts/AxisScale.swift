import AssayAnalysis
import AssayCore
import Foundation

/// The range an axis spans and its labelled ticks.
public struct AxisScale: Sendable, Equatable {
  /// The values at the axis's two ends.
  public let range: ClosedRange<Double>
  /// Tick positions, ascending, inside `range`.
  public let ticks: [Double]
  /// A label per tick.
  public let labels: [String]

  /// A scale from its parts.
  public init(range: ClosedRange<Double>, ticks: [Double], labels: [String]) {
    self.range = range
    self.ticks = ticks
    self.labels = labels
  }

  /// A linear scale over `data` with at most `maximumTicks` ticks at nice numbers, extended to
  /// the first and last tick; labels get thousands separators, or SI suffixes from 100,000 on.
  public static func linear(_ data: ClosedRange<Double>, maximumTicks: Int) -> AxisScale {
    let nice = NiceScale(min: data.lowerBound, max: data.upperBound, maximumTicks: maximumTicks)
    let large = nice.ticks.contains { abs($0) >= 100_000 }
    return AxisScale(
      range: nice.lower...nice.upper, ticks: nice.ticks, labels: large ? nice.siLabels : nice.labels)
  }

  /// A scale for counts from 0 to `maximum` drawn at `log10(1 + count)`, so one and zero stay
  /// apart; ticks at 0, 1, 10, 100, ... (every other power when there are too many).
  public static func logCounts(maximum: Int, maximumTicks: Int) -> AxisScale {
    let top = log10(1 + Double(max(1, maximum)))
    var powers = [0.0]
    var power = 1.0
    while power <= Double(max(1, maximum)) {
      powers.append(power)
      power *= 10
    }
    var stride = 1
    while (powers.count - 1) / stride + 1 > max(2, maximumTicks) { stride += 1 }
    let kept = powers.enumerated().filter { $0.offset % stride == 0 }.map(\.element)
    let upper = max(top, log10(1 + (kept.last ?? 1)))
    return AxisScale(
      range: 0...upper, ticks: kept.map { log10(1 + $0) },
      labels: kept.map { $0 >= 100_000 ? NiceScale.siText($0) : NumberFormatting.grouped(Int($0)) })
  }

  /// The dot (0 at the low end) where `value` falls on an axis `dots` dots long.
  public func dot(_ value: Double, dots: Int) -> Int { AxisScale.dot(value, in: range, dots: dots) }

  /// The dot (0 at the low end) where finite `value` falls on an axis spanning `range` in `dots`
  /// dots, -1 or `dots` when it lies beyond the axis (-1 for NaN); the middle dot for a range of
  /// one value.
  static func dot(_ value: Double, in range: ClosedRange<Double>, dots: Int) -> Int {
    guard range.upperBound > range.lowerBound else { return dots / 2 }
    let fraction = WideSpan.fraction(value, low: range.lowerBound, high: range.upperBound)
    let scaled = (fraction * Double(dots - 1)).rounded()
    return scaled >= 0 ? Int(min(scaled, Double(dots))) : -1
  }
}
