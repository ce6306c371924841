import Foundation

/// Number-to-text conversions shared by tables, statistics and chart labels.
public enum NumberFormatting {
  /// Shortest text that reads back as the same double (`1.5`, `0.1`, `1e+20`), integers without `.0`.
  public static func shortest(_ v: Double) -> String {
    if v.isNaN { return "NaN" }
    if v.isInfinite { return v < 0 ? "-inf" : "inf" }
    if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
    return "\(v)"
  }

  /// `v` as a source that declares `places` decimal places writes it: the shortest text with
  /// zeros added up to `places` (`12.5` → `12.50`), or the shortest text alone when it already
  /// has more digits than that, so no digit is ever lost.
  public static func written(_ v: Double, decimalPlaces places: Int) -> String {
    let text = shortest(v)
    guard places > 0, v.isFinite else { return text }
    if text.contains("e") {
      let fixed = String(format: "%.\(places)f", v)
      return Double(fixed) == v ? fixed : text
    }
    let point = text.firstIndex(of: ".")
    let fractionDigits = point.map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
    guard fractionDigits < places else { return text }
    return text + (point == nil ? "." : "") + String(repeating: "0", count: places - fractionDigits)
  }

  /// A fixed number of significant digits, trailing zeros trimmed: `fixed(5.843333, 4)` → `5.843`.
  public static func significant(_ v: Double, digits: Int) -> String {
    if v.isNaN || v.isInfinite { return shortest(v) }
    if v == 0 { return "0" }
    let magnitude = Int(floor(log10(abs(v))))
    let decimals = max(0, digits - 1 - magnitude)
    if decimals > 12 || magnitude >= 15 {
      let text = String(format: "%.\(digits - 1)e", v)
      guard let exponent = text.firstIndex(of: "e") else { return text }
      return trimmed(String(text[..<exponent])) + text[exponent...]
    }
    return fixedPoint(v, decimals: decimals)
  }

  /// A fixed count of decimals with trailing zeros (and a bare point) removed.
  public static func decimals(_ v: Double, _ count: Int) -> String {
    if v.isNaN || v.isInfinite { return shortest(v) }
    return fixedPoint(v, decimals: count)
  }

  /// 10^0 through 10^12, the scales `fixedPoint` rounds at without printf.
  private static let decimalPowers: [Double] = [
    1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
  ]

  /// `String(format: "%.<decimals>f", v)` with trailing zeros trimmed. When `v × 10^decimals` is
  /// clearly not halfway between two integers, it is rounded here without formatting machinery;
  /// near a tie, where only the exact binary value can decide, the C library decides.
  static func fixedPoint(_ v: Double, decimals: Int) -> String {
    guard decimals >= 0, decimals < decimalPowers.count else {
      return trimmed(String(format: "%.\(decimals)f", v))
    }
    let scaled = abs(v) * decimalPowers[decimals]
    let whole = scaled.rounded(.down)
    let fraction = scaled - whole
    // The product is within half a unit in the last place of the exact one.
    guard scaled < 0x1p52, abs(fraction - 0.5) > 2 * scaled.ulp else {
      return trimmed(String(format: "%.\(decimals)f", v))
    }
    var digits = UInt64(whole) + (fraction > 0.5 ? 1 : 0)
    var scale = decimals
    while scale > 0 && digits % 10 == 0 {
      digits /= 10
      scale -= 1
    }
    var text = String(digits)
    if scale > 0 {
      if text.count <= scale { text = String(repeating: "0", count: scale - text.count + 1) + text }
      text.insert(".", at: text.index(text.endIndex, offsetBy: -scale))
    }
    return v < 0 && digits != 0 ? "-" + text : text
  }

  /// An integer with thousands separators: `1234567` → `1,234,567`.
  public static func grouped(_ v: Int) -> String {
    let digits = String(v.magnitude)
    var out = ""
    for (i, ch) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(ch)
    }
    return v < 0 ? "-" + out : out
  }

  /// A count and its noun, grouped and singular for one: `1 row`, `2 columns`, `1,200 rows`;
  /// `plural` for a noun that does not add an `s`.
  public static func counted(_ n: Int, _ noun: String, plural: String? = nil) -> String {
    "\(grouped(n)) \(n == 1 ? noun : plural ?? noun + "s")"
  }

  /// A byte count as people read it, in powers of 1000: `12 B`, `340 KB`, `1.2 GB`.
  public static func bytes(_ count: Int) -> String {
    let units = ["B", "KB", "MB", "GB", "TB", "PB"]
    var value = Double(count)
    var unit = 0
    while abs(value) >= 1000 && unit < units.count - 1 {
      value /= 1000
      unit += 1
    }
    if unit == 0 { return "\(count) B" }
    return (abs(value) < 10 ? decimals(value, 1) : String(Int(value.rounded()))) + " " + units[unit]
  }

  private static func trimmed(_ s: String) -> String {
    guard s.contains(".") else { return s }
    var t = Substring(s)
    while t.last == "0" { t = t.dropLast() }
    if t.last == "." { t = t.dropLast() }
    return t == "-0" ? "0" : String(t)
  }
}
