/// Bars drawn with block characters at one-eighth-cell precision.
public enum HorizontalBar {
  /// Partial blocks for 1/8 ... 7/8 of a cell.
  private static let partials: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

  /// The bar for `value` out of `maximum` when the full bar is `width` cells: full blocks and one
  /// partial block, rounded to the nearest eighth; any positive value shows at least an eighth.
  public static func text(value: Int, maximum: Int, width: Int) -> String {
    guard maximum > 0 else { return "" }
    return text(fraction: Double(value) / Double(maximum), width: width)
  }

  /// The bar for a share (0...1) of a full bar `width` cells long; any positive share shows at
  /// least an eighth, and NaN, zero or negative shares show nothing.
  public static func text(fraction: Double, width: Int) -> String {
    guard fraction > 0, width > 0 else { return "" }
    let eighths = max(1, Int((min(1, fraction) * Double(width * 8)).rounded()))
    let full = String(repeating: "█", count: eighths / 8)
    return eighths % 8 == 0 ? full : full + String(partials[eighths % 8 - 1])
  }
}
