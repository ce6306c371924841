/// Bytes without a text annotation, shown as text: as they are when they are UTF-8, else as hex.
enum ByteText {
  /// The text of `bytes`: a UUID's 8-4-4-4-12 form, the UTF-8 text, or `0x` and lowercase hex (for
  /// bytes that are no UTF-8, or hold a NUL, which no text Assay writes or reads can hold).
  static func text(_ bytes: UnsafeBufferPointer<UInt8>, uuid: Bool = false) -> String {
    if uuid, bytes.count == 16 {
      let hex = hexDigits(bytes)
      let cuts = [8, 12, 16, 20]
      var out = ""
      for (k, character) in hex.enumerated() {
        if cuts.contains(k) { out += "-" }
        out.append(character)
      }
      return out
    }
    if !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) { return text }
    return "0x" + hexDigits(bytes)
  }

  private static func hexDigits(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count * 2)
    for b in bytes {
      out.append(digits[Int(b >> 4)])
      out.append(digits[Int(b & 15)])
    }
    return String(decoding: out, as: UTF8.self)
  }
}
