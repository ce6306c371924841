import PostgresNIO

/// An array in PostgreSQL's binary format (dimensions, then each element with its length) written
/// as PostgreSQL writes it in text: `{1,2,NULL}`, `{{a,b},{c,d}}`, `{"x y",""}`, with
/// `[0:1]={...}` before it when a dimension does not start at 1.
enum PostgresArrayText {
  /// The array's text; nil when the bytes are not an array.
  static func text(_ buffer: ByteBuffer) -> String? {
    var bytes = buffer
    guard
      let (dimensionCount, flags, elementType) = bytes.readMultipleIntegers(as: (Int32, Int32, UInt32).self),
      (0...6).contains(dimensionCount), flags == 0 || flags == 1
    else { return nil }
    var sizes: [Int] = []
    var bounds = ""
    for _ in 0..<dimensionCount {
      guard let (size, lower) = bytes.readMultipleIntegers(as: (Int32, Int32).self), size >= 0 else {
        return nil
      }
      sizes.append(Int(size))
      bounds += "[\(lower):\(Int(lower) + Int(size) - 1)]"
    }
    var elements: [String] = []
    for _ in 0..<(sizes.isEmpty ? 0 : sizes.reduce(1, *)) {
      guard let length = bytes.readInteger(as: Int32.self) else { return nil }
      if length < 0 {
        elements.append("NULL")
        continue
      }
      guard let element = bytes.readSlice(length: Int(length)) else { return nil }
      elements.append(quoted(PostgresText.element(element, type: PostgresDataType(elementType))))
    }
    guard bytes.readableBytes == 0 else { return nil }
    var next = elements.makeIterator()
    let body = sizes.isEmpty ? "{}" : nested(sizes[...], &next)
    return bounds == sizes.map({ "[1:\($0)]" }).joined() ? body : bounds + "=" + body
  }

  /// The elements of the dimensions `sizes`, in braces, taken in order from `elements`.
  private static func nested(_ sizes: ArraySlice<Int>, _ elements: inout IndexingIterator<[String]>) -> String
  {
    let parts = (0..<sizes.first!).map { _ in
      sizes.count == 1 ? (elements.next() ?? "") : nested(sizes.dropFirst(), &elements)
    }
    return "{" + parts.joined(separator: ",") + "}"
  }

  /// An element's text, in double quotes (inner quotes and backslashes escaped) when it is empty,
  /// reads as NULL, or holds braces, commas, quotes, backslashes or white space.
  static func quoted(_ text: String) -> String {
    let needsQuotes =
      text.isEmpty || text.uppercased() == "NULL"
      || text.contains { "{},\"\\".contains($0) || $0.isWhitespace }
    guard needsQuotes else { return text }
    return "\""
      + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
      + "\""
  }
}
