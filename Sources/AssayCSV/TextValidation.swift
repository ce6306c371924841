/// Checks that field text is well-formed UTF-8 without NUL bytes.
package enum TextValidation {
  /// The index of the first byte that is a NUL or not part of well-formed UTF-8, or nil when all is well.
  @inline(__always)
  package static func firstProblem(_ p: UnsafePointer<UInt8>, _ count: Int) -> Int? {
    var i = 0
    let raw = UnsafeRawPointer(p)
    while i + 8 <= count {
      let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
      let hasHighBit = word & 0x8080_8080_8080_8080 != 0
      let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
      if hasHighBit || hasZero { break }
      i += 8
    }
    while i < count {
      let byte = p[i]
      if byte == 0 { return i }
      if byte < 0x80 {
        i += 1
        continue
      }
      guard let length = sequenceLength(p + i, count - i) else { return i }
      i += length
    }
    return nil
  }

  /// The length of the well-formed multi-byte UTF-8 sequence at `p`, or nil.
  private static func sequenceLength(_ p: UnsafePointer<UInt8>, _ available: Int) -> Int? {
    let lead = p[0]
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0: length = 3; low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: length = 3; high = 0x9F
    case 0xF0: length = 4; low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4: length = 4; high = 0x8F
    default: return nil
    }
    guard available >= length, p[1] >= low, p[1] <= high else { return nil }
    for k in 2..<max(2, length) where p[k] & 0xC0 != 0x80 { return nil }
    return length
  }
}
