import AssayCore

/// The summaries of a table held in memory: the reference `Aggregating`, calling the same code
/// the table's columns are summarised with everywhere (`Describe`, `Frequency`, `Histogram`, …).
public struct TableAggregates: Aggregating {
  /// The table summarised.
  public let table: Table

  /// The summaries of `table`.
  public init(_ table: Table) { self.table = table }

  /// `Describe.summarize` of the table, or of the named columns in their order.
  public func describe(columns names: [String]?, monitor: WorkMonitor?) throws -> [ColumnSummary] {
    let chosen = try names.map { Table(name: table.name, columns: try $0.map(table.requireColumn)) }
    return try Describe.summarize(chosen ?? table, monitor: monitor)
  }

  /// `Frequency.typedTable` of the column.
  public func frequency(column name: String, monitor: WorkMonitor?) throws -> Table {
    try Frequency.typedTable(try table.requireColumn(name), monitor: monitor)
  }

  /// `Frequency.typedTable` of the time column's calendar parts.
  public func frequency(column name: String, by part: CalendarPart, monitor: WorkMonitor?) throws -> Table {
    let column = try table.requireColumn(name)
    guard let times = TimeValues(column) else {
      throw AssayError(
        message: "\(table.name): column '\(name)' holds \(column.type.rawValue), not dates or times",
        hint: "--by counts a date or time column by year, quarter, month, week, day, weekday or hour")
    }
    return try Frequency.typedTable(part.column(times), monitor: monitor)
  }

  /// `Histogram.compute` of the column.
  public func histogram(column name: String, rule: BinRule) throws -> Histogram {
    try Histogram.compute(try table.requireColumn(name), rule: rule)
  }

  /// `BoxSummary.compute` of the columns.
  public func boxes(values: String, groups: String?) throws -> (boxes: [BoxSummary], skipped: SkippedRows) {
    let numbers = try table.requireNumbers(values)
    let categories = try groups.map { CategoryCodes(try table.requireColumn($0)) }
    return BoxSummary.compute(values: numbers, groups: categories)
  }

  /// The pairs of the two columns, counted by `Histogram2D`.
  public func bins2D(x: String, y: String) throws -> PairBins {
    PairBins(pairs: NumericPairs(x: try table.requireNumbers(x), y: try table.requireNumbers(y)))
  }

  /// The rows chosen by `SeededRandom.sampleIndices` among the complete ones, every column gathered.
  public func sample(rows limit: Int, seed: UInt64, complete names: [String]) throws -> RowSample {
    let columns = try names.map(table.requireColumn)
    let kept = columns.isEmpty ? Array(0..<table.rowCount) : KeptRows(columns: columns).rows
    let chosen =
      SeededRandom.sampleIndices(limit, of: kept.count, seed: seed).map { $0.map { kept[$0] } } ?? kept
    return RowSample(
      table: table.gathering(rows: chosen), rows: chosen, population: kept.count,
      incomplete: table.rowCount - kept.count)
  }
}
