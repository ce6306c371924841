import AssayCore

/// One distinct value of a column and how often it occurs.
public struct FrequencyRow: Sendable, Equatable {
  /// The value; `.null` for the row counting missing values.
  public var value: Value
  /// Rows holding the value.
  public var count: Int
  /// `count` as a percentage of all rows, nulls included.
  public var percent: Double
  /// Running total of `percent` down the table.
  public var cumulativePercent: Double

  /// A row from its parts.
  public init(value: Value, count: Int, percent: Double, cumulativePercent: Double) {
    self.value = value
    self.count = count
    self.percent = percent
    self.cumulativePercent = cumulativePercent
  }
}

/// Frequency tables: how often each distinct value of a column occurs.
public enum Frequency {
  /// The distinct values of `column` with their counts, most frequent first, and a last row with
  /// value `.null` counting missing values (NaN included) if any. Ties: numbers, dates and bools
  /// ascending (they are counted by one radix sort or tally); texts in order of first appearance
  /// (they are grouped by hash where they lie, so millions of distinct texts are never sorted).
  public static func compute(_ column: Column) -> [FrequencyRow] {
    (try? compute(column, monitor: nil)) ?? []
  }

  /// `compute(column)`, reporting rows done to `monitor` and throwing `CancellationError` soon after
  /// it is stopped.
  public static func compute(_ column: Column, monitor: WorkMonitor?) throws(CancellationError)
    -> [FrequencyRow]
  {
    monitor?.expect(rows: column.count)
    var counted: [(value: Value, count: Int)] = []
    var missing = column.nullCount
    if let numbers = SortedNumbers(column) {
      missing = numbers.missingCount
      var keys: [UInt64] = [], counts: [Int] = []
      numbers.forEachRun { key, length in
        keys.append(key)
        counts.append(length)
      }
      counted = byCountDescending(counts).map { (numbers.value(keys[$0]), counts[$0]) }
    } else if let groups = try TextGroups(column, monitor: monitor) {
      counted = byCountDescending(groups.counts).map { (.string(groups.text($0)), groups.counts[$0]) }
    }
    return rows(counted, missing: missing, total: column.count)
  }

  /// The rows of a frequency table from its distinct values and their counts, in order, with a
  /// last row counting `missing` values (when there are any), percentages of `total` rows.
  public static func rows(_ counted: [(value: Value, count: Int)], missing: Int, total: Int) -> [FrequencyRow]
  {
    let entries = counted + (missing > 0 ? [(Value.null, missing)] : [])
    let whole = Double(max(1, total))
    var running = 0
    return entries.map { entry in
      running += entry.count
      return FrequencyRow(
        value: entry.value, count: entry.count, percent: Double(entry.count) * 100 / whole,
        cumulativePercent: Double(running) * 100 / whole)
    }
  }

  /// Indices of `counts` from the largest count down, ties in index order, by one radix sort of
  /// `(inverted count, index)` keys.
  static func byCountDescending(_ counts: [Int]) -> [Int] {
    guard counts.count < 1 << 32, let largest = counts.max(), largest < 1 << 32 else {
      return counts.indices.sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1 }
    }
    var keys = counts.enumerated().map { UInt64(largest - $1) << 32 | UInt64($0) }
    RadixSort.sort(&keys)
    return keys.map { Int($0 & 0xFFFF_FFFF) }
  }

  /// The rows as a table with columns `<columnName>`, count, percent, cumulative. The value
  /// column keeps the column's type (and its declared `decimalPlaces`) when all values share it,
  /// else holds their text.
  public static func table(_ rows: [FrequencyRow], columnName: String, decimalPlaces: Int? = nil) -> Table {
    let values = rows.map(\.value)
    let types = Set(values.compactMap(type(of:)))
    var valueColumn: Column
    if types.count == 1 {
      valueColumn = Column(name: columnName, type: types.first ?? .string, values: values)
      valueColumn.decimalPlaces = decimalPlaces
    } else {
      valueColumn = Column(
        name: columnName, type: .string,
        values: values.map { $0.isNull ? .null : .string($0.text(decimalPlaces: decimalPlaces)) })
    }
    let names = statisticNames(besides: columnName)
    return Table(
      name: "\(columnName) frequency",
      columns: [
        valueColumn,
        Column(name: names[0], type: .int, values: rows.map { .int(Int64($0.count)) }),
        Column(name: names[1], type: .double, values: rows.map { .double($0.percent) }),
        Column(name: names[2], type: .double, values: rows.map { .double($0.cumulativePercent) }),
      ])
  }

  /// The names of a frequency table's count, percent and cumulative columns beside its value
  /// column `columnName`: one that name takes is suffixed (`count_2`), so no two columns share one.
  static func statisticNames(besides columnName: String) -> [String] {
    Array(UniqueNames.make([columnName, "count", "percent", "cumulative"]).dropFirst())
  }

  private static func type(of value: Value) -> ColumnType? {
    switch value {
    case .null: return nil
    case .bool: return .bool
    case .int: return .int
    case .double: return .double
    case .date: return .date
    case .timestamp: return .timestamp
    case .duration: return .duration
    case .string: return .string
    }
  }
}
