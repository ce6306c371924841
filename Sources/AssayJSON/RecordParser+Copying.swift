import AssayCSV
import AssayCore

/// Values read whole: an array as compact JSON text (for its cell), or any value stepped over
/// (for a column left out), checked against JSON's grammar either way.
extension RecordParser {
  /// Reads the value at `position`, appending it to `compact` without white space when `writing`;
  /// strings are written with their escapes in one form (non-ASCII characters as they are).
  mutating func copyValue(writing: Bool) throws {
    let outer = depth
    var level = 0
    defer { depth = outer }
    while true {
      skipSpace()
      guard position < limit else { throw expected("a value", hint: "") }
      let byte = base[position]
      switch byte {
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        guard depth < Self.maxDepth else { throw tooDeep() }
        depth += 1
        level += 1
        containerStack[level] = byte
        emit(byte, writing)
        position += 1
        skipSpace()
        let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
        if !(position < limit && base[position] == close) {
          if byte == UInt8(ascii: "{") { try copyKey(writing) }
          continue
        }
      case UInt8(ascii: "\""):
        try copyString(writing)
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        let number = try scanNumber()
        if writing { compact.append(base + number.start, count: number.end - number.start) }
      case UInt8(ascii: "t"): try copyLiteral("true", writing)
      case UInt8(ascii: "f"): try copyLiteral("false", writing)
      case UInt8(ascii: "n"): try copyLiteral("null", writing)
      default:
        throw expected("a value", hint: "text needs double quotes")
      }
      // After a value: close what ends here, then go on to the next value.
      while level > 0 {
        skipSpace()
        let open = containerStack[level]
        let close = open == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
        if position < limit && base[position] == UInt8(ascii: ",") {
          emit(UInt8(ascii: ","), writing)
          position += 1
          if open == UInt8(ascii: "{") {
            skipSpace()
            try copyKey(writing)
          }
          break
        }
        guard position < limit, base[position] == close else {
          throw expected(
            open == UInt8(ascii: "{") ? "',' or '}' after a value" : "',' or ']' after an array element",
            hint: "is a comma missing?")
        }
        emit(close, writing)
        position += 1
        level -= 1
        depth -= 1
      }
      if level == 0 { return }
    }
  }

  @inline(__always)
  private mutating func emit(_ byte: UInt8, _ writing: Bool) {
    if writing { compact.append(byte) }
  }

  /// A member's key and its colon, copied.
  private mutating func copyKey(_ writing: Bool) throws {
    guard position < limit, base[position] == UInt8(ascii: "\"") else {
      throw expected("a key in double quotes", hint: "keys are strings; a comma before '}' is not allowed")
    }
    try copyString(writing)
    try colon()
    emit(UInt8(ascii: ":"), writing)
  }

  private mutating func copyLiteral(_ word: StaticString, _ writing: Bool) throws {
    try literal(word)
    if writing { compact.append(word.utf8Start, count: word.utf8CodeUnitCount) }
  }

  /// A string, copied as written when it has no escapes, else decoded and escaped again.
  private mutating func copyString(_ writing: Bool) throws {
    let start = position
    let text = try readString()
    guard writing else { return }
    guard text.isDecoded else {
      compact.append(base + start, count: position - start)
      return
    }
    compact.append(UInt8(ascii: "\""))
    for index in 0..<text.count {
      let byte = text.bytes[index]
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"):
        compact.append(UInt8(ascii: "\\"))
        compact.append(byte)
      case 0x08: appendEscape("b")
      case 0x0C: appendEscape("f")
      case 0x0A: appendEscape("n")
      case 0x0D: appendEscape("r")
      case 0x09: appendEscape("t")
      case 0..<0x20:
        appendEscape("u")
        for digit in "00\(Self.hex(byte).lowercased())".utf8 { compact.append(digit) }
      default:
        compact.append(byte)
      }
    }
    compact.append(UInt8(ascii: "\""))
  }

  private mutating func appendEscape(_ letter: Unicode.Scalar) {
    compact.append(UInt8(ascii: "\\"))
    compact.append(UInt8(ascii: letter))
  }
}
