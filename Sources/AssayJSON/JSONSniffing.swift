extension JSONFormat {
  /// The format of input whose name does not tell (standard input, a named pipe), from its first
  /// bytes `head` (`atEnd` when they are the whole input): nil when its first byte that is not
  /// white space (after a UTF-8 byte order mark) is neither `{` nor `[`, so it is no JSON. A
  /// document when it starts with `[`, when its first object does not end on its first line (a
  /// pretty-printed document), or when that object is the whole input; JSON Lines otherwise, so a
  /// stream of lines is parsed as it arrives.
  public init?(sniffing head: [UInt8], atEnd: Bool) {
    guard let first = Self.firstByte(of: head) else { return nil }
    switch head[first] {
    case UInt8(ascii: "["):
      self = .document
    case UInt8(ascii: "{"):
      guard let lineEnd = head[first...].firstIndex(of: 0x0A) else {
        self = atEnd ? .document : .lines
        return
      }
      let alone = atEnd && head[(lineEnd + 1)...].allSatisfy(Self.isSpace)
      self = Self.holdsOneValue(head, from: first, to: lineEnd) && !alone ? .lines : .document
    default:
      return nil
    }
  }

  /// Whether `init(sniffing:atEnd:)` decides on `head` as it would on more bytes of the input:
  /// once its first byte that is not white space is known, and for `{`, once a line has ended
  /// and something other than white space follows it.
  public static func decides(_ head: [UInt8]) -> Bool {
    guard let first = firstByte(of: head) else { return false }
    guard head[first] == UInt8(ascii: "{") else { return true }
    guard let lineEnd = head[first...].firstIndex(of: 0x0A) else { return false }
    return head[(lineEnd + 1)...].contains { !isSpace($0) }
  }

  /// Where the first byte of `head` that is not white space is, after a UTF-8 byte order mark.
  private static func firstByte(of head: [UInt8]) -> Int? {
    let start = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    return head[start...].firstIndex { !isSpace($0) }
  }

  /// JSON's white space.
  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  /// Whether `head[start..<end]` is one well-formed JSON value and white space.
  private static func holdsOneValue(_ head: [UInt8], from start: Int, to end: Int) -> Bool {
    head.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return false }
      let input = RecordInput(base: base, limit: end, layout: .lines, wanted: nil)
      return (try? RecordParser.valueEnd(input, at: start)) == end
    }
  }
}
