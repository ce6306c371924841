import AssayCore
import Foundation

/// Text for bin edges and axis ticks: the fewest decimals that still tell every edge apart.
public enum EdgeLabels {
  /// The edges with a common number of decimals: the smallest count (up to `maximumDecimals`) at
  /// which no two neighbouring edges read the same and no edge is off by more than 5% of the
  /// narrowest gap (so `[0, 2.5, 5]` reads `0.0 2.5 5.0`, not `0 2 5`). `-0` reads `0`. Edges
  /// from 1e15 on, or that no such count tells apart, read in significant digits (`significant`).
  public static func format(_ edges: [Double], maximumDecimals: Int = 12) -> [String] {
    guard edges.allSatisfy({ abs($0) < 1e15 }) else { return significant(edges) }
    let tolerance = tolerance(edges)
    for decimals in 0...maximumDecimals {
      let texts = edges.map { text($0, decimals: decimals) }
      if fits(texts, edges, tolerance: tolerance) { return texts }
    }
    return significant(edges)
  }

  /// The values with the fewest significant digits (1 to 17) at which, as `format` asks, no two
  /// neighbours read the same and none is off by more than 5% of the narrowest gap: `-1e+308`,
  /// `5e+307`, `1.5e-320`; 17 digits tell any two doubles apart.
  public static func significant(_ values: [Double]) -> [String] {
    let tolerance = tolerance(values)
    for digits in 1..<17 {
      let texts = values.map { NumberFormatting.significant($0, digits: digits) }
      if fits(texts, values, tolerance: tolerance) { return texts }
    }
    return values.map { NumberFormatting.significant($0, digits: 17) }
  }

  /// 5% of the narrowest gap between neighbouring values (a gap wider than the largest double
  /// is infinite, which any text is close enough to).
  private static func tolerance(_ values: [Double]) -> Double {
    let gaps = zip(values, values.dropFirst()).map { abs($1 - $0) }.filter { $0 > 0 }
    return (gaps.min() ?? 0) * 0.05
  }

  /// True when no two neighbouring texts are the same and each reads back within `tolerance`.
  private static func fits(_ texts: [String], _ values: [Double], tolerance: Double) -> Bool {
    zip(texts, texts.dropFirst()).allSatisfy { $0 != $1 }
      && zip(values, texts).allSatisfy { value, text in abs((Double(text) ?? value) - value) <= tolerance }
  }

  /// One number with a fixed count of decimals.
  static func text(_ value: Double, decimals: Int) -> String {
    let text = String(format: "%.\(decimals)f", value)
    guard text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) else { return text }
    return String(text.dropFirst())
  }
}
