import AssayCore

/// Reads the non-null values of a numeric, time or bool column straight from its typed chunk
/// buffers, for `SortedNumbers`.
enum NumberGathering {
  /// Smallest and largest value and the count of non-null values of an int, date or bool column;
  /// nil for other types or when every row is null.
  static func integerRange(_ column: Column) -> (min: Int64, max: Int64, count: Int)? {
    var low = Int64.max, high = Int64.min, count = 0
    forEachInteger(in: column) { value in
      low = Swift.min(low, value)
      high = Swift.max(high, value)
      count &+= 1
    }
    return count > 0 ? (low, high, count) : nil
  }

  /// How many values equal `base + i`, for each i below `size`.
  static func tally(_ column: Column, base: Int64, size: Int) -> [Int] {
    counters(size) { c in forEachInteger(in: column) { value in c[Int(value &- base)] &+= 1 } }
  }

  /// `size` counters from zero, counted by `count`.
  @inline(__always) private static func counters(
    _ size: Int, _ count: (UnsafeMutableBufferPointer<Int>) -> Void
  ) -> [Int] {
    [Int](unsafeUninitializedCapacity: size) { c, initialized in
      HugePageArrays.advise(c)
      c.initialize(repeating: 0)
      count(c)
      initialized = size
    }
  }

  /// When every non-NaN value of a double column is an integer over one power of ten (a decimal of
  /// at most six places, as most data files hold), that power and the integers' range; nil otherwise.
  /// `Double(integer) / scale` gives each value back exactly, so the integers can stand for the values.
  static func decimalRange(_ column: Column) -> (scale: Double, min: Int64, max: Int64, count: Int)? {
    guard column.type == .double, let scale = decimalScale(column) else { return nil }
    var low = Int64.max, high = Int64.min, count = 0, exact = true
    forEachDouble(in: column) { value in
      guard exact, !value.isNaN else { return }
      guard let integer = scaled(value, by: scale) else {
        exact = false
        return
      }
      low = Swift.min(low, integer)
      high = Swift.max(high, integer)
      count &+= 1
    }
    return exact && count > 0 ? (scale, low, high, count) : nil
  }

  /// How many values equal `(base + i) / scale`, for each i below `size`; requires `decimalRange`'s scale.
  static func decimalTally(_ column: Column, scale: Double, base: Int64, size: Int) -> [Int] {
    counters(size) { c in
      forEachDouble(in: column) { value in
        if let integer = scaled(value, by: scale) { c[Int(integer &- base)] &+= 1 }
      }
    }
  }

  /// The smallest power of ten that turns each of the first values into an integer exactly.
  private static func decimalScale(_ column: Column) -> Double? {
    var sample: [Double] = []
    for chunk in column.chunks {
      guard case .double(let values) = chunk.values else { continue }
      for (row, value) in values.enumerated() {
        if sample.count == 256 { break }
        if chunk.validity?.isValid(row) ?? true, !value.isNaN { sample.append(value) }
      }
    }
    return [1, 10, 100, 1e3, 1e4, 1e5, 1e6].first { scale in
      sample.allSatisfy { scaled($0, by: scale) != nil }
    }
  }

  /// `value × scale` as an integer when that gives `value` back exactly on division; nil otherwise.
  @inline(__always) private static func scaled(_ value: Double, by scale: Double) -> Int64? {
    // Adding and taking away 1.5 × 2^52 rounds to the nearest integer without a library call.
    let product = value * scale
    guard abs(product) < 0x1p51 else { return nil }
    let integer = (product + 0x1.8p52) - 0x1.8p52
    guard integer / scale == value else { return nil }
    return Int64(integer)
  }

  /// The ordered keys of the non-null, non-NaN values, unsorted.
  static func keys(_ column: Column) -> [UInt64] {
    // An empty column: creating an array with a capacity of 0 writes the standard library's one
    // shared empty array, which columns described on other threads share.
    guard column.count > 0 else { return [] }
    return [UInt64](unsafeUninitializedCapacity: column.count) { out, initialized in
      HugePageArrays.advise(out)
      var end = 0
      for chunk in column.chunks {
        if case .double(let a) = chunk.values {
          visit(a, chunk.validity) { value in
            if !value.isNaN {
              out[end] = OrderedKey.of(value)
              end &+= 1
            }
          }
        }
      }
      forEachInteger(in: column) { value in
        out[end] = OrderedKey.of(value)
        end &+= 1
      }
      initialized = end
    }
  }

  /// Calls `body` with every non-null value of the int, date, timestamp, duration and bool chunks
  /// of a column.
  @inline(__always) private static func forEachInteger(in column: Column, _ body: (Int64) -> Void) {
    for chunk in column.chunks {
      switch chunk.values {
      case .int(let a): visit(a, chunk.validity, body)
      case .date(let a): visit(a, chunk.validity) { body(Int64($0)) }
      case .timestamp(let a, _), .duration(let a): visit(a, chunk.validity, body)
      case .bool(let a): visit(a, chunk.validity) { body($0 ? 1 : 0) }
      case .double, .string: continue
      }
    }
  }

  /// Calls `body` with every non-null value of the double chunks of a column, NaN included.
  @inline(__always) private static func forEachDouble(in column: Column, _ body: (Double) -> Void) {
    for chunk in column.chunks {
      if case .double(let a) = chunk.values { visit(a, chunk.validity, body) }
    }
  }

  @inline(__always) private static func visit<T>(
    _ values: [T], _ validity: ValidityBitmap?, _ body: (T) -> Void
  ) {
    values.withUnsafeBufferPointer { buffer in
      if let validity {
        for i in buffer.indices where validity.isValid(i) { body(buffer[i]) }
      } else {
        for value in buffer { body(value) }
      }
    }
  }
}
