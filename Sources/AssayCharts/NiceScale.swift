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

  /// A scale with at most `maximumTicks` ticks (2...1000) covering `min...max`. A zero-width
  /// range is widened by a tenth of its value (or by 1 around 0); non-finite bounds give 0...1;
  /// magnitudes are clamped to 1e300, and the step grows until ticks are below 1e15 steps from 0.
  public init(min: Double, max: Double, maximumTicks: Int = 6) {
    let limit = 1e300
    var low = Swift.min(Swift.max(Swift.min(min, max), -limit), limit)
    var high = Swift.min(Swift.max(Swift.max(min, max), -limit), limit)
    if !low.isFinite || !high.isFinite { (low, high) = (0, 1) }
    if low == high {
      let pad = abs(low) * 0.1
      (low, high) = pad > 1e-300 ? (low - pad, high + pad) : (low - 1, high + 1)
    }
    let intervals = Double(Swift.min(999, Swift.max(1, maximumTicks - 1)))
    var exponent = Int(floor(log10((high - low) / intervals)))
    var digit = 1
    while true {
      let candidate = NiceScale.value(ticks: 1, digit: digit, exponent: exponent)
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
    lower = NiceScale.value(ticks: Int((low / step).rounded(.down)), digit: digit, exponent: exponent)
    upper = NiceScale.value(ticks: Int((high / step).rounded(.up)), digit: digit, exponent: exponent)
  }

  /// The tick values from `lower` to `upper`, each computed from its integer multiple of the step
  /// (so 0.1 × 3 reads 0.3, not 0.30000000000000004).
  public var ticks: [Double] {
    let first = Int((lower / step).rounded()), last = Int((upper / step).rounded())
    return (first...last).map { NiceScale.value(ticks: $0, digit: stepDigit, exponent: exponent) }
  }

  /// Decimals the tick labels need.
  public var decimals: Int { Swift.max(0, -exponent) }

  /// Tick labels with a common number of decimals and thousands separators: `0`, `50,000`, `0.25`.
  public var labels: [String] { ticks.map { NiceScale.grouped($0, decimals: decimals) } }

  /// Compact tick labels with SI suffixes (k, M, G, T) for large ticks: `0`, `50k`, `1.5M`.
  public var siLabels: [String] {
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

  private static func value(ticks: Int, digit: Int, exponent: Int) -> Double {
    let units = Double(ticks * digit)
    return exponent >= 0 ? units * pow(10, Double(exponent)) : units / pow(10, Double(-exponent))
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
