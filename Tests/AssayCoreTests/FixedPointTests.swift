import Foundation
import Testing

@testable import AssayCore

/// What `printf` prints, with trailing zeros and a bare point trimmed, and `-0` read as `0`.
private func printed(_ v: Double, _ decimals: Int) -> String {
  var text = String(format: "%.\(decimals)f", v)
  if text.contains(".") {
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
  }
  return text == "-0" ? "0" : text
}

@Test func fixedPointTextEqualsPrintfForAllKindsOfValues() {
  var state: UInt64 = 0x2545_F491_4F6C_DD1D
  func next() -> UInt64 {
    state ^= state << 13
    state ^= state >> 7
    state ^= state << 17
    return state
  }
  var values: [Double] = [
    0, -0.0, 0.125, 0.375, 2.5, -2.5, 1.005, 0.045, 99.995, -0.0001, 1e-13, 123_456.5, 0.5,
  ]
  for _ in 0..<20000 {
    let mantissa = Double(next() % 10_000_000) / 1000
    let exponent = Int(next() % 12) - 6
    values.append((next() % 2 == 0 ? 1 : -1) * mantissa * pow(10, Double(exponent)))
  }
  for _ in 0..<2000 { values.append(Double(Int(next() % 100_000)) / 8) }  // exact ties at every scale
  for v in values {
    for decimals in 0...12 {
      #expect(NumberFormatting.fixedPoint(v, decimals: decimals) == printed(v, decimals), "\(v) \(decimals)")
    }
  }
}
