import AssayCore

/// Numbers a histogram can bin: a count, their extremes, the interquartile range, and a pass over
/// them (value, multiplicity) in any order.
protocol BinnableNumbers {
  /// Values (non-null, non-NaN).
  var count: Int { get }
  /// Rows that were null or NaN.
  var missingCount: Int { get }
  /// Smallest and largest value, or nil when there are none.
  var bounds: (low: Double, high: Double)? { get }
  /// Third minus first quartile, each as numpy.percentile's default computes it (may reorder).
  mutating func interquartileRange() -> Double
  /// Calls `body` with every value (or run of equal values) and how many times it occurs.
  func forEachValue(_ body: (Double, Int) -> Void)
}

extension SortedNumbers: BinnableNumbers {
  var bounds: (low: Double, high: Double)? {
    extremeKeys.map { (double($0.min), double($0.max)) }
  }

  func interquartileRange() -> Double { (quantile(0.75) ?? 0) - (quantile(0.25) ?? 0) }

  func forEachValue(_ body: (Double, Int) -> Void) {
    forEachRun { key, length in body(double(key), length) }
  }
}

/// The non-NaN values of a double column in one buffer, gathered in a single pass over the typed
/// chunks with their extremes: a histogram needs no sort, only two selections for its quartiles.
struct GatheredDoubles: BinnableNumbers {
  /// The values, in row order until the quartiles are selected.
  private(set) var values: [Double]
  /// Rows that were null or NaN.
  let missingCount: Int
  /// Smallest and largest value, or nil when there are none.
  let bounds: (low: Double, high: Double)?

  /// Gathers a double column; nil for other types.
  init?(_ column: Column) {
    guard column.type == .double else { return nil }
    var low = Double.infinity, high = -Double.infinity
    values = [Double](unsafeUninitializedCapacity: column.count) { out, initialized in
      var end = 0
      for chunk in column.chunks {
        guard case .double(let a) = chunk.values else { continue }
        a.withUnsafeBufferPointer { b in
          for i in b.indices where !b[i].isNaN && (chunk.validity?.isValid(i) ?? true) {
            let v = b[i]
            out[end] = v
            end &+= 1
            low = Swift.min(low, v)
            high = Swift.max(high, v)
          }
        }
      }
      initialized = end
    }
    missingCount = column.count - values.count
    bounds = values.isEmpty ? nil : (low, high)
  }

  var count: Int { values.count }

  mutating func interquartileRange() -> Double {
    values.withUnsafeMutableBufferPointer { a in
      GatheredDoubles.percentile(a, 0.75) - GatheredDoubles.percentile(a, 0.25)
    }
  }

  func forEachValue(_ body: (Double, Int) -> Void) {
    values.withUnsafeBufferPointer { b in
      for v in b { body(v, 1) }
    }
  }

  /// The q-quantile by linear interpolation between closest ranks, as numpy.percentile's default;
  /// reorders the buffer (which must not be empty).
  static func percentile(_ a: UnsafeMutableBufferPointer<Double>, _ q: Double) -> Double {
    let quantile = LinearQuantile(q, count: a.count)
    let lower = quantile.lowerRank
    let below = select(a, rank: lower)
    var above = below
    if lower + 1 < a.count {
      above = a[lower + 1]
      for i in (lower + 1)..<a.count where a[i] < above { above = a[i] }
    }
    return quantile.value(below: below, above: above)
  }

  /// The value of the given rank (0-based, ascending), by quickselect with random pivots; leaves
  /// every value before it no larger and every value after it no smaller.
  static func select(_ a: UnsafeMutableBufferPointer<Double>, rank: Int) -> Double {
    var random = SeededRandom(seed: 0x5EED)
    var low = 0, high = a.count - 1
    while low < high {
      let pivot = a[low + Int(random.next() % UInt64(high - low + 1))]
      var i = low, j = high
      while i <= j {
        while a[i] < pivot { i &+= 1 }
        while a[j] > pivot { j &-= 1 }
        if i <= j {
          a.swapAt(i, j)
          i &+= 1
          j &-= 1
        }
      }
      if rank <= j {
        high = j
      } else if rank >= i {
        low = i
      } else {
        return a[rank]
      }
    }
    return a[rank]
  }
}
