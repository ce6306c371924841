import Foundation

/// Text for bin edges and axis ticks: the fewest decimals that still tell every edge apart.
public enum EdgeLabels {
  /// The edges with a common number of decimals: the smallest count (up to `maximumDecimals`) at
  /// which no two neighbouring edges read the same and no edge is off by more than 5% of the
  /// narrowest gap (so `[0, 2.5, 5]` reads `0.0 2.5 5.0`, not `0 2 5`). `-0` reads `0`.
  public static func format(_ edges: [Double], maximumDecimals: Int = 12) -> [String] {
    let gaps = zip(edges, edges.dropFirst()).map { abs($1 - $0) }.filter { $0 > 0 }
    let tolerance = (gaps.min() ?? 0) * 0.05
    for decimals in 0...maximumDecimals {
      let texts = edges.map { text($0, decimals: decimals) }
      let distinct = zip(texts, texts.dropFirst()).allSatisfy { $0 != $1 }
      let close = zip(edges, texts).allSatisfy { edge, text in abs((Double(text) ?? edge) - edge) <= tolerance
      }
      if distinct && close { return texts }
    }
    return edges.map { text($0, decimals: maximumDecimals) }
  }

  /// One number with a fixed count of decimals.
  static func text(_ value: Double, decimals: Int) -> String {
    let text = String(format: "%.\(decimals)f", value)
    guard text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) else { return text }
    return String(text.dropFirst())
  }
}
