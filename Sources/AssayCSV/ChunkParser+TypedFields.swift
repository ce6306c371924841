/// Fast paths for the common unquoted field forms, converting while scanning: digits become an
/// Int64 or a double, `YYYY-MM-DD` a day number, plain text a slice appended to the column.
/// Anything unusual (an exponent, a null marker, too many digits) returns false and takes the
/// general path, which gives the same result more slowly.
extension ChunkParser {
  /// Parses the unquoted field at `position` by the column's kind; false when it needs the
  /// general path (nothing is consumed then).
  @inline(__always)
  mutating func parseTypedField(_ column: Int) throws -> Bool {
    switch kinds[column].shape {
    case .int: return parseIntField(column)
    case .double: return !decimalComma && parseDoubleField(column)
    case .date where kinds[column].time == .iso: return parseDateField(column)
    case .date, .timestamp: return parseTimeField(column)
    case .string: return try parseTextField(column)
    case .bool: return parseBoolField(column)
    case .empty: return false
    }
  }

  /// `parseTypedField` for a field that is not one of the given null texts, which may look like
  /// values (`-999`) or be long; false for one of them, which the general path reads as null.
  @inline(never)
  mutating func parseTypedFieldUnlessNull(_ column: Int) throws -> Bool {
    guard !nullTexts.contains(base + position, unquotedFieldEnd(from: position) - position) else {
      return false
    }
    return try parseTypedField(column)
  }

  @inline(__always)
  private mutating func parseBoolField(_ column: Int) -> Bool {
    guard position < limit else { return false }
    let end = position + (base[position] | 0x20 == UInt8(ascii: "t") ? 4 : 5)
    guard end <= limit, end == limit || isFieldEnd(base[end]),
      let value = TokenParsing.parseBool(base + position, end - position)
    else { return false }
    builders[column].append(bool: value)
    builders[column].note(form: TextForm.boolean(base + position))
    position = end
    return true
  }

  @inline(__always)
  private mutating func parseIntField(_ column: Int) -> Bool {
    var index = position
    let negative = index < limit && base[index] == UInt8(ascii: "-")
    if negative { index += 1 }
    let first = index
    var magnitude: UInt64 = 0
    let digits = NumberParsing.accumulateDigits(base, limit, &index, into: &magnitude)
    guard digits > 0, digits <= 18, index == limit || isFieldEnd(base[index]),
      digits == 1 || base[first] != UInt8(ascii: "0")
    else { return false }
    let value = Int64(magnitude)
    builders[column].append(int: negative ? -value : value)
    builders[column].note(
      form: negative && magnitude == 0
        ? TextForm.mixed
        : TextForm.decimal(
          integerDigits: digits, fractionDigits: 0, hasPoint: false,
          leadingZero: base[first] == UInt8(ascii: "0")))
    position = index
    return true
  }

  @inline(__always)
  private mutating func parseDoubleField(_ column: Int) -> Bool {
    var index = position
    let negative = index < limit && base[index] == UInt8(ascii: "-")
    if negative { index += 1 }
    let first = index
    var mantissa: UInt64 = 0
    var digits = NumberParsing.accumulateDigits(base, limit, &index, into: &mantissa)
    let integerDigits = digits
    var fractionDigits = 0
    let hasPoint = index < limit && base[index] == UInt8(ascii: ".")
    if hasPoint {
      index += 1
      fractionDigits = NumberParsing.accumulateDigits(base, limit, &index, into: &mantissa)
      digits += fractionDigits
    }
    guard digits > 0, digits <= 15, index == limit || isFieldEnd(base[index]),
      integerDigits <= 1 || base[first] != UInt8(ascii: "0")
    else { return false }
    let magnitude = Double(Int64(bitPattern: mantissa)) / NumberParsing.powerOfTen(fractionDigits)
    builders[column].append(double: negative ? -magnitude : magnitude)
    builders[column].note(
      form: TextForm.decimal(
        integerDigits: integerDigits, fractionDigits: fractionDigits, hasPoint: hasPoint,
        leadingZero: base[first] == UInt8(ascii: "0")))
    position = index
    return true
  }

  @inline(__always)
  private mutating func parseDateField(_ column: Int) -> Bool {
    let end = position + 10
    guard end <= limit, end == limit || isFieldEnd(base[end]),
      let days = TokenParsing.parseDate(base + position, 10)
    else { return false }
    builders[column].append(days: days)
    builders[column].note(form: 0)
    position = end
    return true
  }

  /// A date or timestamp in the column's form, ended by the first delimiter or line end.
  @inline(__always)
  private mutating func parseTimeField(_ column: Int) -> Bool {
    let end = unquotedFieldEnd(from: position)
    guard end > position, appendTyped(column, kinds[column], base + position, end - position) else {
      return false
    }
    builders[column].note(form: TextForm.mixed)
    position = end
    return true
  }

  @inline(__always)
  private mutating func parseTextField(_ column: Int) throws -> Bool {
    let start = position
    let (end, isPlainASCII) = fieldEnd(from: start)
    let length = end - start
    if length <= 4 { return false }
    if let problem = builders[column].append(text: base + start, length, isPlainASCII: isPlainASCII) {
      throw badText(at: start + problem, byte: base[start + problem], field: fieldNumber(column))
    }
    position = end
    return true
  }

  /// The first delimiter, CR or LF at or after `start` (or `limit`), found eight bytes at a time,
  /// and whether the bytes before it are all ASCII without NUL.
  @inline(__always)
  func fieldEnd(from start: Int) -> (end: Int, isPlainASCII: Bool) {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let raw = UnsafeRawPointer(base)
    var index = start
    var unusual: UInt64 = 0
    while index + 8 <= limit {
      let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      let hits = fieldEnds(in: word)
      if hits != 0 {
        let found = hits.trailingZeroBitCount / 8
        if found > 0 {
          let before = word & (UInt64.max >> (64 - 8 * found))
          unusual |= before & highs | (before &- ones) & ~before & highs & (UInt64.max >> (64 - 8 * found))
        }
        return (index + found, unusual == 0)
      }
      unusual |= word & highs | (word &- ones) & ~word & highs
      index += 8
    }
    while index < limit && !isFieldEnd(base[index]) {
      if base[index] == 0 || base[index] >= 0x80 { unusual = 1 }
      index += 1
    }
    return (index, unusual == 0)
  }

  /// The first delimiter, CR or LF at or after `start` (or `limit`), found eight bytes at a time.
  @inline(__always)
  func unquotedFieldEnd(from start: Int) -> Int {
    let raw = UnsafeRawPointer(base)
    var index = start
    while index + 8 <= limit {
      let hits = fieldEnds(in: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
      if hits != 0 { return index + hits.trailingZeroBitCount / 8 }
      index += 8
    }
    while index < limit && !isFieldEnd(base[index]) { index += 1 }
    return index
  }

  /// The high bit of each byte of `word` set where the byte is the delimiter, CR or LF (exact
  /// up to the first such byte, which is all callers use).
  @inline(__always)
  private func fieldEnds(in word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let a = word ^ (ones &* UInt64(delimiter)), b = word ^ (ones &* 10), c = word ^ (ones &* 13)
    return ((a &- ones) & ~a | (b &- ones) & ~b | (c &- ones) & ~c) & 0x8080_8080_8080_8080
  }
}
