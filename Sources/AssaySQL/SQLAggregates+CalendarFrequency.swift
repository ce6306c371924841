import AssayAnalysis
import AssayCore

extension SQLAggregates {
  /// `TableAggregates.frequency(column:by:)` computed by one GROUP BY: the rows grouped by date,
  /// or by a timestamp's day since 1970 (its quarter hour, by hour), each group's earliest and
  /// latest values read and labelled as the loaded sheet labels its rows, the groups' counts summed
  /// by label; ties in order of the label's first appearance, as for any text. A group whose two
  /// ends are labelled apart (a clock offset from UTC puts a day's rows on two dates), and SQLite's
  /// dates and times (text the engine may read otherwise than Assay), are counted from the column read.
  public func frequency(column name: String, by part: CalendarPart, monitor: WorkMonitor?) throws -> Table {
    let counted = try session(monitor: monitor) { session -> Table? in
      let schema = try schema(session)
      let column = try schema.requireColumn(name)
      guard column.type.isTime else {
        return try TableAggregates(schema).frequency(column: name, by: part, monitor: monitor)
      }
      guard let key = calendarGroup(column, seconds: part == .hour ? 900 : 86_400) else { return nil }
      let value = quoted(column.name)
      let groups = try session.rows(
        "SELECT MIN(\(value)), MAX(\(value)), COUNT(*) FROM \(from) GROUP BY \(key)")
      try monitor?.checkStopped()
      guard let labels = Self.labels(groups.map { $0[0] }, of: column, by: part),
        Self.labels(groups.map { $0[1] }, of: column, by: part) == labels
      else { return nil }
      var counts: [Value: Int] = [:]
      var order: [Value] = []
      var missing = 0
      for (label, group) in zip(labels, groups) {
        let size = Int(group[2].engineNumber ?? 0)
        guard !label.isNull else {
          missing += size
          continue
        }
        if counts[label] == nil { order.append(label) }
        counts[label, default: 0] += size
      }
      let byCount = order.map { (value: $0, count: counts[$0] ?? 0) }.sorted { $0.count > $1.count }
      let position = schema.columns.firstIndex { $0.name == column.name } ?? 0
      // Each group's two ends fitted, so every row's value fits as well.
      let ordered = try orderedByFirstAppearance(byCount, column: position, in: session) { values in
        Self.labels(values, of: column, by: part) ?? values.map { _ in .null }
      }
      let rows = ordered.reduce(missing) { $0 + $1.count }
      return Frequency.table(
        Frequency.rows(ordered, missing: missing, total: rows), columnName: "\(column.name) \(part.rawValue)")
    }
    return try counted ?? pulled([name]).frequency(column: name, by: part, monitor: monitor)
  }

  /// What rows are grouped by: a date itself; a timestamp's spans of `seconds` since 1970 (of its
  /// clock, for one without a zone). Nil for SQLite, whose dates and times are text that only a
  /// column's declared type makes dates, which MIN and MAX do not carry.
  private func calendarGroup(_ column: Column, seconds: Int) -> String? {
    let value = quoted(column.name)
    switch (dialect.engine, column.type) {
    case (.sqlite, _): return nil
    case (_, .date): return value
    case (.postgres, _): return "floor(extract(epoch FROM \(value)) / \(seconds))"
    case (.mysql, _): return "FLOOR(TIMESTAMPDIFF(SECOND, '1970-01-01 00:00:00', \(value)) / \(seconds))"
    case (.clickhouse, _): return "intDiv(toUnixTimestamp(\(value)), \(seconds))"
    }
  }

  /// The labels of `values` (a column's dates or timestamps, or nulls) as `CalendarPart.column`
  /// gives them, nulls staying null; nil when a value is of another kind (a value past Assay's
  /// range, which the engine gave as text).
  private static func labels(_ values: [Value], of column: Column, by part: CalendarPart) -> [Value]? {
    let fitting = values.allSatisfy { value in
      switch value {
      case .null: return true
      case .date: return column.type == .date
      case .timestamp: return column.type == .timestamp
      default: return false
      }
    }
    guard fitting, let times = TimeValues(Column(name: column.name, type: column.type, values: values)) else {
      return nil
    }
    let labelled = part.column(times)
    return (0..<labelled.count).map { labelled[$0] }
  }
}
