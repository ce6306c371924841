import AssayCore
import AssayJSON

/// Profiles a loaded table: size, column types, null ratio and growth signals (date range, whether
/// rows arrive in time order, ids that only increase).
public enum TableProfiler {
  /// The profile of `table`, whose source occupies `bytes` when known; `json` when it was read from
  /// JSON (by default, when the table's name says so), so that its records' shape is measured.
  public static func profile(_ table: Table, bytes: Int?, json: Bool? = nil) -> TableProfile {
    let json = json ?? (JSONFormat(name: table.name) != nil)
    let types = ColumnType.allCases.compactMap { type -> ColumnTypeCount? in
      let count = table.columns.filter { $0.type == type }.count
      return count > 0 ? ColumnTypeCount(type: type, count: count) : nil
    }
    let cells = table.rowCount * table.columns.count
    let nulls = table.columns.reduce(0) { $0 + $1.nullCount }
    let times = table.columns.filter(\.type.isTime)
    let spans = times.compactMap(daySpan)
    let orders = times.compactMap { column in inOrderShare(column).map { (name: column.name, share: $0) } }
    let mostOrdered = orders.max { $0.share < $1.share }
    return TableProfile(
      name: table.name, bytes: bytes, rows: table.rowCount, columnTypes: types,
      nullRatio: cells > 0 ? Double(nulls) / Double(cells) : 0, dateSpanDays: spans.max(),
      increasingIDColumn: table.columns.first { $0.type == .int && onlyIncreases($0) }?.name,
      timeColumn: mostOrdered?.name, timeInOrder: mostOrdered?.share,
      jsonShape: json ? JSONShapeSampler.measure(table: table) : nil)
  }

  /// The share of a time column's neighbouring non-null values (in row order) where time does not go
  /// back: 1 for rows that arrive in time order, about 0.5 for rows in random order; nil with fewer
  /// than two values.
  static func inOrderShare(_ column: Column) -> Double? {
    var previous: Double?
    var pairs = 0
    var forward = 0
    column.forEachDouble { value in
      if let previous {
        pairs += 1
        if value >= previous { forward += 1 }
      }
      previous = value
    }
    return pairs > 0 ? Double(forward) / Double(pairs) : nil
  }

  /// Days between the earliest and latest time of a date or timestamp column; nil when it has none.
  static func daySpan(_ column: Column) -> Int? {
    let perDay = column.type == .timestamp ? 86_400.0 : 1
    var earliest = Double.infinity
    var latest = -Double.infinity
    column.forEachDouble { day in
      earliest = min(earliest, day)
      latest = max(latest, day)
    }
    return earliest <= latest ? Int((latest - earliest) / perDay) : nil
  }

  /// True when an integer column has at least two rows, no nulls, and each value exceeds the one before.
  static func onlyIncreases(_ column: Column) -> Bool {
    guard column.count >= 2, column.nullCount == 0 else { return false }
    var previous = -Double.infinity
    var increasing = true
    column.forEachDouble { value in
      if value <= previous { increasing = false }
      previous = value
    }
    return increasing
  }
}
