/// The range of one column's values over a block of rows (a Parquet row group, a partition), as a
/// file's statistics give it: what rules the block out of a filter without reading it.
public struct ColumnBounds: Sendable, Equatable {
  /// A bound, in the terms a filter compares in.
  public enum Bound: Sendable, Equatable {
    /// A number (bools as 0 and 1, durations in seconds).
    case number(Double)
    /// An instant in microseconds since 1970 (a date as its midnight).
    case time(Int64)
    /// UTF-8 text, compared byte by byte.
    case text([UInt8])
  }

  /// The smallest value, when known (nil: unknown, or no value).
  public var minimum: Bound?
  /// The largest value, when known (nil: unknown, or no value).
  public var maximum: Bound?
  /// Null rows, when known.
  public var nulls: Int?
  /// Rows in the block.
  public var rows: Int
  /// For zone-aware timestamps, the offset east of UTC (seconds) they are shown at: a filter's
  /// time written without a zone is a wall-clock time there, as `FilterEvaluation` reads it.
  public var shownOffset: Int64 = 0

  /// Bounds from their parts.
  public init(minimum: Bound?, maximum: Bound?, nulls: Int?, rows: Int) {
    self.minimum = minimum
    self.maximum = maximum
    self.nulls = nulls
    self.rows = rows
  }
}

extension FilterExpression {
  /// False only when no row of a block can satisfy the expression, judged from `bounds` (the
  /// bounds of the block's column at an index, nil when unknown); true whenever it cannot tell.
  public func mayHold(_ bounds: (Int) -> ColumnBounds?) -> Bool {
    switch self {
    case .and(let terms): return terms.allSatisfy { $0.mayHold(bounds) }
    case .or(let terms): return terms.isEmpty || terms.contains { $0.mayHold(bounds) }
    case .not: return true
    case .comparison(let column, let op, let constant):
      guard let block = bounds(column) else { return true }
      return Self.mayHold(op, constant, block)
    }
  }

  private static func mayHold(_ op: FilterOperator, _ constant: FilterConstant, _ block: ColumnBounds) -> Bool
  {
    let target: ColumnBounds.Bound
    switch constant {
    case .null:
      guard let nulls = block.nulls else { return true }
      return op == .equal ? nulls > 0 : nulls < block.rows
    case .pattern: return true
    case .number(let x): target = .number(x)
    // Bounds are doubles: from 2^53 on, a bound may have rounded onto a whole number it differs from.
    case .integer(let x):
      guard x.magnitude < 1 << 53 else { return true }
      target = .number(Double(x))
    case .time(let micros, let hasZone):
      target = .time(hasZone ? micros : micros - block.shownOffset * TimeText.microsPerSecond)
    case .text(let text): target = .text(Array(text.utf8))
    }
    // Nulls satisfy no comparison with a value: a block of nulls only holds no match.
    if let nulls = block.nulls, nulls == block.rows { return false }
    guard let low = block.minimum, let high = block.maximum,
      let fromLow = order(low, target), let fromHigh = order(high, target)
    else { return true }
    switch op {
    case .equal: return fromLow <= 0 && fromHigh >= 0
    case .notEqual: return !(fromLow == 0 && fromHigh == 0)
    case .less: return fromLow < 0
    case .lessOrEqual: return fromLow <= 0
    case .greater: return fromHigh > 0
    case .greaterOrEqual: return fromHigh >= 0
    case .matches: return true
    }
  }

  /// -1, 0 or 1 as `a` is below, at or above `b`; nil when they are not comparable.
  private static func order(_ a: ColumnBounds.Bound, _ b: ColumnBounds.Bound) -> Int? {
    switch (a, b) {
    case (.number(let x), .number(let y)): return x.isNaN || y.isNaN ? nil : (x < y ? -1 : x > y ? 1 : 0)
    case (.time(let x), .time(let y)): return x < y ? -1 : x > y ? 1 : 0
    case (.text(let x), .text(let y)):
      return x == y ? 0 : x.lexicographicallyPrecedes(y) ? -1 : 1
    default: return nil
    }
  }
}
