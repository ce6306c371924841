import AssayAnalysis
import AssayCore

/// A database sheet computes its summaries in the engine, through `SQLAggregates`.
extension DatabaseTable: Aggregating {
  /// `SQLAggregates.describe`.
  public func describe(columns: [String]?, monitor: WorkMonitor?) throws -> [ColumnSummary] {
    try aggregates.describe(columns: columns, monitor: monitor)
  }

  /// `SQLAggregates.frequency(column:monitor:)`.
  public func frequency(column: String, monitor: WorkMonitor?) throws -> Table {
    try aggregates.frequency(column: column, monitor: monitor)
  }

  /// `SQLAggregates.frequency(column:by:monitor:)`.
  public func frequency(column: String, by part: CalendarPart, monitor: WorkMonitor?) throws -> Table {
    try aggregates.frequency(column: column, by: part, monitor: monitor)
  }

  /// `SQLAggregates.histogram`.
  public func histogram(column: String, rule: BinRule) throws -> Histogram {
    try aggregates.histogram(column: column, rule: rule)
  }

  /// `SQLAggregates.boxes`.
  public func boxes(values: String, groups: String?) throws -> (boxes: [BoxSummary], skipped: SkippedRows) {
    try aggregates.boxes(values: values, groups: groups)
  }

  /// `SQLAggregates.bins2D`.
  public func bins2D(x: String, y: String) throws -> PairBins {
    try aggregates.bins2D(x: x, y: y)
  }

  /// `SQLAggregates.sample`.
  public func sample(rows: Int, seed: UInt64, complete: [String]) throws -> RowSample {
    try aggregates.sample(rows: rows, seed: seed, complete: complete)
  }
}
