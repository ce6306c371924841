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
  /// Median: a double for int and double columns, a value of the column's type for date,
  /// timestamp and duration columns (the earlier middle value when the count is even), `.null`
  /// otherwise.
  public var median: Value
  /// For date and timestamp columns, the time from min to max as a `.duration`; `.null` otherwise.
  public var span: Value = .null
  /// How the source wrote a date or timestamp column's values (`Column.sourceFormat`), if named.
  public var format: String?

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
    format = column.sourceFormat
  }
}
