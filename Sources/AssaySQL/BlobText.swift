/// A binary value (bytea, BLOB) as text: whole, in the hex form psql writes a bytea in
/// (`\x89504e47`), so a load keeps every byte and an export writes them all. The table view shows
/// such a column's cells short (`BinarySummary`).
public enum BlobText {
  /// `\x` and two lowercase hex digits for each of `bytes`.
  public static func hex<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var text: [UInt8] = [UInt8(ascii: "\\"), UInt8(ascii: "x")]
    text.reserveCapacity(2 + bytes.underestimatedCount * 2)
    for byte in bytes {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// True for an engine's type name of binary values: PostgreSQL's `bytea`; MariaDB's `blob`,
  /// `binary`, `varbinary` and `geometry`; SQLite's declared `BLOB`.
  public static func isBinary(databaseType: String) -> Bool {
    ["bytea", "blob", "binary", "varbinary", "geometry"].contains(databaseType.lowercased())
  }
}
