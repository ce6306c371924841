import AssayCore
import Foundation

/// Summary statistics of every column of a table: the `describe` view.
public enum Describe {
  /// One summary per column, in column order. Columns are summarized in parallel; each works on
  /// its typed buffers and orders its values once (radix sort or tally) for exact median and distinct
  /// count; a free-text column's distinct texts are counted exactly by hash on every core.
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
    // Columns of free text spread their own work over every core, so they go one at a time after
    // the others, which go side by side, slowest first, so that the cores finish together.
    let freeText = columns.indices.filter { isFreeText(columns[$0]) }
    let others = columns.indices.filter { !isFreeText(columns[$0]) }
      .sorted { estimatedCost(columns[$0]) > estimatedCost(columns[$1]) }
    var inColumnOrder = [ColumnSummary?](repeating: nil, count: columns.count)
    let sideBySide = concurrentResults(count: others.count) { slot -> ColumnSummary? in
      let column = columns[others[slot]]
      guard let summary = try? summarize(column, monitor: monitor) else { return nil }
      monitor?.advance(rows: column.count)
      return summary
    }
    for (slot, column) in others.enumerated() { inColumnOrder[column] = sideBySide[slot] }
    for column in freeText {
      inColumnOrder[column] = try summarize(columns[column], monitor: monitor)
      monitor?.advance(rows: columns[column].count)
    }
    try monitor?.checkStopped()
    return inColumnOrder.compactMap { $0 }
  }

  /// True for a text column stored as packed bytes (most of its values differ).
  static func isFreeText(_ column: Column) -> Bool {
    column.chunks.contains { if case .string(.packed) = $0.values { true } else { false } }
  }

  /// Relative work of summarizing a column that is not free text: doubles are mostly tallied as
  /// decimals or radix-sorted, integers tallied, dictionary-coded strings counted by code.
  static func estimatedCost(_ column: Column) -> Int {
    switch column.type {
    case .double: return column.count * 2
    case .int, .date, .timestamp, .duration, .bool: return column.count
    case .string: return column.count / 8
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
      summary.span = span(from: summary.min, to: summary.max)
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

  /// The time from `min` to `max` of a date or timestamp column, as a duration; else `.null`.
  public static func span(from min: Value, to max: Value) -> Value {
    switch (min, max) {
    case (.date(let a), .date(let b)): return .duration((Int64(b) - Int64(a)) * TimeText.microsPerDay)
    case (.timestamp(let a), .timestamp(let b)): return .duration(b.microseconds &- a.microseconds)
    default: return .null
    }
  }

  /// The summaries as a table with columns column, type, count, nulls, distinct, min, max, mean,
  /// std, median, and span and format too when some column is a timestamp or was read from text in
  /// a named time form (an ISO `YYYY-MM-DD` date column alone, the one form read before timestamps,
  /// leaves the table as it was), and null texts after nulls when `nullTexts` names, by column, texts
  /// read as nulls besides the empty field (`NA -`). Min, max, median and span hold text, since their
  /// types differ from row to row: doubles rounded to 12 significant digits for people to read, so
  /// that a median halfway between two values reads `5.85`, not `5.8500000000000005`, or, when
  /// `exactNumbers` (for files other programs read), in the shortest text that reads back as the
  /// same double.
  public static func table(
    _ summaries: [ColumnSummary], name: String, nullTexts: [String: [String]] = [:],
    exactNumbers: Bool = false
  ) -> Table {
    func text(_ values: [Value]) -> [Value] {
      values.map { $0.isNull ? .null : .string(describeText($0, exact: exactNumbers)) }
    }
    let times =
      summaries.contains { $0.type == .timestamp || $0.format != nil }
      ? [
        Column(name: "span", type: .string, values: text(summaries.map(\.span))),
        Column(name: "format", type: .string, values: summaries.map { $0.format.map(Value.string) ?? .null }),
      ] : []
    return Table(
      name: name,
      columns: [
        Column(name: "column", type: .string, values: summaries.map { .string($0.name) }),
        Column(name: "type", type: .string, values: summaries.map { .string($0.type.rawValue) }),
        Column(name: "count", type: .int, values: summaries.map { .int(Int64($0.count)) }),
        Column(name: "nulls", type: .int, values: summaries.map { .int(Int64($0.nulls)) }),
      ]
        + (nullTexts.isEmpty
          ? []
          : [
            Column(
              name: "null texts", type: .string,
              values: summaries.map { nullTexts[$0.name].map { .string($0.joined(separator: " ")) } ?? .null }
            )
          ])
        + [
          Column(name: "distinct", type: .int, values: summaries.map { .int(Int64($0.distinct)) }),
          Column(name: "min", type: .string, values: text(summaries.map(\.min))),
          Column(name: "max", type: .string, values: text(summaries.map(\.max))),
          Column(name: "mean", type: .double, values: summaries.map { $0.mean.map(Value.double) ?? .null }),
          Column(name: "std", type: .double, values: summaries.map { $0.std.map(Value.double) ?? .null }),
          Column(name: "median", type: .string, values: text(summaries.map(\.median))),
        ] + times)
  }

  /// Whether a cell of a describe `table` holds a number in its text: the min, max or median of an
  /// int or double column, which JSON writes as a number (`TableWriter`'s `numberInText`).
  public static func numberInText(_ table: Table) -> (Int, Int) -> Bool {
    let names = table.columnNames
    let texts = Set(["min", "max", "median"].compactMap { names.firstIndex(of: $0) })
    let types = names.firstIndex(of: "type").map { table.columns[$0] }
    let numberTypes: Set<Value> = [.string(ColumnType.int.rawValue), .string(ColumnType.double.rawValue)]
    return { column, row in texts.contains(column) && types.map { numberTypes.contains($0[row]) } == true }
  }

  /// A value as the describe table shows it: doubles exact or rounded to 12 significant digits.
  private static func describeText(_ value: Value, exact: Bool) -> String {
    guard case .double(let v) = value else { return value.description }
    return NumberFormatting.shortest(exact ? v : Double(String(format: "%.12g", v)) ?? v)
  }
}
