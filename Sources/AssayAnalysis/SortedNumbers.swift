import AssayCore

/// The non-null values of a numeric, time or bool column in ascending order, held either as
/// radix-sorted ordered keys or, for integers from a narrow range, as a tally per value.
/// Either form gives min, max, median, quantiles and the distinct count together.
/// NaN is treated as missing, as most data tools do, and counted with the nulls.
struct SortedNumbers: Sendable {
  /// Integer columns (and decimal columns, as scaled integers) whose values span fewer than this
  /// many values, or fewer than they have values, are tallied (one counter per value in the span).
  static let tallyLimit: Int64 = 1 << 20

  private enum Storage: Sendable {
    /// Sorted keys, one per value.
    case keys([UInt64])
    /// `counts[i]` values equal `base + i` (over `decimalScale` for doubles).
    case tally(base: Int64, counts: [Int])
  }

  /// The column's type, which says how keys decode.
  let type: ColumnType
  /// The zone form timestamps are shown in.
  let zone: TimeZoneForm
  /// Number of values (non-null, non-NaN).
  let count: Int
  /// Rows that were null or NaN.
  let missingCount: Int
  private let storage: Storage
  /// For a tally of a double column's decimals: slot i holds the value `(base + i) / decimalScale`.
  private var decimalScale: Double?

  /// Gathers and orders the values of `column`; nil for string columns.
  init?(_ column: Column) {
    guard column.type != .string else { return nil }
    type = column.type
    zone = column.timeZone ?? .naive
    if type != .double, let range = NumberGathering.integerRange(column),
      let span = Self.tallySpan(min: range.min, max: range.max, count: range.count)
    {
      let counts = NumberGathering.tally(column, base: range.min, size: span)
      storage = .tally(base: range.min, counts: counts)
      count = range.count
    } else if let range = NumberGathering.decimalRange(column),
      let span = Self.tallySpan(min: range.min, max: range.max, count: range.count)
    {
      let counts = NumberGathering.decimalTally(column, scale: range.scale, base: range.min, size: span)
      storage = .tally(base: range.min, counts: counts)
      decimalScale = range.scale
      count = range.count
    } else {
      var keys = NumberGathering.keys(column)
      RadixSort.sort(&keys)
      storage = .keys(keys)
      count = keys.count
    }
    missingCount = column.count - count
  }

  /// How many counters a tally of values from `min` to `max` needs, or nil when sorting is cheaper.
  private static func tallySpan(min: Int64, max: Int64, count: Int) -> Int? {
    let (difference, overflow) = max.subtractingReportingOverflow(min)
    guard !overflow, difference < Swift.max(tallyLimit, Int64(count)) else { return nil }
    return Int(difference) + 1
  }

  /// The ordered key of tally slot `i` over `base`.
  @inline(__always) private func tallyKey(_ base: Int64, _ i: Int) -> UInt64 {
    guard let decimalScale else { return OrderedKey.of(base + Int64(i)) }
    return OrderedKey.of(Double(base + Int64(i)) / decimalScale)
  }

  /// The key as a double (dates as day numbers, timestamps and durations in seconds, bools as 0
  /// and 1), as `Value.doubleValue` reads them.
  @inline(__always) func double(_ key: UInt64) -> Double {
    switch type {
    case .double: return OrderedKey.double(key)
    case .timestamp, .duration: return Double(OrderedKey.int(key)) / 1e6
    default: return Double(OrderedKey.int(key))
    }
  }

  /// The key as a value of the column's type.
  func value(_ key: UInt64) -> Value {
    switch type {
    case .double: return .double(OrderedKey.double(key))
    case .int: return .int(OrderedKey.int(key))
    case .date: return .date(Int32(truncatingIfNeeded: OrderedKey.int(key)))
    case .timestamp: return .timestamp(Timestamp(microseconds: OrderedKey.int(key), zone: zone))
    case .duration: return .duration(OrderedKey.int(key))
    case .bool: return .bool(OrderedKey.int(key) != 0)
    case .string: return .null
    }
  }

  /// Calls `body` once per distinct value, ascending, with its key and how many values equal it.
  func forEachRun(_ body: (_ key: UInt64, _ length: Int) -> Void) {
    switch storage {
    case .keys(let keys):
      keys.withUnsafeBufferPointer { k in
        var start = 0
        while start < k.count {
          var end = start &+ 1
          while end < k.count && k[end] == k[start] { end &+= 1 }
          body(k[start], end &- start)
          start = end
        }
      }
    case .tally(let base, let counts):
      counts.withUnsafeBufferPointer { c in
        for i in c.indices where c[i] > 0 { body(tallyKey(base, i), c[i]) }
      }
    }
  }

  /// The key of the value with this rank (0-based, ascending); requires `rank < count`.
  func key(atRank rank: Int) -> UInt64 {
    switch storage {
    case .keys(let keys): return keys[rank]
    case .tally(let base, let counts):
      var seen = 0
      for (i, n) in counts.enumerated() {
        seen += n
        if seen > rank { return tallyKey(base, i) }
      }
      return tallyKey(base, counts.count - 1)
    }
  }

  /// Smallest and largest key, or nil when there are no values.
  var extremeKeys: (min: UInt64, max: UInt64)? {
    guard count > 0 else { return nil }
    switch storage {
    case .keys(let keys): return (keys[0], keys[count - 1])
    case .tally(let base, let counts):
      let first = counts.firstIndex { $0 > 0 } ?? 0, last = counts.lastIndex { $0 > 0 } ?? 0
      return (tallyKey(base, first), tallyKey(base, last))
    }
  }

  /// Number of distinct values.
  var distinctCount: Int {
    switch storage {
    case .keys(let keys):
      return keys.withUnsafeBufferPointer { k in
        guard !k.isEmpty else { return 0 }
        var distinct = 1
        for i in 1..<k.count where k[i] != k[i - 1] { distinct &+= 1 }
        return distinct
      }
    case .tally(_, let counts):
      return counts.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
    }
  }

  /// The `q`-quantile (0...1) by linear interpolation between closest ranks, computed the
  /// way numpy's default `percentile` does; nil when there are no values.
  func quantile(_ q: Double) -> Double? {
    guard count > 0 else { return nil }
    let virtualIndex = Double(count) * q + (1 + q * -1) - 1
    let lower = min(max(0, Int(virtualIndex.rounded(.down))), count - 1)
    let upper = min(lower + 1, count - 1)
    let gamma = virtualIndex - virtualIndex.rounded(.down)
    return LinearQuantile.interpolate(double(key(atRank: lower)), double(key(atRank: upper)), gamma: gamma)
  }

  /// The median as a value: for dates, timestamps and durations the earlier of the two middle
  /// values when the count is even.
  var median: Value {
    guard count > 0 else { return .null }
    switch type {
    case .int, .double: return quantile(0.5).map(Value.double) ?? .null
    case .date, .timestamp, .duration: return value(key(atRank: (count - 1) / 2))
    case .bool, .string: return .null
    }
  }

  /// Mean and sample standard deviation (n − 1), by two compensated passes; std is nil below two
  /// values. A run of equal values adds exactly what its rows would add one by one (its value
  /// times its length, with the product's rounding error as a second term), so the sums do not
  /// depend on how the values are grouped: a database adds the rows themselves.
  ///
  /// Values beyond 2^±400 are summed divided by a power of two near the largest magnitude, so their
  /// sum and squares neither overflow nor underflow; dividing by a power of two is exact, so the
  /// result is what the plain sums give whenever they stay in range.
  var meanAndStandardDeviation: (mean: Double?, std: Double?) {
    guard let extremes = extremeKeys else { return (nil, nil) }
    let largest = max(abs(double(extremes.min)), abs(double(extremes.max)))
    let scale =
      largest.isFinite && (largest > 0x1p400 || (largest > 0 && largest < 0x1p-400))
      ? Double(sign: .plus, exponent: largest.exponent, significand: 1) : 1
    var sum = CompensatedSum()
    forEachRun { key, length in sum.add(double(key) / scale, times: Double(length)) }
    let mean = sum.total / Double(count)
    guard count > 1 else { return (mean * scale, nil) }
    var squares = CompensatedSum()
    forEachRun { key, length in
      let deviation = double(key) / scale - mean
      squares.add(deviation * deviation, times: Double(length))
    }
    return (mean * scale, (squares.total / Double(count - 1)).squareRoot() * scale)
  }
}

/// A running sum with Neumaier compensation, so long sums keep their low-order digits.
struct CompensatedSum {
  private var sum = 0.0
  private var compensation = 0.0

  /// Adds a term.
  @inline(__always) mutating func add(_ x: Double) {
    let t = sum + x
    compensation += abs(sum) >= abs(x) ? (sum - t) + x : (x - t) + sum
    sum = t
  }

  /// Adds `x · n` exactly: the rounded product and its rounding error (none for an infinite product).
  @inline(__always) mutating func add(_ x: Double, times n: Double) {
    let product = x * n
    add(product)
    if product.isFinite { add((-product).addingProduct(x, n)) }
  }

  /// The sum so far: infinite once an infinity is added (NaN once both are), as a plain sum is.
  var total: Double { sum.isFinite ? sum + compensation : sum }
}
