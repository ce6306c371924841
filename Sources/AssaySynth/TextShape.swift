import AssayAnalysis

/// Generated text of a real column's shape: a real value chosen at random is copied with every
/// letter and digit replaced by a random one of its class: an ASCII letter by one of its case, an
/// ASCII digit by a digit, any other letter or digit as `ScalarDraw` replaces it (of its script and
/// case); length, spaces, punctuation and other characters stay. Free text, identifiers and
/// personal data are made so.
struct TextShape: Sendable {
  /// The values whose shapes are copied (a sample of the column's, as UTF-8).
  let templates: [[UInt8]]

  /// The templates' mean length in bytes, rounded up.
  var meanLength: Int {
    templates.isEmpty ? 0 : (templates.reduce(0) { $0 + $1.count } + templates.count - 1) / templates.count
  }

  /// One generated integer: a template's decimal digits replaced at random (in `scratch`; a
  /// leading digit never 0, so the number keeps its length), read back; a value past Int64's
  /// range loses its first digit.
  func integer(scratch: inout [UInt8], random: inout SeededRandom) -> Int64 {
    scratch.removeAll(keepingCapacity: true)
    generate(into: &scratch, random: &random)
    let first = scratch.first == UInt8(ascii: "-") ? 1 : 0
    if scratch.count > first + 1 && scratch[first] == UInt8(ascii: "0") {
      scratch[first] = UInt8(ascii: "1") + UInt8(random.next() % 9)
    }
    let text = String(decoding: scratch, as: UTF8.self)
    return Int64(text) ?? Int64(text.dropFirst()) ?? 0
  }

  /// Appends one generated value's UTF-8 bytes to `bytes`.
  @inline(__always) func generate(into bytes: inout [UInt8], random: inout SeededRandom) {
    let template = templates[Int(random.next() % UInt64(templates.count))]
    var index = 0
    while index < template.count {
      let byte = template[index]
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(UInt8(ascii: "A") + UInt8(random.next() % 26))
      case UInt8(ascii: "a")...UInt8(ascii: "z"): bytes.append(UInt8(ascii: "a") + UInt8(random.next() % 26))
      case UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(UInt8(ascii: "0") + UInt8(random.next() % 10))
      case 0x80...:
        index += ScalarDraw.appendReplacement(of: template, at: index, to: &bytes, random: &random)
        continue
      default: bytes.append(byte)
      }
      index += 1
    }
  }
}
