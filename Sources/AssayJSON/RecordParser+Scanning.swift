import AssayCSV
import AssayCore
import Foundation

/// A string's text: where its bytes are (in the input, or decoded into the parser's buffer, where
/// they stay until the next string is read) and what they hold.
struct StringToken {
  /// The first byte.
  let bytes: UnsafePointer<UInt8>
  /// Bytes in the text.
  let count: Int
  /// True when every byte is ASCII (no NUL: a string cannot hold one).
  let isPlainASCII: Bool
  /// True when escapes were decoded (the bytes are not the input's).
  let isDecoded: Bool
}

/// A number as written: where, and its parts so far as they make the value quick to compute.
struct NumberToken {
  /// Byte offsets of the text.
  let start: Int, end: Int
  /// True for a leading `-`.
  let negative: Bool
  /// The digits, before and after the point, as one integer (exact while `digits` is small).
  let mantissa: UInt64
  /// Digits in all, and after the point.
  let digits: Int, fractionDigits: Int
  /// True when written with neither a point nor an exponent.
  let isInteger: Bool
  /// True when written with an exponent.
  let hasExponent: Bool
}

/// The lexical level: white space, strings, numbers and literals, and the failures that name what
/// was expected.
extension RecordParser {
  /// Steps over white space (in JSON Lines, not over the line break that ends a record).
  @inline(__always)
  mutating func skipSpace() {
    while position < limit {
      let byte = base[position]
      guard byte == 0x20 || byte == 0x09 || byte == 0x0D || (byte == 0x0A && !lineMode) else { return }
      position += 1
    }
  }

  /// The string at `position` (its opening quote), moving past its closing quote.
  @inline(__always)
  mutating func readString() throws -> StringToken {
    let start = position + 1
    var index = start
    var highs: UInt64 = 0
    let raw = UnsafeRawPointer(base)
    while index + 8 <= limit {
      let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      let special = Self.stringSpecials(word)
      if special != 0 {
        let found = special.trailingZeroBitCount / 8
        if found > 0 { highs |= word & (UInt64.max >> (64 - 8 * found)) & 0x8080_8080_8080_8080 }
        index += found
        break
      }
      highs |= word & 0x8080_8080_8080_8080
      index += 8
    }
    while index < limit {
      let byte = base[index]
      if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
      if byte >= 0x80 { highs = 1 }
      index += 1
    }
    if index < limit && base[index] == UInt8(ascii: "\"") {
      position = index + 1
      return StringToken(
        bytes: base + start, count: index - start, isPlainASCII: highs == 0, isDecoded: false)
    }
    decoded.removeAll()
    decoded.append(base + start, count: index - start)
    return try decodeString(from: index, opening: start - 1, isPlainASCII: highs == 0)
  }

  /// The high bit of each byte of `word` that is a quote, a backslash or a control character
  /// (exact up to the first such byte, which is all callers use).
  @inline(__always)
  private static func stringSpecials(_ word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
    return ((quote &- ones) & ~quote | (backslash &- ones) & ~backslash | (word &- ones &* 0x20) & ~word)
      & 0x8080_8080_8080_8080
  }

  /// The rest of the string whose quote is at `opening`, from `start` (an escape, a control
  /// character or the end), decoded after what `decoded` holds; lone surrogates become U+FFFD.
  private mutating func decodeString(from start: Int, opening: Int, isPlainASCII: Bool) throws
    -> StringToken
  {
    var index = start
    var ascii = isPlainASCII
    while index < limit {
      let byte = base[index]
      if byte == UInt8(ascii: "\"") {
        position = index + 1
        return StringToken(bytes: decoded.base, count: decoded.count, isPlainASCII: ascii, isDecoded: true)
      }
      if byte < 0x20 {
        position = byte == 0x0A && lineMode ? opening : index
        if byte == 0x0A && lineMode {
          throw failure(
            "a string starting here does not end on its line",
            hint: "a line break inside a string is written \\n")
        }
        throw failure(
          "a control character (U+00\(Self.hex(byte))) inside a string",
          hint: byte == 0
            ? "this looks like a binary file, not JSON text" : "write it as an escape such as \\n")
      }
      guard byte == UInt8(ascii: "\\") else {
        if byte >= 0x80 { ascii = false }
        decoded.append(byte)
        index += 1
        continue
      }
      guard index + 1 < limit else { break }
      let escaped = base[index + 1]
      switch escaped {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escaped)
      case UInt8(ascii: "b"): decoded.append(0x08)
      case UInt8(ascii: "f"): decoded.append(0x0C)
      case UInt8(ascii: "n"): decoded.append(0x0A)
      case UInt8(ascii: "r"): decoded.append(0x0D)
      case UInt8(ascii: "t"): decoded.append(0x09)
      case UInt8(ascii: "u"):
        index = try decodeUnicodeEscape(at: index)
        ascii = ascii && decoded.base[decoded.count - 1] < 0x80
        continue
      default:
        position = index
        throw failure("an invalid escape in a string", hint: "a backslash is written \\\\")
      }
      index += 2
    }
    position = opening
    throw failure("a string starting here is never closed", hint: "is the file complete?")
  }

  /// Decodes `\uXXXX` at `index` (a surrogate pair as one character), returning where it ends.
  private mutating func decodeUnicodeEscape(at index: Int) throws -> Int {
    guard let unit = hexUnit(at: index + 2) else {
      position = index
      throw failure("an invalid \\u escape in a string", hint: "\\u takes four hex digits")
    }
    var end = index + 6
    var scalar = unit
    if (0xD800...0xDBFF).contains(unit) {
      if end + 1 < limit && base[end] == UInt8(ascii: "\\") && base[end + 1] == UInt8(ascii: "u"),
        let low = hexUnit(at: end + 2), (0xDC00...0xDFFF).contains(low)
      {
        scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
        end += 6
      } else {
        scalar = 0xFFFD
      }
    } else if (0xDC00...0xDFFF).contains(unit) {
      scalar = 0xFFFD
    }
    if scalar == 0 {
      position = index
      throw failure("a \\u0000 (NUL) in a string", hint: "Assay's text cannot hold NUL characters")
    }
    for byte in Character(Unicode.Scalar(scalar) ?? "\u{FFFD}").utf8 { decoded.append(byte) }
    return end
  }

  /// The four hex digits at `index` as a number, or nil.
  private func hexUnit(at index: Int) -> UInt32? {
    guard index + 4 <= limit else { return nil }
    var value: UInt32 = 0
    for offset in 0..<4 {
      let byte = base[index + offset]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: return nil
      }
      value = value << 4 | UInt32(digit)
    }
    return value
  }

  /// The number at `position`, checked against JSON's grammar, moving past it.
  @inline(__always)
  mutating func scanNumber() throws -> NumberToken {
    let start = position
    var index = position
    let negative = base[index] == UInt8(ascii: "-")
    if negative { index += 1 }
    var mantissa: UInt64 = 0
    var digits = 0
    guard index < limit, base[index] &- UInt8(ascii: "0") < 10 else {
      position = index
      throw expected("a digit", hint: "numbers are written like -12, 3.5 or 1e-7")
    }
    if base[index] == UInt8(ascii: "0") {
      index += 1
      digits = 1
    } else {
      digits = NumberParsing.accumulateDigits(base, limit, &index, into: &mantissa)
    }
    var fractionDigits = 0
    let hasPoint = index < limit && base[index] == UInt8(ascii: ".")
    if hasPoint {
      index += 1
      fractionDigits = NumberParsing.accumulateDigits(base, limit, &index, into: &mantissa)
      guard fractionDigits > 0 else {
        position = index
        throw expected("a digit after the decimal point", hint: "numbers are written like 3.5")
      }
      digits += fractionDigits
    }
    let hasExponent = index < limit && base[index] | 0x20 == UInt8(ascii: "e")
    if hasExponent {
      index += 1
      if index < limit && (base[index] == UInt8(ascii: "+") || base[index] == UInt8(ascii: "-")) {
        index += 1
      }
      var ignored: UInt64 = 0
      guard NumberParsing.accumulateDigits(base, limit, &index, into: &ignored) > 0 else {
        position = index
        throw expected("a digit in the exponent", hint: "numbers are written like 1e-7")
      }
    }
    position = index
    return NumberToken(
      start: start, end: index, negative: negative, mantissa: mantissa, digits: digits,
      fractionDigits: fractionDigits, isInteger: !hasPoint && !hasExponent, hasExponent: hasExponent)
  }

  /// Moves past `word` (`true`, `false`, `null`) at `position`.
  @inline(__always)
  mutating func literal(_ word: StaticString) throws {
    let length = word.utf8CodeUnitCount
    guard position + length <= limit, memcmp(base + position, word.utf8Start, length) == 0 else {
      throw expected(
        "a value", hint: "true, false and null are written in lower case; text needs double quotes")
    }
    position += length
  }

  /// A failure at `position`.
  func failure(_ message: String, hint: String) -> JSONFailure {
    JSONFailure(offset: position, message: message, hint: hint)
  }

  /// A failure at `position`, where `what` was expected: it names the end of the input or of the
  /// line when that is what came instead, else the byte found.
  func expected(_ what: String, hint: String) -> JSONFailure {
    if position >= limit {
      return failure("expected \(what), found the end of the input", hint: "is the file complete?")
    }
    if lineMode && base[position] == 0x0A {
      return failure(
        "expected \(what), found the end of the line",
        hint: "JSON Lines hold one object per line; a document written over several lines is read as .json")
    }
    let found = "found \(FoundByte.describe(base, at: position, limit: limit))"
    return failure("expected \(what)", hint: hint.isEmpty ? found : "\(found); \(hint)")
  }

  /// Invalid UTF-8 at `offset`, in `what` (a key, a string).
  func badText(at offset: Int, in what: String) -> JSONFailure {
    JSONFailure(offset: offset, message: "invalid UTF-8 in \(what)", hint: "save the file as UTF-8")
  }

  /// Nesting past `maxDepth`.
  func tooDeep() -> JSONFailure {
    failure(
      "objects and arrays nested more than \(Self.maxDepth) deep",
      hint: "Assay reads nesting up to \(Self.maxDepth) levels")
  }

  /// Two upper-case hex digits.
  static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
  }
}
