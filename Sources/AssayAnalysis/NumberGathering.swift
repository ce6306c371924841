import AssayCore

/// Reads the non-null values of a numeric, date or bool column straight from its typed chunk
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
    [Int](unsafeUninitializedCapacity: size) { c, initialized in
      HugePageArrays.advise(c)
      c.initialize(repeating: 0)
      forEachInteger(in: column) { value in c[Int(value &- base)] &+= 1 }
      initialized = size
    }
  }

  /// The ordered keys of the non-null, non-NaN values, unsorted.
  static func keys(_ column: Column) -> [UInt64] {
    [UInt64](unsafeUninitializedCapacity: column.count) { out, initialized in
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

  /// Calls `body` with every non-null value of the int, date and bool chunks of a column.
  @inline(__always) private static func forEachInteger(in column: Column, _ body: (Int64) -> Void) {
    for chunk in column.chunks {
      switch chunk.values {
      case .int(let a): visit(a, chunk.validity, body)
      case .date(let a): visit(a, chunk.validity) { body(Int64($0)) }
      case .bool(let a): visit(a, chunk.validity) { body($0 ? 1 : 0) }
      case .double, .string: continue
      }
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
