import AssayAnalysis
import AssayCore

/// Profiles a loaded table: size, column types, null ratio and growth signals (date range, ids that
/// only increase).
public enum TableProfiler {
  /// The profile of `table`, whose source occupies `bytes` when known.
  public static func profile(_ table: Table, bytes: Int?) -> TableProfile {
    let summaries = Describe.summarize(table)
    let types = ColumnType.allCases.compactMap { type -> ColumnTypeCount? in
      let count = table.columns.filter { $0.type == type }.count
      return count > 0 ? ColumnTypeCount(type: type, count: count) : nil
    }
    let cells = table.rowCount * table.columns.count
    let nulls = summaries.reduce(0) { $0 + $1.nulls }
    let spans = summaries.compactMap { summary -> Int? in
      guard case .date(let first) = summary.min, case .date(let last) = summary.max else { return nil }
      return Int(last) - Int(first)
    }
    return TableProfile(
      name: table.name, bytes: bytes, rows: table.rowCount, columnTypes: types,
      nullRatio: cells > 0 ? Double(nulls) / Double(cells) : 0, dateSpanDays: spans.max(),
      increasingIDColumn: table.columns.first { $0.type == .int && onlyIncreases($0) }?.name)
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
