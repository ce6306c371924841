/// The conversions of stored numbers to the units and forms Assay keeps.
enum NumberConversion {
  /// Microseconds per day.
  static let microsPerDay: Int64 = 86_400_000_000
  /// The Julian day number of 1970-01-01.
  static let unixEpochJulianDay: Int64 = 2_440_588

  /// A count of `unit` as microseconds (nanoseconds rounded toward minus infinity); nil when it
  /// does not fit.
  static func micros(_ value: Int64, unit: TimeUnit) -> Int64? {
    switch unit {
    case .millis:
      let (product, overflow) = value.multipliedReportingOverflow(by: 1000)
      return overflow ? nil : product
    case .micros: return value
    case .nanos: return value >= 0 ? value / 1000 : (value - 999) / 1000
    }
  }

  /// An INT96 timestamp (8 bytes of nanoseconds in the day, then 4 of the Julian day, little-endian)
  /// as microseconds since 1970; nil when it does not fit.
  static func int96Micros(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
    guard bytes.count == 12 else { return nil }
    var nanos: UInt64 = 0
    for k in 0..<8 { nanos |= UInt64(bytes[k]) << (8 * UInt64(k)) }
    var day: UInt32 = 0
    for k in 0..<4 { day |= UInt32(bytes[8 + k]) << (8 * UInt32(k)) }
    let (days, dayOverflow) = (Int64(Int32(bitPattern: day)) - unixEpochJulianDay)
      .multipliedReportingOverflow(
        by: microsPerDay)
    let (sum, sumOverflow) = days.addingReportingOverflow(Int64(clamping: nanos / 1000))
    return dayOverflow || sumOverflow ? nil : sum
  }

  /// A big-endian two's-complement integer of up to 16 bytes; nil when wider.
  static func bigEndianInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Int128? {
    guard bytes.count <= 16 else {
      // Wider values still fit when their extra leading bytes only extend the sign.
      let extra = bytes.count - 16
      let sign: UInt8 = (bytes.first ?? 0) & 0x80 != 0 ? 0xFF : 0
      guard bytes.prefix(extra).allSatisfy({ $0 == sign }), (bytes[extra] & 0x80 != 0) == (sign == 0xFF)
      else {
        return nil
      }
      return bigEndianInteger(UnsafeBufferPointer(rebasing: bytes[extra...]))
    }
    guard let first = bytes.first else { return 0 }
    var value: Int128 = first & 0x80 != 0 ? -1 : 0
    for b in bytes { value = value << 8 | Int128(b) }
    return value
  }

  /// An unscaled decimal as exact text with `scale` digits after the point (`-12.50`).
  static func decimalText(_ unscaled: Int128, scale: Int) -> String {
    let negative = unscaled < 0
    var digits = String(unscaled.magnitude)
    if scale > 0 {
      if digits.count <= scale { digits = String(repeating: "0", count: scale - digits.count + 1) + digits }
      digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
    }
    return negative ? "-" + digits : digits
  }

  /// A decimal as the nearest double: exact in its shortest form when |unscaled| < 10^15.
  static func decimalDouble(_ unscaled: Int128, scale: Int) -> Double {
    if unscaled.magnitude < 1 << 53, scale <= 22 {
      return Double(Int64(unscaled)) / pow10[scale]
    }
    return Double(decimalText(unscaled, scale: scale)) ?? .nan
  }

  /// 10^k, exact as doubles for k ≤ 22.
  static let pow10: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { x, _ in x * 10 } }

  /// A half-precision float (two little-endian bytes) as a double.
  static func half(_ bytes: UnsafeBufferPointer<UInt8>) -> Double {
    guard bytes.count == 2 else { return .nan }
    let bits = UInt16(bytes[0]) | UInt16(bytes[1]) << 8
    let sign: Double = bits & 0x8000 != 0 ? -1 : 1
    let exponent = Int((bits >> 10) & 0x1F)
    let fraction = Double(bits & 0x3FF)
    switch exponent {
    case 0: return sign * fraction * 0x1p-24
    case 31: return fraction == 0 ? sign * .infinity : .nan
    default:
      return sign * (1 + fraction / 1024) * Double(sign: .plus, exponent: exponent - 15, significand: 1)
    }
  }
}
