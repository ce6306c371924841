/// A double written as PostgreSQL writes a `float8` (its shortest exact form): `1`, `-0.5`,
/// `1e-05`, `1.5e+20`, `NaN`, `Infinity`; exponent form below 1e-4 and from 1e15, as PostgreSQL
/// does.
enum PostgresFloatText {
  /// The text of `number`.
  static func text(_ number: Double) -> String {
    if number.isNaN { return "NaN" }
    if number.isInfinite { return number < 0 ? "-Infinity" : "Infinity" }
    let sign = number.sign == .minus ? "-" : ""
    if number == 0 { return sign + "0" }
    // Swift's description has the shortest digits that read back as the same double.
    let parts = "\(number.magnitude)".split(separator: "e")
    let mantissa = parts[0]
    let pointAt = mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) }
    var digits = mantissa.filter(\.isNumber)
    var exponent = (pointAt ?? mantissa.count) - 1 + (parts.count > 1 ? Int(parts[1]) ?? 0 : 0)
    while digits.first == "0" {
      digits.removeFirst()
      exponent -= 1
    }
    while digits.last == "0" { digits.removeLast() }
    return sign + written(digits, exponent: exponent)
  }

  /// The significant `digits` of a number `d.ddd × 10^exponent`, written out.
  private static func written(_ digits: String, exponent: Int) -> String {
    if exponent < -4 || exponent >= 15 {
      let fraction = digits.dropFirst()
      let power = String(abs(exponent))
      return String(digits.prefix(1)) + (fraction.isEmpty ? "" : "." + fraction) + "e"
        + (exponent < 0 ? "-" : "+") + (power.count < 2 ? "0" : "") + power
    }
    if exponent < 0 { return "0." + String(repeating: "0", count: -exponent - 1) + digits }
    if digits.count <= exponent + 1 {
      return digits + String(repeating: "0", count: exponent + 1 - digits.count)
    }
    let point = digits.index(digits.startIndex, offsetBy: exponent + 1)
    return digits[..<point] + "." + digits[point...]
  }
}
