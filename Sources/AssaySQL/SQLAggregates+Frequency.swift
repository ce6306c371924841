import AssayAnalysis
import AssayCore

extension SQLAggregates {
  /// `Frequency.typedTable` computed by one GROUP BY: the distinct values typed as the column,
  /// most frequent first; ties of other values than texts ascending, ties of texts in order of
  /// first appearance (the order a load reads), found by reading the rows from the start only
  /// until every tied text has been seen; nulls counted last.
  public func frequency(column name: String, monitor: WorkMonitor?) throws -> Table {
    try session(monitor: monitor) { session in
      let schema = try schema(session)
      let column = try schema.requireColumn(name)
      let (key, value) = grouping(column)
      // Aliases no column is likely to have: a column named `count` would make ORDER BY ambiguous.
      let (valueName, count) = (dialect.quote("assay_value"), dialect.quote("assay_count"))
      let ties = column.type == .string ? "" : ", \(valueName)"
      let groups = try session.rows(
        "SELECT \(value) AS \(valueName), COUNT(*) AS \(count) FROM \(from) GROUP BY \(key) ORDER BY \(count) DESC\(ties)"
      )
      try monitor?.checkStopped()
      var counted = groups.filter { !$0[0].isNull }.map { (value: $0[0], count: Int($0[1].doubleValue ?? 0)) }
      let missing = groups.filter { $0[0].isNull }.reduce(0) { $0 + Int($1[1].doubleValue ?? 0) }
      if column.type == .string {
        let position = schema.columns.firstIndex { $0.name == column.name } ?? 0
        counted = try orderedByFirstAppearance(counted, column: position, in: session) { $0 }
      }
      let rows = counted.reduce(missing) { $0 + $1.count }
      return Frequency.table(
        Frequency.rows(counted, missing: missing, total: rows), columnName: column.name,
        decimalPlaces: column.decimalPlaces)
    }
  }

  /// How a GROUP BY of `column` groups and names its groups: texts byte by byte, as Assay tells
  /// them apart, whatever the column's collation (MariaDB's default one holds `a` and `A` equal);
  /// each group named by its key, except MySQL's texts, whose byte form comes back as bytes, named
  /// by their text (every value in a group has the same bytes).
  func grouping(_ column: Column) -> (key: String, value: String) {
    let key = orderKey(column)
    return (key, dialect.engine == .mysql && column.type == .string ? "MIN(\(quoted(column.name)))" : key)
  }

  /// Groups listed by count, their ties put in order of the value's first appearance in the
  /// sheet's column at `column` (each page's values made group values by `grouped`), its rows read
  /// a page at a time by the load's own statement (so in the load's order) until every tied value
  /// has been seen.
  func orderedByFirstAppearance(
    _ groups: [(value: Value, count: Int)], column: Int, in session: SQLSession,
    grouped: ([Value]) -> [Value]
  ) throws -> [(value: Value, count: Int)] {
    let sizes = Dictionary(groups.map { ($0.count, 1) }, uniquingKeysWith: +)
    var unseen = Set(groups.filter { sizes[$0.count, default: 0] > 1 }.map(\.value))
    guard !unseen.isEmpty else { return groups }
    var firstSeen: [Value: Int] = [:]
    var position = 0
    try session.scan(selectList(columns), firstPageRows: 50, pageRows: 10_000) { page in
      for value in grouped(page.values[column]) {
        if unseen.remove(value) != nil { firstSeen[value] = position }
        position += 1
      }
      return !unseen.isEmpty
    }
    return groups.enumerated().sorted { left, right in
      guard left.element.count == right.element.count else { return left.element.count > right.element.count }
      let (first, second) = (firstSeen[left.element.value] ?? .max, firstSeen[right.element.value] ?? .max)
      return first != second ? first < second : left.offset < right.offset
    }.map(\.element)
  }
}
