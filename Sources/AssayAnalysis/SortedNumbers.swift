import AssayCore

/// The non-null values of a numeric, date or bool column, sorted ascending, held as ordered
/// keys. One radix sort gives min, max, median, quantiles and the distinct count together.
/// NaN is treated as missing, as most data tools do, and counted with the nulls.
struct SortedNumbers: Sendable {
  /// The column's type, which says how keys decode.
  let type: ColumnType
  /// The sorted keys, one per non-null, non-NaN value.
  let keys: [UInt64]
  /// Rows that were null or NaN.
  let missingCount: Int

  /// Gathers and sorts the values of `column`; nil for string columns.
  init?(_ column: Column) {
    guard column.type != .string else { return nil }
    type = column.type
    var keys = [UInt64]()
    keys.reserveCapacity(column.count - column.nullCount)
    for chunk in column.chunks { SortedNumbers.appendKeys(of: chunk, to: &keys) }
    missingCount = column.count - keys.count
    RadixSort.sort(&keys)
    self.keys = keys
  }

  /// Number of values.
  var count: Int { keys.count }

  /// The key as a double (dates as day numbers, bools as 0 and 1).
  @inline(__always) func double(_ key: UInt64) -> Double {
    type == .double ? OrderedKey.double(key) : Double(OrderedKey.int(key))
  }

  /// The key as a value of the column's type.
  func value(_ key: UInt64) -> Value {
    switch type {
    case .double: return .double(OrderedKey.double(key))
    case .int: return .int(OrderedKey.int(key))
    case .date: return .date(Int32(truncatingIfNeeded: OrderedKey.int(key)))
    case .bool: return .bool(OrderedKey.int(key) != 0)
    case .string: return .null
    }
  }

  /// Number of distinct values.
  var distinctCount: Int {
    keys.withUnsafeBufferPointer { k in
      guard !k.isEmpty else { return 0 }
      var distinct = 1
      for i in 1..<k.count where k[i] != k[i - 1] { distinct &+= 1 }
      return distinct
    }
  }

  /// The `q`-quantile (0...1) by linear interpolation between closest ranks, computed the
  /// way numpy's default `percentile` does; nil when there are no values.
  func quantile(_ q: Double) -> Double? {
    guard !keys.isEmpty else { return nil }
    let virtualIndex = Double(keys.count) * q + (1 + q * -1) - 1
    let lower = min(max(0, Int(virtualIndex.rounded(.down))), keys.count - 1)
    let upper = min(lower + 1, keys.count - 1)
    let gamma = virtualIndex - virtualIndex.rounded(.down)
    let a = double(keys[lower]), b = double(keys[upper])
    let difference = b - a
    return gamma >= 0.5 ? b - difference * (1 - gamma) : a + difference * gamma
  }

  /// The median as a value: for dates the earlier of the two middle dates when the count is even.
  var median: Value {
    guard !keys.isEmpty else { return .null }
    switch type {
    case .int, .double: return quantile(0.5).map(Value.double) ?? .null
    case .date: return value(keys[(keys.count - 1) / 2])
    case .bool, .string: return .null
    }
  }

  /// Mean and sample standard deviation (n − 1), by two passes; std is nil below two values.
  var meanAndStandardDeviation: (mean: Double?, std: Double?) {
    keys.withUnsafeBufferPointer { k in
      guard !k.isEmpty else { return (nil, nil) }
      var sum = 0.0, compensation = 0.0
      for key in k { neumaierAdd(double(key), to: &sum, compensation: &compensation) }
      let mean = (sum + compensation) / Double(k.count)
      guard k.count > 1 else { return (mean, nil) }
      var squares = 0.0, squaresCompensation = 0.0
      for key in k {
        let deviation = double(key) - mean
        neumaierAdd(deviation * deviation, to: &squares, compensation: &squaresCompensation)
      }
      return (mean, ((squares + squaresCompensation) / Double(k.count - 1)).squareRoot())
    }
  }

  @inline(__always) private func neumaierAdd(_ x: Double, to sum: inout Double, compensation: inout Double) {
    let t = sum + x
    compensation += abs(sum) >= abs(x) ? (sum - t) + x : (x - t) + sum
    sum = t
  }

  private static func appendKeys(of chunk: ColumnChunk, to keys: inout [UInt64]) {
    let validity = chunk.validity
    switch chunk.values {
    case .double(let a):
      a.withUnsafeBufferPointer { buffer in
        for i in buffer.indices where !buffer[i].isNaN && validity?.isValid(i) ?? true {
          keys.append(OrderedKey.of(buffer[i]))
        }
      }
    case .int(let a):
      a.withUnsafeBufferPointer { buffer in
        for i in buffer.indices where validity?.isValid(i) ?? true { keys.append(OrderedKey.of(buffer[i])) }
      }
    case .date(let a):
      a.withUnsafeBufferPointer { buffer in
        for i in buffer.indices where validity?.isValid(i) ?? true {
          keys.append(OrderedKey.of(Int64(buffer[i])))
        }
      }
    case .bool(let a):
      a.withUnsafeBufferPointer { buffer in
        for i in buffer.indices where validity?.isValid(i) ?? true {
          keys.append(OrderedKey.of(Int64(buffer[i] ? 1 : 0)))
        }
      }
    case .string:
      return
    }
  }
}
