import Foundation

/// Text as spreadsheet XML writes it, where a character XML cannot hold is escaped as `_xHHHH_`
/// (`_x000D_` for a carriage return, `_x005F_` for an underscore that would start an escape).
enum EscapedText {
  /// `text` with every `_xHHHH_` replaced by its character; other text unchanged.
  static func decoded(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "_")), text.contains("_x") else { return text }
    var result = ""
    var rest = Substring(text)
    while let start = rest.range(of: "_x") {
      let digits = rest[start.upperBound...].prefix(5)
      if digits.count == 5, digits.last == "_", let code = UInt32(digits.dropLast(), radix: 16),
        digits.dropLast().allSatisfy(\.isHexDigit), let scalar = Unicode.Scalar(code)
      {
        result += rest[..<start.lowerBound]
        result.unicodeScalars.append(scalar)
        rest = rest[digits.endIndex...]
      } else {
        result += rest[..<start.upperBound]
        rest = rest[start.upperBound...]
      }
    }
    return result + rest
  }
}
