import AssayCore

/// Summary statistics of one column, as `describe` shows them.
public struct ColumnSummary: Sendable, Equatable {
  /// The column's name.
  public var name: String
  /// The column's type.
  public var type: ColumnType
  /// Number of non-null values (NaN counts as null).
  public var count: Int
  /// Number of null rows (NaN included).
  public var nulls: Int
  /// Number of distinct non-null values.
  public var distinct: Int
  /// Smallest value (strings by code points); `.null` when there is none.
  public var min: Value
  /// Largest value; `.null` when there is none.
  public var max: Value
  /// Arithmetic mean, for int and double columns.
  public var mean: Double?
  /// Sample standard deviation (n − 1), for int and double columns with at least two values.
  public var std: Double?
  /// Median: a double for int and double columns, a date for date columns (the earlier middle
  /// date when the count is even), `.null` otherwise.
  public var median: Value

  /// A summary from its parts.
  public init(
    name: String, type: ColumnType, count: Int, nulls: Int, distinct: Int, min: Value, max: Value,
    mean: Double?, std: Double?, median: Value
  ) {
    self.name = name
    self.type = type
    self.count = count
    self.nulls = nulls
    self.distinct = distinct
    self.min = min
    self.max = max
    self.mean = mean
    self.std = std
    self.median = median
  }

  /// The summary of `column` before any value is looked at: every row counted as null.
  init(_ column: Column) {
    self.init(
      name: column.name, type: column.type, count: 0, nulls: column.count, distinct: 0, min: .null,
      max: .null,
      mean: nil, std: nil, median: .null)
  }
}
