import AssayAnalysis
import AssayCore

extension SQLAggregates {
  /// `Frequency.typedTable` computed by one GROUP BY: the distinct values typed as the column,
  /// most frequent first; ties of other values than texts ascending, ties of texts in order of
  /// first appearance (the order a load reads), found by reading the column from its start only
  /// until every tied text has been seen; nulls counted last.
  public func frequency(column name: String, monitor: WorkMonitor?) throws -> Table {
    try session { session in
      let column = try schema(session).requireColumn(name)
      let quotedName = quoted(column.name)
      let count = dialect.quote("count")
      let ties = column.type == .string ? "" : ", \(quotedName)"
      let groups = try session.rows(
        "SELECT \(quotedName), COUNT(*) AS \(count) FROM \(from) GROUP BY \(quotedName) ORDER BY \(count) DESC\(ties)"
      )
      try monitor?.checkStopped()
      var counted = groups.filter { !$0[0].isNull }.map { (value: $0[0], count: Int($0[1].doubleValue ?? 0)) }
      let missing = groups.filter { $0[0].isNull }.reduce(0) { $0 + Int($1[1].doubleValue ?? 0) }
      if column.type == .string {
        counted = try orderedByFirstAppearance(counted, column: column, in: session)
      }
      let rows = counted.reduce(missing) { $0 + $1.count }
      return Frequency.table(Frequency.rows(counted, missing: missing, total: rows), columnName: column.name)
    }
  }

  /// Groups listed by count, their ties put in order of the value's first appearance in the
  /// column, read a page at a time from the start until every tied value has been seen.
  private func orderedByFirstAppearance(
    _ groups: [(value: Value, count: Int)], column: Column, in session: SQLSession
  ) throws -> [(value: Value, count: Int)] {
    let sizes = Dictionary(groups.map { ($0.count, 1) }, uniquingKeysWith: +)
    var unseen = Set(groups.filter { sizes[$0.count, default: 0] > 1 }.map(\.value))
    guard !unseen.isEmpty else { return groups }
    var firstSeen: [Value: Int] = [:]
    var position = 0
    try session.scan("SELECT \(quoted(column.name)) FROM \(from)", firstPageRows: 50, pageRows: 10_000) {
      page in
      for value in page.values[0] {
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
