/// The typed values of one contiguous run of rows of a column.
public enum ChunkValues: Sendable, Equatable {
  /// Booleans.
  case bool([Bool])
  /// 64-bit integers.
  case int([Int64])
  /// Doubles.
  case double([Double])
  /// Dates as days since 1970-01-01.
  case date([Int32])
  /// Instants as microseconds since 1970-01-01T00:00:00Z, and how they are shown.
  case timestamp([Int64], TimeZoneForm)
  /// Durations in microseconds.
  case duration([Int64])
  /// Text.
  case string(StringStorage)

  /// The column type these values carry.
  public var type: ColumnType {
    switch self {
    case .bool: return .bool
    case .int: return .int
    case .double: return .double
    case .date: return .date
    case .timestamp: return .timestamp
    case .duration: return .duration
    case .string: return .string
    }
  }

  /// Number of rows.
  public var count: Int {
    switch self {
    case .bool(let a): return a.count
    case .int(let a): return a.count
    case .double(let a): return a.count
    case .date(let a): return a.count
    case .timestamp(let a, _), .duration(let a): return a.count
    case .string(let s): return s.count
    }
  }
}

/// A contiguous run of rows of one column: typed values plus which of them are null.
/// A null row's slot in `values` holds an unspecified placeholder.
public struct ColumnChunk: Sendable, Equatable {
  /// The values, one slot per row.
  public let values: ChunkValues
  /// Which rows are valid; nil when none is null.
  public let validity: ValidityBitmap?

  /// A chunk from its values and validity (nil = all valid).
  public init(values: ChunkValues, validity: ValidityBitmap?) {
    self.values = values
    self.validity = validity
  }

  /// Number of rows.
  public var count: Int { values.count }

  /// Number of null rows.
  public var nullCount: Int { validity?.nullCount ?? 0 }

  /// True when row i is null.
  @inlinable public func isNull(_ i: Int) -> Bool {
    guard let validity else { return false }
    return !validity.isValid(i)
  }

  /// Row i as a `Value`.
  public func value(at i: Int) -> Value {
    if isNull(i) { return .null }
    switch values {
    case .bool(let a): return .bool(a[i])
    case .int(let a): return .int(a[i])
    case .double(let a): return .double(a[i])
    case .date(let a): return .date(a[i])
    case .timestamp(let a, let zone): return .timestamp(Timestamp(microseconds: a[i], zone: zone))
    case .duration(let a): return .duration(a[i])
    case .string(let s): return .string(s.string(at: i))
    }
  }

  /// Row i as a double when the chunk is numeric (int, double, date, timestamp, duration, bool) and
  /// the row not null; timestamps and durations in seconds, as `Value.doubleValue`.
  @inlinable public func double(at i: Int) -> Double? {
    if isNull(i) { return nil }
    switch values {
    case .int(let a): return Double(a[i])
    case .double(let a): return a[i]
    case .date(let a): return Double(a[i])
    case .timestamp(let a, _), .duration(let a): return Double(a[i]) / 1e6
    case .bool(let a): return a[i] ? 1 : 0
    case .string: return nil
    }
  }
}
