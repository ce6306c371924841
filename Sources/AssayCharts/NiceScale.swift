import AssayCore
import Foundation

/// Axis ticks at "nice" numbers, 1, 2 or 5 times a power of ten, covering a data range.
public struct NiceScale: Sendable, Equatable {
  /// First tick, at or below the data's minimum.
  public let lower: Double
  /// Last tick, at or above the data's maximum.
  public let upper: Double
  /// Distance between ticks: 1, 2 or 5 × 10^exponent.
  public let step: Double
  /// The power of ten in `step`.
  public let exponent: Int
  /// 1, 2 or 5: the step's leading digit.
  public let stepDigit: Int

  /// The first and last tick, as multiples of the step.
  private let tickIndices: ClosedRange<Int>

  /// A scale with at most `maximumTicks` ticks (2...1000) covering `min...max`. A zero-width
  /// range is widened by a tenth of its value (or by 1 around 0); non-finite bounds give 0...1;
  /// the step grows until ticks are below 1e15 steps from 0. Near the largest double, where the
  /// next nice tick would overflow, the scale ends at the largest double instead, past its last
  /// tick, and the step stops at 1e308 even if that makes more ticks.
  public init(min: Double, max: Double, maximumTicks: Int = 6) {
    var low = Swift.min(min, max), high = Swift.max(min, max)
    if !low.isFinite || !high.isFinite { (low, high) = (0, 1) }
    if low == high {
      let pad = abs(low) * 0.1, largest = Double.greatestFiniteMagnitude
      (low, high) =
        pad > 1e-300 ? (Swift.max(low - pad, -largest), Swift.min(high + pad, largest)) : (low - 1, high + 1)
    }
    // Ticks are multiples of the step, so a range around 0 takes two intervals at least.
    let fewest = low < 0 && high > 0 ? 2 : 1
    let intervals = Double(Swift.min(999, Swift.max(fewest, maximumTicks - 1)))
    let width = high - low
    let widthLog =
      width.isFinite ? log10(width / intervals) : log10((high / 2 - low / 2) / intervals) + log10(2.0)
    var exponent = Int(floor(widthLog))
    var digit = 1
    while true {
      let candidate = NiceScale.value(ticks: 1, digit: digit, exponent: exponent)
      guard candidate.isFinite else {
        (digit, exponent) = (1, 308)
        break
      }
      let first = (low / candidate).rounded(.down), last = (high / candidate).rounded(.up)
      if last - first <= intervals && abs(first) < 1e15 && abs(last) < 1e15 { break }
      switch digit {
      case 1: digit = 2
      case 2: digit = 5
      default: (digit, exponent) = (1, exponent + 1)
      }
    }
    self.exponent = exponent
    stepDigit = digit
    step = NiceScale.value(ticks: 1, digit: digit, exponent: exponent)
    var first = Int((low / step).rounded(.down)), last = Int((high / step).rounded(.up))
    var lower = NiceScale.value(ticks: first, digit: digit, exponent: exponent)
    var upper = NiceScale.value(ticks: last, digit: digit, exponent: exponent)
    if !lower.isFinite { (lower, first) = (-.greatestFiniteMagnitude, first + 1) }
    if !upper.isFinite { (upper, last) = (.greatestFiniteMagnitude, last - 1) }
    self.lower = lower
    self.upper = upper
    tickIndices = first...last
  }

  /// The tick values from the first to the last, each computed from its integer multiple of the
  /// step (so 0.1 × 3 reads 0.3, not 0.30000000000000004).
  public var ticks: [Double] {
    tickIndices.map { NiceScale.value(ticks: $0, digit: stepDigit, exponent: exponent) }
  }

  /// Decimals the tick labels need.
  public var decimals: Int { Swift.max(0, -exponent) }

  /// Tick labels with a common number of decimals and thousands separators: `0`, `50,000`, `0.25`;
  /// with the fewest significant digits (`5e+20`, `1e-14`) when ticks reach 1e15 or need more than
  /// 12 decimals.
  public var labels: [String] {
    guard decimals <= 12, !hasHugeTicks else { return EdgeLabels.significant(ticks) }
    return ticks.map { NiceScale.grouped($0, decimals: decimals) }
  }

  /// True when some tick reaches 1e15, past which labels read in significant digits.
  private var hasHugeTicks: Bool { Swift.max(abs(lower), abs(upper)) >= 1e15 }

  /// Compact tick labels with SI suffixes (k, M, G, T) for large ticks: `0`, `50k`, `1.5M`; as
  /// `labels` from 1e15 on.
  public var siLabels: [String] {
    guard !hasHugeTicks else { return labels }
    let largest = ticks.map(abs).max() ?? 0
    let prefixes: [(Double, String)] = [(1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k")]
    guard let (scale, suffix) = prefixes.first(where: { largest >= $0.0 }) else { return labels }
    let scaledDecimals = Swift.max(0, Int(log10(scale)) - exponent)
    return ticks.map { tick in
      tick == 0 ? "0" : NumberFormatting.decimals(tick / scale, scaledDecimals) + suffix
    }
  }

  /// One large number with an SI suffix and up to one decimal: `100k`, `1.5M`.
  public static func siText(_ value: Double) -> String {
    let prefixes: [(Double, String)] = [(1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k")]
    guard let (scale, suffix) = prefixes.first(where: { abs(value) >= $0.0 }) else {
      return NumberFormatting.decimals(value, 1)
    }
    return NumberFormatting.decimals(value / scale, 1) + suffix
  }

  /// `ticks × digit × 10^exponent`, dividing in two steps below 1e-300 so the power stays finite.
  private static func value(ticks: Int, digit: Int, exponent: Int) -> Double {
    let units = Double(ticks * digit)
    if exponent >= 0 { return units * pow(10, Double(exponent)) }
    return exponent < -300
      ? units / 1e300 / pow(10, Double(-300 - exponent)) : units / pow(10, Double(-exponent))
  }

  private static func grouped(_ value: Double, decimals: Int) -> String {
    let text = EdgeLabels.text(value, decimals: decimals)
    let negative = text.hasPrefix("-")
    let digits = negative ? String(text.dropFirst()) : text
    let parts = digits.split(separator: ".", maxSplits: 1)
    guard let whole = parts.first, let wholeNumber = Int(whole) else { return text }
    let fraction = parts.count > 1 ? "." + parts[1] : ""
    return (negative ? "-" : "") + NumberFormatting.grouped(wholeNumber) + fraction
  }
}
