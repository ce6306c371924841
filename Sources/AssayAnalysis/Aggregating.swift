import AssayCore

/// What a source can compute itself instead of shipping its rows (a database by SQL, a Parquet
/// file from its statistics): every summary a screen or a command shows of a whole table. The
/// in-memory `TableAggregates` is the reference; another source must give the same answers.
///
/// The calls are synchronous: every caller already runs them on a worker thread (a UI job, a
/// command after its load) and stops them through a `WorkMonitor`, and a chart is drawn by one
/// synchronous call; a source that talks to a server blocks its worker thread until it answers.
public protocol Aggregating: Sendable {
  /// One summary per column, in column order; only `columns` when given (nil: every column).
  /// Reports rows done to `monitor` and throws `CancellationError` soon after it is stopped.
  func describe(columns: [String]?, monitor: WorkMonitor?) throws -> [ColumnSummary]

  /// The frequency table of `column`: its distinct values, typed as the column, with count,
  /// percent and cumulative percent, most frequent first and nulls last (`Frequency.typedTable`).
  func frequency(column: String, monitor: WorkMonitor?) throws -> Table

  /// The frequency table of time `column` counted by a part of the calendar (its months, its
  /// weekdays), as `frequency` of `CalendarPart.column`.
  func frequency(column: String, by part: CalendarPart, monitor: WorkMonitor?) throws -> Table

  /// The histogram of numeric `column` with bins chosen by `rule`, as `Histogram.compute`.
  func histogram(column: String, rule: BinRule) throws -> Histogram

  /// Box-plot summaries of numeric `values`, one per category of `groups` (one for all rows when
  /// nil), with the rows skipped, as `BoxSummary.compute`.
  func boxes(values: String, groups: String?) throws -> (boxes: [BoxSummary], skipped: SkippedRows)

  /// The rows of numeric `x` and `y` where both hold a number, ready to be counted in 2-D bins.
  func bins2D(x: String, y: String) throws -> PairBins

  /// A uniform sample of `rows` of the rows complete in every one of `complete` (a value in each,
  /// finite for numbers), drawn with `SeededRandom(seed:)` as `SeededRandom.sampleIndices`.
  func sample(rows: Int, seed: UInt64, complete: [String]) throws -> RowSample
}

/// Rows drawn from a source: every column of the rows chosen, in source order.
public struct RowSample: Sendable {
  /// The rows drawn, with every column of the source.
  public var table: Table
  /// The source row (0-based) of each row of `table`.
  public var rows: [Int]
  /// Rows the sample was drawn from: those complete in the columns asked for.
  public var population: Int
  /// Rows of the source left out of the population for a missing (or not finite) value.
  public var incomplete: Int

  /// A sample from its parts.
  public init(table: Table, rows: [Int], population: Int, incomplete: Int) {
    self.table = table
    self.rows = rows
    self.population = population
    self.incomplete = incomplete
  }
}
