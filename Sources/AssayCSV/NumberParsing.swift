/// Exact parsing of integers and decimal numbers straight from bytes, without `String`.
package enum NumberParsing {
  /// 10^exponent for 0...8, as an integer.
  @inline(__always)
  package static func integerPowerOfTen(_ exponent: Int) -> UInt64 {
    switch exponent {
    case 0: return 1
    case 1: return 10
    case 2: return 100
    case 3: return 1000
    case 4: return 10000
    case 5: return 100_000
    case 6: return 1_000_000
    case 7: return 10_000_000
    default: return 100_000_000
    }
  }

  /// 10^exponent for 0...22, the powers of ten a double holds exactly (larger give 10^22).
  @inline(__always)
  package static func powerOfTen(_ exponent: Int) -> Double {
    switch exponent {
    case 0: return 1
    case 1: return 1e1
    case 2: return 1e2
    case 3: return 1e3
    case 4: return 1e4
    case 5: return 1e5
    case 6: return 1e6
    case 7: return 1e7
    case 8: return 1e8
    case 9: return 1e9
    case 10: return 1e10
    case 11: return 1e11
    case 12: return 1e12
    case 13: return 1e13
    case 14: return 1e14
    case 15: return 1e15
    case 16: return 1e16
    case 17: return 1e17
    case 18: return 1e18
    case 19: return 1e19
    case 20: return 1e20
    case 21: return 1e21
    default: return 1e22
    }
  }

  /// Appends the decimal digits at `base[index]` (up to `limit`) to `value`, moving past them;
  /// returns how many there were.
  /// Takes eight bytes at a time: finds how many lead with digits and converts them with three
  /// multiplies (the digits past 18 wrap, which callers reject by count).
  @inline(__always)
  package static func accumulateDigits(
    _ base: UnsafePointer<UInt8>, _ limit: Int, _ index: inout Int, into value: inout UInt64
  ) -> Int {
    let first = index
    let raw = UnsafeRawPointer(base)
    while index + 8 <= limit {
      let digits = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ 0x3030_3030_3030_3030
      let nonDigits =
        (digits | ((digits & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7676_7676_7676_7676)) & 0x8080_8080_8080_8080
      let count = nonDigits.trailingZeroBitCount / 8
      if count == 0 { return index - first }
      var lanes = digits << UInt64(64 - 8 * count)
      lanes = lanes &* 10 &+ (lanes >> 8)
      lanes =
        ((lanes & 0x0000_00FF_0000_00FF) &* 0x000F_4240_0000_0064
          &+ ((lanes >> 16) & 0x0000_00FF_0000_00FF) &* 0x0000_2710_0000_0001) >> 32
      value = value &* integerPowerOfTen(count) &+ lanes
      index += count
      if count < 8 { return index - first }
    }
    while index < limit {
      let digit = base[index] &- UInt8(ascii: "0")
      if digit >= 10 { break }
      value = value &* 10 &+ UInt64(digit)
      index += 1
    }
    return index - first
  }

  /// An optionally signed run of decimal digits that fits in Int64, or nil.
  package static func parseInt(_ p: UnsafePointer<UInt8>, _ count: Int) -> Int64? {
    var i = 0
    var negative = false
    if count > 0 && (p[0] == UInt8(ascii: "-") || p[0] == UInt8(ascii: "+")) {
      negative = p[0] == UInt8(ascii: "-")
      i = 1
    }
    guard i < count else { return nil }
    var magnitude: UInt64 = 0
    while i < count {
      let digit = p[i] &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      let (times10, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = times10.addingReportingOverflow(UInt64(digit))
      guard !overflow1 && !overflow2 else { return nil }
      magnitude = sum
      i += 1
    }
    if negative {
      guard magnitude <= UInt64(Int64.max) + 1 else { return nil }
      return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
    }
    guard magnitude <= UInt64(Int64.max) else { return nil }
    return Int64(magnitude)
  }

  /// A decimal number (`12`, `-1.5`, `.5`, `5.`, `1e-3`, `inf`, `Infinity`), correctly rounded,
  /// or nil when the bytes are not one.
  package static func parseDouble(_ p: UnsafePointer<UInt8>, _ count: Int) -> Double? {
    parseShortDecimal(p, count) ?? parseLongDecimal(p, count)
  }

  /// What `parseShortDecimal` leaves: the decimal syntax read by the standard library.
  private static func parseLongDecimal(_ p: UnsafePointer<UInt8>, _ count: Int) -> Double? {
    guard isDecimalSyntax(p, count) || isInfinity(p, count) else { return nil }
    let text = String(decoding: UnsafeBufferPointer(start: p, count: count), as: UTF8.self)
    return Double(text)
  }

  /// A field's number for a double column: `parseDouble`'s, except nil for an integer written
  /// without a point or exponent that Int64 cannot hold, whose digits a double would lose (such a
  /// field makes its column text).
  @inline(__always)
  package static func parseFieldDouble(_ p: UnsafePointer<UInt8>, _ count: Int) -> Double? {
    if let fast = parseShortDecimal(p, count) { return fast }
    if isPlainInteger(p, count) && parseInt(p, count) == nil { return nil }
    return parseLongDecimal(p, count)
  }

  /// Whether the text starts like a number padded with zeros (`02134`, `-007`, `00.5`): an
  /// optional sign, a zero, then another digit. Such a field is a code whose zeros are part of it
  /// (a ZIP code, an account number), so a column holding one is text, written back as it came.
  @inline(__always)
  package static func isZeroPadded(_ p: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    let start = count > 0 && (p[0] == UInt8(ascii: "-") || p[0] == UInt8(ascii: "+")) ? 1 : 0
    return start + 1 < count && p[start] == UInt8(ascii: "0") && p[start + 1] &- UInt8(ascii: "0") < 10
  }

  /// `[+-]? digits`: an integer written without a point or exponent.
  static func isPlainInteger(_ p: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    var i = count > 0 && (p[0] == UInt8(ascii: "-") || p[0] == UInt8(ascii: "+")) ? 1 : 0
    guard i < count else { return false }
    while i < count {
      guard p[i] &- UInt8(ascii: "0") < 10 else { return false }
      i += 1
    }
    return true
  }

  /// The common case done exactly by Clinger's fast path: at most 19 digits, a mantissa below
  /// 2^53 and a power of ten up to 22, so one correctly rounded multiply or divide gives the
  /// correctly rounded result. Nil when the bytes fall outside that case (not necessarily invalid).
  @inline(__always)
  static func parseShortDecimal(_ p: UnsafePointer<UInt8>, _ count: Int) -> Double? {
    var i = 0
    var negative = false
    if count > 0 && (p[0] == UInt8(ascii: "-") || p[0] == UInt8(ascii: "+")) {
      negative = p[0] == UInt8(ascii: "-")
      i = 1
    }
    var mantissa: UInt64 = 0
    var digits = 0
    var fractionDigits = 0
    var seenPoint = false
    while i < count {
      let byte = p[i]
      let digit = byte &- UInt8(ascii: "0")
      if digit < 10 {
        mantissa = mantissa &* 10 &+ UInt64(digit)
        digits += 1
        if seenPoint { fractionDigits += 1 }
      } else if byte == UInt8(ascii: ".") && !seenPoint {
        seenPoint = true
      } else {
        break
      }
      i += 1
    }
    guard digits > 0, digits <= 19 else { return nil }
    var exponent = -fractionDigits
    if i < count {
      guard p[i] | 0x20 == UInt8(ascii: "e"), let e = parseSmallExponent(p + i + 1, count - i - 1) else {
        return nil
      }
      exponent += e
    }
    guard mantissa <= 1 << 53, exponent >= -22, exponent <= 22 else { return nil }
    let m = Double(mantissa)
    let value = exponent < 0 ? m / powerOfTen(-exponent) : m * powerOfTen(exponent)
    return negative ? -value : value
  }

  /// An exponent of at most four digits with an optional sign.
  @inline(__always)
  private static func parseSmallExponent(_ p: UnsafePointer<UInt8>, _ count: Int) -> Int? {
    var i = 0
    var negative = false
    if count > 0 && (p[0] == UInt8(ascii: "-") || p[0] == UInt8(ascii: "+")) {
      negative = p[0] == UInt8(ascii: "-")
      i = 1
    }
    guard i < count, count - i <= 4 else { return nil }
    var value = 0
    while i < count {
      let digit = p[i] &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      value = value * 10 + Int(digit)
      i += 1
    }
    return negative ? -value : value
  }

  /// `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`.
  static func isDecimalSyntax(_ p: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    var i = 0
    if i < count && (p[i] == UInt8(ascii: "-") || p[i] == UInt8(ascii: "+")) { i += 1 }
    var digits = 0
    while i < count && p[i] &- UInt8(ascii: "0") < 10 { i += 1; digits += 1 }
    if i < count && p[i] == UInt8(ascii: ".") {
      i += 1
      while i < count && p[i] &- UInt8(ascii: "0") < 10 { i += 1; digits += 1 }
    }
    guard digits > 0 else { return false }
    if i < count && p[i] | 0x20 == UInt8(ascii: "e") {
      i += 1
      if i < count && (p[i] == UInt8(ascii: "-") || p[i] == UInt8(ascii: "+")) { i += 1 }
      var exponentDigits = 0
      while i < count && p[i] &- UInt8(ascii: "0") < 10 { i += 1; exponentDigits += 1 }
      guard exponentDigits > 0 else { return false }
    }
    return i == count
  }

  /// `inf` or `infinity`, any case, optionally signed.
  private static func isInfinity(_ p: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    var i = 0
    if count > 0 && (p[0] == UInt8(ascii: "-") || p[0] == UInt8(ascii: "+")) { i = 1 }
    let word = String(decoding: UnsafeBufferPointer(start: p + i, count: count - i), as: UTF8.self)
      .lowercased()
    return word == "inf" || word == "infinity"
  }
}
