/// How a cell of a binary column (`Column.isBinary`), held as `\x` and hex digits, is shown in a
/// table: its size and first bytes, `10 bytes: 89 50 4e 47 0d 0a 1a 0a …`. Exports write it whole.
public enum BinarySummary {
  /// Bytes shown.
  static let shownBytes = 8

  /// The summary of `text`; text not in the hex form (a value SQLite keeps as text in a `BLOB`
  /// column) as it is.
  public static func text(_ text: String) -> String {
    let digits = text.utf8.dropFirst(2)
    guard text.hasPrefix("\\x"), digits.count % 2 == 0, digits.allSatisfy(\.isHexDigit) else { return text }
    let size = digits.count / 2
    var pairs: [String] = []
    var index = digits.startIndex
    while pairs.count < min(size, shownBytes) {
      let next = digits.index(index, offsetBy: 2)
      pairs.append(String(decoding: digits[index..<next], as: UTF8.self))
      index = next
    }
    let unit = size == 1 ? "byte" : "bytes"
    return pairs.isEmpty
      ? "\(size) \(unit)" : "\(size) \(unit): \(pairs.joined(separator: " "))\(size > shownBytes ? " …" : "")"
  }
}

extension UInt8 {
  /// True for `0`–`9`, `a`–`f` and `A`–`F`.
  fileprivate var isHexDigit: Bool {
    (0x30...0x39).contains(self) || (0x61...0x66).contains(self) || (0x41...0x46).contains(self)
  }
}
