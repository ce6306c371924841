import AssayCore

/// Numbers written with a decimal comma and dots between thousands (`1.234,5`, `-0,25`, `1.234`),
/// as `;`-delimited files from much of Europe hold them: `-?` then digits, or 1–3 digits followed
/// by groups of `.` and three digits, then optionally `,` and digits.
enum DecimalComma {
  /// Calls `body` with the number's text in the usual form (`-1234.5`), or returns nil when the
  /// text is not such a number.
  private static func normalized<T>(
    _ p: UnsafePointer<UInt8>, _ count: Int, _ body: (UnsafePointer<UInt8>, Int) -> T?
  ) -> T? {
    guard count > 0, count <= 64, !NumberParsing.isZeroPadded(p, count) else { return nil }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { buffer -> T? in
      var length = 0
      var index = 0
      if p[0] == UInt8(ascii: "-") {
        buffer[0] = p[0]
        length = 1
        index = 1
      }
      var digitsInGroup = 0
      var grouped = false
      var sawComma = false
      var fractionDigits = 0
      while index < count {
        let byte = p[index]
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
          if sawComma { fractionDigits += 1 } else { digitsInGroup += 1 }
          buffer[length] = byte
          length += 1
        case UInt8(ascii: "."):
          // A dot between thousands: after 1–3 digits at first, exactly 3 afterwards.
          guard !sawComma, digitsInGroup >= 1, digitsInGroup <= 3, !grouped || digitsInGroup == 3 else {
            return nil
          }
          grouped = true
          digitsInGroup = 0
        case UInt8(ascii: ","):
          guard !sawComma, digitsInGroup > 0, !grouped || digitsInGroup == 3 else { return nil }
          sawComma = true
          buffer[length] = UInt8(ascii: ".")
          length += 1
        default:
          return nil
        }
        index += 1
      }
      guard digitsInGroup > 0 || sawComma, !grouped || sawComma || digitsInGroup == 3,
        !sawComma || fractionDigits > 0
      else { return nil }
      return body(UnsafePointer(buffer.baseAddress.unsafelyUnwrapped), length)
    }
  }

  /// The number as a double, or nil.
  static func parseDouble(_ p: UnsafePointer<UInt8>, _ count: Int) -> Double? {
    normalized(p, count) { NumberParsing.parseFieldDouble($0, $1) }
  }

  /// The number as an integer when it has no decimal comma, or nil.
  static func parseInt(_ p: UnsafePointer<UInt8>, _ count: Int) -> Int64? {
    normalized(p, count) { NumberParsing.parseInt($0, $1) }
  }

  /// `.int` or `.double` for such a number, nil for other text.
  static func kind(of p: UnsafePointer<UInt8>, _ count: Int) -> FieldKind? {
    if parseInt(p, count) != nil { return .int }
    return parseDouble(p, count) != nil ? .double : nil
  }

  /// Whether some column of the sampled rows holds numbers with a decimal comma and nothing but
  /// such numbers (and nulls).
  static func isUsed(in rows: some Collection<[[UInt8]]>, nulls: NullTexts) -> Bool {
    guard let width = rows.first?.count else { return false }
    return (0..<width).contains { column in
      var commas = 0
      for row in rows where column < row.count {
        let field = row[column]
        let fits = field.withUnsafeBufferPointer { buffer -> Bool in
          guard let p = buffer.baseAddress, !buffer.isEmpty, !nulls.contains(p, buffer.count) else {
            return true
          }
          return kind(of: p, buffer.count) != nil
        }
        guard fits else { return false }
        if field.contains(UInt8(ascii: ",")) { commas += 1 }
      }
      return commas > 0
    }
  }
}
