import AssayAnalysis

/// How generated text replaces a character beyond ASCII: a letter by a random letter of its
/// Unicode block and general category (upper case for upper case, lower for lower, an ideograph or
/// other letter for one: 吉 by another CJK ideograph, м by another Cyrillic lower-case letter, é by
/// another Latin-1 lower-case letter), a decimal digit of any script by a random digit of the same
/// script; marks, punctuation, spaces and symbols are kept.
enum ScalarDraw {
  /// Code points picked at random in the block before it is searched on from the last pick: a
  /// block may hold few letters of a category (Latin-1 has two other letters in 128 code points).
  static let picks = 32

  /// Appends to `bytes` the replacement of the UTF-8 character starting at `template[index]` (a byte
  /// of 0x80 or more), returning how many bytes it took; a malformed byte is copied as it is.
  static func appendReplacement(
    of template: [UInt8], at index: Int, to bytes: inout [UInt8], random: inout SeededRandom
  ) -> Int {
    let lead = template[index]
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    guard length > 1, index + length <= template.count else {
      bytes.append(lead)
      return 1
    }
    var value = UInt32(lead) & (0x7F >> UInt32(length))
    for offset in 1..<length { value = value << 6 | UInt32(template[index + offset] & 0x3F) }
    guard let scalar = Unicode.Scalar(value) else {
      bytes.append(lead)
      return 1
    }
    Unicode.UTF8.encode(replacement(of: scalar, random: &random)) { bytes.append($0) }
    return length
  }

  /// The scalar that replaces `scalar`: a letter or decimal digit drawn as above, anything else itself.
  static func replacement(of scalar: Unicode.Scalar, random: inout SeededRandom) -> Unicode.Scalar {
    let category = scalar.properties.generalCategory
    switch category {
    case .decimalNumber:
      // Unicode codes every script's decimal digits as a run from 0 to 9.
      guard let digit = scalar.properties.numericValue else { return scalar }
      return Unicode.Scalar(scalar.value - UInt32(digit) + UInt32(random.next() % 10)) ?? scalar
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
      let block = UnicodeBlocks.block(of: scalar)
      let size = UInt64(block.count)
      var offset: UInt64 = 0
      for _ in 0..<picks {
        offset = random.next() % size
        if let found = letter(at: block.lowerBound + UInt32(offset), category) { return found }
      }
      for step in 1...size {
        if let found = letter(at: block.lowerBound + UInt32((offset + step) % size), category) {
          return found
        }
      }
      return scalar
    default:
      return scalar
    }
  }

  /// The scalar at `value` when it is one of `category`.
  @inline(__always) private static func letter(at value: UInt32, _ category: Unicode.GeneralCategory)
    -> Unicode.Scalar?
  {
    guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory == category else {
      return nil
    }
    return scalar
  }
}
