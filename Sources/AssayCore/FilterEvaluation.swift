extension FilterExpression {
  /// The rows of `table` for which the expression holds, in table order. With a monitor, each
  /// comparison reports its rows, and a stopped monitor ends the evaluation with `CancellationError`.
  public func rows(in table: Table, monitor: WorkMonitor? = nil) throws -> [Int] {
    let flags = try mask(in: table, monitor: monitor)
    var rows: [Int] = []
    for (row, holds) in flags.enumerated() where holds { rows.append(row) }
    return rows
  }

  /// Per row of `table`: whether the expression holds. Comparisons null rows never satisfy,
  /// except `== null`.
  public func mask(in table: Table, monitor: WorkMonitor? = nil) throws -> [Bool] {
    switch self {
    case .and(let terms):
      return try Self.combined(terms, empty: true, in: table, monitor: monitor) { $0 && $1 }
    case .or(let terms):
      return try Self.combined(terms, empty: false, in: table, monitor: monitor) { $0 || $1 }
    case .not(let a): return try a.mask(in: table, monitor: monitor).map { !$0 }
    case .comparison(let index, let op, let constant):
      guard table.columns.indices.contains(index) else {
        return [Bool](repeating: false, count: table.rowCount)
      }
      try monitor?.checkStopped()
      let mask = try ComparisonMask.compute(table.columns[index], op, constant, monitor: monitor)
      monitor?.advance(rows: table.rowCount)
      return mask
    }
  }

  /// The masks of `terms` folded row by row with `combine`, one term after another.
  private static func combined(
    _ terms: [FilterExpression], empty: Bool, in table: Table, monitor: WorkMonitor?,
    _ combine: (Bool, Bool) -> Bool
  ) throws -> [Bool] {
    // No terms hold for every row (`and`) or for none (`or`).
    guard let first = terms.first else { return [Bool](repeating: empty, count: table.rowCount) }
    var mask = try first.mask(in: table, monitor: monitor)
    for term in terms.dropFirst() {
      for (row, holds) in try term.mask(in: table, monitor: monitor).enumerated() {
        mask[row] = combine(mask[row], holds)
      }
    }
    return mask
  }

  /// Number of comparisons in the expression (each is one pass over its column).
  public var comparisonCount: Int {
    switch self {
    case .and(let terms), .or(let terms): return terms.reduce(0) { $0 + $1.comparisonCount }
    case .not(let a): return a.comparisonCount
    case .comparison: return 1
    }
  }
}

/// Evaluates one comparison over a column's typed chunks.
enum ComparisonMask {
  static func compute(
    _ column: Column, _ op: FilterOperator, _ constant: FilterConstant, monitor: WorkMonitor?
  )
    throws -> [Bool]
  {
    var mask: [Bool] = []
    mask.reserveCapacity(column.count)
    switch constant {
    case .null:
      for chunk in column.chunks {
        for i in 0..<chunk.count { mask.append(chunk.isNull(i) == (op == .equal)) }
      }
    case .pattern(let pattern):
      return try PatternMatcher(pattern: pattern).mask(column, monitor: monitor)
    case .number(let number):
      for chunk in column.chunks {
        try monitor?.checkStopped()
        switch chunk.values {
        case .double(let values):
          appendNumberComparisons(values, chunk: chunk, number: number, op: op, to: &mask) { $0 }
        case .int(let values):
          appendNumberComparisons(values, chunk: chunk, number: number, op: op, to: &mask) { Double($0) }
        default:
          appendDoubleComparisons(chunk, number: number, op: op, to: &mask)
        }
      }
    case .integer(let whole):
      for chunk in column.chunks {
        try monitor?.checkStopped()
        guard case .int(let values) = chunk.values else {
          appendDoubleComparisons(chunk, number: Double(whole), op: op, to: &mask)
          continue
        }
        values.withUnsafeBufferPointer { values in
          for i in values.indices {
            mask.append(chunk.validity?.isValid(i) != false && holds(op, order(values[i], whole)))
          }
        }
      }
    case .time(let micros, let hasZone):
      let instant = hasZone ? micros : micros - (column.timeZone?.seconds ?? 0) * TimeText.microsPerSecond
      for chunk in column.chunks {
        switch chunk.values {
        case .date(let days):
          appendInstantComparisons(days, chunk: chunk, instant: instant, op: op, to: &mask) {
            Int64($0) * TimeText.microsPerDay
          }
        case .timestamp(let micros, _):
          appendInstantComparisons(micros, chunk: chunk, instant: instant, op: op, to: &mask) { $0 }
        default: continue
        }
      }
    case .text(let text):
      let target = Array(text.utf8)
      for chunk in column.chunks {
        guard case .string(let storage) = chunk.values else { continue }
        appendTextComparisons(storage, chunk: chunk, target: target, op: op, to: &mask)
      }
    }
    return mask
  }

  private static func appendNumberComparisons<T>(
    _ values: [T], chunk: ColumnChunk, number: Double, op: FilterOperator, to mask: inout [Bool],
    _ toDouble: (T) -> Double
  ) {
    values.withUnsafeBufferPointer { values in
      if let validity = chunk.validity {
        for i in values.indices {
          mask.append(
            validity.isValid(i) && !toDouble(values[i]).isNaN && holds(op, order(toDouble(values[i]), number))
          )
        }
      } else {
        for x in values { mask.append(!toDouble(x).isNaN && holds(op, order(toDouble(x), number))) }
      }
    }
  }

  /// A chunk of another kind (booleans, durations) compared through its values as doubles.
  private static func appendDoubleComparisons(
    _ chunk: ColumnChunk, number: Double, op: FilterOperator, to mask: inout [Bool]
  ) {
    for i in 0..<chunk.count {
      mask.append(chunk.double(at: i).map { holds(op, order($0, number)) } ?? false)
    }
  }

  private static func appendInstantComparisons<T>(
    _ values: [T], chunk: ColumnChunk, instant: Int64, op: FilterOperator, to mask: inout [Bool],
    _ toMicros: (T) -> Int64
  ) {
    for i in values.indices {
      let micros = toMicros(values[i])
      mask.append(!chunk.isNull(i) && holds(op, order(micros, instant)))
    }
  }

  private static func order<T: Comparable>(_ x: T, _ y: T) -> Int { x == y ? 0 : (x < y ? -1 : 1) }

  private static func appendTextComparisons(
    _ storage: StringStorage, chunk: ColumnChunk, target: [UInt8], op: FilterOperator, to mask: inout [Bool]
  ) {
    switch storage {
    case .dictionary(let codes, let dictionary):
      let byCode = dictionary.map { holds(op, compare(Array($0.utf8)[...], target)) }
      for i in 0..<chunk.count {
        let code = Int(codes[i])
        mask.append(!chunk.isNull(i) && code < byCode.count && byCode[code])
      }
    case .packed(let bytes, let offsets):
      for i in 0..<chunk.count {
        let cell = bytes[Int(offsets[i])..<Int(offsets[i + 1])]
        mask.append(!chunk.isNull(i) && holds(op, compare(cell, target)))
      }
    }
  }

  /// −1, 0 or 1 as `a` sorts before, equal to, or after `b`, byte by byte.
  private static func compare(_ a: ArraySlice<UInt8>, _ b: [UInt8]) -> Int {
    if a.elementsEqual(b) { return 0 }
    return a.lexicographicallyPrecedes(b) ? -1 : 1
  }

  private static func holds(_ op: FilterOperator, _ order: Int) -> Bool {
    switch op {
    case .equal: return order == 0
    case .notEqual: return order != 0
    case .less: return order < 0
    case .lessOrEqual: return order <= 0
    case .greater: return order > 0
    case .greaterOrEqual: return order >= 0
    case .matches: return false
    }
  }
}
