import AssayCore

/// The texts of a column's non-null cells, trimmed of surrounding spaces, each with the number of
/// rows holding it: a dictionary chunk's text once with its rows, any other cell once with 1.
/// Integers are read as their decimal digits (`digits`); other types have no texts.
enum CellTexts {
  /// Calls `body` with each text's UTF-8 bytes and its number of rows.
  static func forEach(in column: Column, _ body: ([UInt8], Int) -> Void) {
    for chunk in column.chunks {
      switch chunk.values {
      case .string(.dictionary(let codes, let dictionary)):
        var rows = [Int](repeating: 0, count: dictionary.count)
        for (row, code) in codes.enumerated() where !chunk.isNull(row) { rows[Int(code)] += 1 }
        for (code, text) in dictionary.enumerated() where rows[code] > 0 {
          body(trimmed(text.utf8), rows[code])
        }
      case .string(.packed(let bytes, let offsets)):
        for row in 0..<chunk.count where !chunk.isNull(row) {
          body(trimmed(bytes[Int(offsets[row])..<Int(offsets[row + 1])]), 1)
        }
      case .int(let numbers):
        for row in 0..<chunk.count where !chunk.isNull(row) { body(digits(numbers[row]), 1) }
      default:
        return
      }
    }
  }

  /// An integer's decimal digits. An integer column has lost the leading zero a text held: 11
  /// digits are read as the 12 they were written with (a Maestro card's `0604…`).
  static func digits(_ number: Int64) -> [UInt8] {
    let digits = Array(String(number).utf8)
    return digits.count == 11 ? [UInt8(ascii: "0")] + digits : digits
  }

  /// The bytes without leading and trailing spaces and tabs.
  static func trimmed<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> [UInt8] {
    let blank: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    return Array(bytes.drop(while: blank).reversed().drop(while: blank).reversed())
  }
}
