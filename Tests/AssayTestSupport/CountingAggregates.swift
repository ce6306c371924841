import AssayAnalysis
import AssayCore
import Synchronization

/// An `Aggregating` that answers as a table in memory does and counts the calls of each method,
/// so that a test can prove that a command or a screen asks the seam rather than the table.
public final class CountingAggregates: Aggregating {
  /// The seam's methods.
  public enum Call: Sendable, Hashable, CaseIterable {
    /// `describe(columns:monitor:)`.
    case describe
    /// `frequency(column:monitor:)`.
    case frequency
    /// `histogram(column:rule:)`.
    case histogram
    /// `boxes(values:groups:)`.
    case boxes
    /// `bins2D(x:y:)`.
    case bins2D
    /// `sample(rows:seed:complete:)`.
    case sample
  }

  private let table: TableAggregates
  private let counts = Mutex<[Call: Int]>([:])

  /// A seam over `table` that has not been called.
  public init(_ table: Table) { self.table = TableAggregates(table) }

  /// How many times `call` was made.
  public func calls(_ call: Call) -> Int { counts.withLock { $0[call, default: 0] } }

  private func count(_ call: Call) { counts.withLock { $0[call, default: 0] += 1 } }

  /// Counts, then describes the table.
  public func describe(columns: [String]?, monitor: WorkMonitor?) throws -> [ColumnSummary] {
    count(.describe)
    return try table.describe(columns: columns, monitor: monitor)
  }

  /// Counts, then counts the column's values.
  public func frequency(column: String, monitor: WorkMonitor?) throws -> Table {
    count(.frequency)
    return try table.frequency(column: column, monitor: monitor)
  }

  /// Counts (as a frequency), then counts the column's calendar parts.
  public func frequency(column: String, by part: CalendarPart, monitor: WorkMonitor?) throws -> Table {
    count(.frequency)
    return try table.frequency(column: column, by: part, monitor: monitor)
  }

  /// Counts, then bins the column.
  public func histogram(column: String, rule: BinRule) throws -> Histogram {
    count(.histogram)
    return try table.histogram(column: column, rule: rule)
  }

  /// Counts, then summarises the boxes.
  public func boxes(values: String, groups: String?) throws -> (boxes: [BoxSummary], skipped: SkippedRows) {
    count(.boxes)
    return try table.boxes(values: values, groups: groups)
  }

  /// Counts, then pairs the columns.
  public func bins2D(x: String, y: String) throws -> PairBins {
    count(.bins2D)
    return try table.bins2D(x: x, y: y)
  }

  /// Counts, then draws the sample.
  public func sample(rows: Int, seed: UInt64, complete: [String]) throws -> RowSample {
    count(.sample)
    return try table.sample(rows: rows, seed: seed, complete: complete)
  }
}
