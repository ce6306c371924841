import AssayCore
import Foundation

/// Summary statistics of every column of a table: the `describe` view.
public enum Describe {
  /// One summary per column, in column order. Columns are summarized in parallel; each works on
  /// its typed buffers and orders its values once (radix sort or tally) for exact median and distinct count.
  public static func summarize(_ table: Table) -> [ColumnSummary] {
    (try? summarize(table, monitor: nil)) ?? []
  }

  /// `summarize(table)`, reporting rows done to `monitor` and throwing `CancellationError` soon after
  /// it is stopped.
  public static func summarize(_ table: Table, monitor: WorkMonitor?) throws(CancellationError)
    -> [ColumnSummary]
  {
    let columns = table.columns
    monitor?.expect(rows: columns.reduce(0) { $0 + $1.count })
    // Slowest first, so that two cores finish together.
    let order = columns.indices.sorted { estimatedCost(columns[$0]) > estimatedCost(columns[$1]) }
    let summaries = concurrentResults(count: columns.count) { slot -> ColumnSummary? in
      let column = columns[order[slot]]
      guard let summary = try? summarize(column, monitor: monitor) else { return nil }
      monitor?.advance(rows: column.count)
      return summary
    }
    var inColumnOrder = [ColumnSummary?](repeating: nil, count: columns.count)
    for (slot, column) in order.enumerated() { inColumnOrder[column] = summaries[slot] }
    try monitor?.checkStopped()
    return inColumnOrder.compactMap { $0 }
  }

  /// Relative work of summarizing a column: packed strings are hashed, grouped and checked byte by
  /// byte (the most per row), doubles mostly tallied as decimals, integers tallied, dictionary-coded
  /// strings counted by code.
  static func estimatedCost(_ column: Column) -> Int {
    switch column.type {
    case .double: return column.count * 2
    case .int, .date, .bool: return column.count
    case .string:
      return column.chunks.reduce(0) { cost, chunk in
        if case .string(.packed) = chunk.values { return cost + chunk.count * 8 }
        return cost + chunk.count / 8
      }
    }
  }

  /// The summary of one column.
  public static func summarize(_ column: Column) -> ColumnSummary {
    (try? summarize(column, monitor: nil)) ?? ColumnSummary(column)
  }

  /// The summary of one column; throws `CancellationError` when `monitor` is stopped midway.
  static func summarize(_ column: Column, monitor: WorkMonitor?) throws(CancellationError) -> ColumnSummary {
    try monitor?.checkStopped()
    var summary = ColumnSummary(column)
    if let numbers = SortedNumbers(column) {
      summary.count = numbers.count
      summary.nulls = numbers.missingCount
      summary.distinct = numbers.distinctCount
      if let extremes = numbers.extremeKeys {
        summary.min = numbers.value(extremes.min)
        summary.max = numbers.value(extremes.max)
      }
      summary.median = numbers.median
      if column.type.isNumeric { (summary.mean, summary.std) = numbers.meanAndStandardDeviation }
    } else if let texts = try TextSummary(column, monitor: monitor) {
      summary.nulls = column.nullCount
      summary.count = column.count - column.nullCount
      summary.distinct = texts.distinctCount
      summary.min = texts.min.map(Value.string) ?? .null
      summary.max = texts.max.map(Value.string) ?? .null
    }
    return summary
  }

  /// The summaries as a table with columns column, type, count, nulls, distinct, min, max, mean,
  /// std, median. Min, max and median hold text, since their types differ from row to row.
  public static func table(_ summaries: [ColumnSummary], name: String) -> Table {
    func text(_ values: [Value]) -> [Value] { values.map { $0.isNull ? .null : .string(describeText($0)) } }
    return Table(
      name: name,
      columns: [
        Column(name: "column", type: .string, values: summaries.map { .string($0.name) }),
        Column(name: "type", type: .string, values: summaries.map { .string($0.type.rawValue) }),
        Column(name: "count", type: .int, values: summaries.map { .int(Int64($0.count)) }),
        Column(name: "nulls", type: .int, values: summaries.map { .int(Int64($0.nulls)) }),
        Column(name: "distinct", type: .int, values: summaries.map { .int(Int64($0.distinct)) }),
        Column(name: "min", type: .string, values: text(summaries.map(\.min))),
        Column(name: "max", type: .string, values: text(summaries.map(\.max))),
        Column(name: "mean", type: .double, values: summaries.map { $0.mean.map(Value.double) ?? .null }),
        Column(name: "std", type: .double, values: summaries.map { $0.std.map(Value.double) ?? .null }),
        Column(name: "median", type: .string, values: text(summaries.map(\.median))),
      ])
  }

  /// A value as the describe table shows it: doubles rounded to 12 significant digits, so that a
  /// median halfway between two values reads `5.85`, not `5.8500000000000005`.
  private static func describeText(_ value: Value) -> String {
    if case .double(let v) = value, let rounded = Double(String(format: "%.12g", v)) {
      return NumberFormatting.shortest(rounded)
    }
    return value.description
  }
}
