/// One bit per row: set when the row holds a value, clear when it is null.
public struct ValidityBitmap: Sendable, Equatable {
  /// The packed bits, least significant bit first; bits past `count` are ignored.
  public var words: [UInt64]
  /// Number of rows the bitmap covers.
  public private(set) var count: Int

  /// A bitmap of `count` rows, all valid or all null.
  public init(count: Int, allValid: Bool) {
    self.count = count
    words = [UInt64](repeating: allValid ? ~0 : 0, count: (count + 63) / 64)
  }

  /// A bitmap from packed words (bit set = valid) covering `count` rows.
  public init(words: [UInt64], count: Int) {
    precondition(words.count >= (count + 63) / 64, "too few words for the row count")
    self.words = words
    self.count = count
  }

  /// True when row `i` holds a value.
  @inlinable public func isValid(_ i: Int) -> Bool {
    words[i >> 6] & (1 << UInt64(i & 63)) != 0
  }

  /// Marks row `i` valid or null.
  @inlinable public mutating func set(_ i: Int, valid: Bool) {
    if valid { words[i >> 6] |= 1 << UInt64(i & 63) } else { words[i >> 6] &= ~(1 << UInt64(i & 63)) }
  }

  /// Adds one row at the end.
  public mutating func append(_ valid: Bool) {
    if count & 63 == 0 { words.append(0) }
    if valid { words[count >> 6] |= 1 << UInt64(count & 63) }
    count += 1
  }

  /// Number of null rows.
  public var nullCount: Int {
    var valid = 0
    for (w, word) in words.enumerated() {
      let bitsInWord = min(64, count - w * 64)
      let mask: UInt64 = bitsInWord == 64 ? ~0 : (1 << UInt64(bitsInWord)) - 1
      valid += (word & mask).nonzeroBitCount
    }
    return count - valid
  }
}
