/// Maps numbers to unsigned 64-bit keys whose unsigned order is the numbers' order, so that
/// ints, dates and doubles share one radix sort.
public enum OrderedKey {
  private static let signBit: UInt64 = 1 << 63

  /// The key of a signed integer.
  @inline(__always) public static func of(_ value: Int64) -> UInt64 { UInt64(bitPattern: value) ^ signBit }

  /// The integer of a key made by `of(_: Int64)`.
  @inline(__always) public static func int(_ key: UInt64) -> Int64 { Int64(bitPattern: key ^ signBit) }

  /// The key of a non-NaN double; -0 and +0 share a key.
  @inline(__always) public static func of(_ value: Double) -> UInt64 {
    let bits = (value + 0.0).bitPattern
    return bits & signBit != 0 ? ~bits : bits | signBit
  }

  /// The double of a key made by `of(_: Double)`.
  @inline(__always) public static func double(_ key: UInt64) -> Double {
    Double(bitPattern: key & signBit != 0 ? key ^ signBit : ~key)
  }
}
