/// How a binary value (bytea, BLOB) is shown in a sheet: its size and its first bytes in hex.
public enum BlobText {
  /// `12 bytes: 89 50 4e 47 0d 0a 1a 0a …` for `size` bytes starting with `prefix` (up to 8 shown).
  public static func describe(size: Int, prefix: [UInt8]) -> String {
    let shown = prefix.prefix(8).map { byte in
      let digits = String(byte, radix: 16)
      return digits.count == 1 ? "0" + digits : digits
    }
    let unit = size == 1 ? "byte" : "bytes"
    return shown.isEmpty
      ? "\(size) \(unit)" : "\(size) \(unit): \(shown.joined(separator: " "))\(size > 8 ? " …" : "")"
  }
}
