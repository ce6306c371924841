import AssayAnalysis
import AssayCore

extension SQLAggregates {
  /// `BoxSummary.compute` by the engine: the groups and their sizes by one GROUP BY, then per
  /// group its quartiles from the values at their ranks, its whiskers and its outliers (the only
  /// values moved). Groups are ordered and named as `CategoryCodes` orders and names them. As in
  /// memory, an infinite number is no number to a box (counted apart) and a NaN is a null. A value
  /// column the engine does not hold as numbers is read and summarised as the loaded sheet would be.
  public func boxes(values: String, groups: String?) throws -> (boxes: [BoxSummary], skipped: SkippedRows) {
    let computed = try session { session -> (boxes: [BoxSummary], skipped: SkippedRows)? in
      let schema = try schema(session)
      let column = try schema.requireColumn(values)
      let groupColumn = try groups.map(schema.requireColumn)
      guard column.type.isNumeric else { return nil }
      let number = numeric(column)
      let finite = column.type == .double ? dialect.holdsFiniteNumber(number) : "\(number) IS NOT NULL"
      let infinite = column.type == .double ? dialect.isInfinite(number) : "1 = 0"
      let counts = try session.row(
        "SELECT COUNT(*), SUM(CASE WHEN \(finite) THEN 1 ELSE 0 END), SUM(CASE WHEN \(infinite) THEN 1 ELSE 0 END) FROM \(from)"
      ).map { Int($0.engineNumber ?? 0) }
      let (total, infinities) = (counts[0], counts[2])
      func skipped(_ boxed: Int) -> SkippedRows {
        SkippedRows(nulls: total - boxed - infinities, nonNumeric: infinities)
      }
      guard let groupColumn else {
        let count = counts[1]
        let box =
          try count > 0
          ? [summary(column, named: values, count: count, finite: finite, group: nil, in: session)] : []
        return (box, skipped(count))
      }
      let group = quoted(groupColumn.name)
      let (key, value) = grouping(groupColumn)
      let sizes = try session.rows(
        "SELECT \(value), COUNT(*) FROM \(from) WHERE \(finite) AND \(group) IS NOT NULL GROUP BY \(key)")
      // A group value no double or Int64 holds (a wide decimal, a UInt64) comes as its text.
      let names = sizes.map { $0[0] }
      let codes = CategoryCodes(
        Column(
          name: groupColumn.name, type: GrowingTable.widened(groupColumn.type, toHold: names), values: names))
      let boxes = try sizes.indices.sorted { codes.codes[$0] < codes.codes[$1] }.map { index in
        try summary(
          column, named: codes.names[Int(codes.codes[index])], count: Int(sizes[index][1].engineNumber ?? 0),
          finite: finite, group: (key, sizes[index][0]), in: session)
      }
      return (boxes, skipped(boxes.reduce(0) { $0 + $1.count }))
    }
    return try computed
      ?? pulled([values] + (groups.map { [$0] } ?? [])).boxes(values: values, groups: groups)
  }

  /// The box of the `count` values of `column` in `group` (the grouping column's key, as
  /// `orderKey` writes it, and its value; nil: every row) where `finite` holds (a finite number).
  private func summary(
    _ column: Column, named name: String, count: Int, finite: String, group: (key: String, value: Value)?,
    in session: SQLSession
  ) throws -> BoxSummary {
    func filtered(_ statement: inout SQLStatement) -> String {
      ([group.map { "\($0.key) = \(statement.bind($0.value))" }].compactMap { $0 } + [finite])
        .joined(separator: " AND ")
    }
    var quartileStatement = SQLStatement(dialect)
    let quartileCondition = filtered(&quartileStatement)
    let quartiles = try quantiles(
      [0.25, 0.5, 0.75], of: column, count: count, condition: quartileCondition, statement: quartileStatement,
      in: session)
    let (q1, median, q3) = (quartiles[0], quartiles[1], quartiles[2])
    let (low, high) = BoxSummary.fences(q1: q1, q3: q3)
    let value = numeric(column)
    var statement = SQLStatement(dialect)
    let lowest =
      "COALESCE(MIN(CASE WHEN \(value) >= \(statement.bind(low)) THEN \(value) END), MIN(\(value)))"
    let highest =
      "COALESCE(MAX(CASE WHEN \(value) <= \(statement.bind(high)) THEN \(value) END), MAX(\(value)))"
    let condition = filtered(&statement)
    let whiskers = try session.rows(
      "SELECT \(lowest), \(highest) FROM \(from) WHERE \(condition)", of: statement)
    var outside = SQLStatement(dialect)
    let beyond = filtered(&outside)
    let outliers = try session.rows(
      "SELECT \(value) FROM \(from) WHERE \(beyond) AND (\(value) < \(outside.bind(low)) OR \(value) > \(outside.bind(high))) ORDER BY \(value)",
      of: outside)
    return BoxSummary(
      name: name, count: count, quartiles: (q1, median, q3),
      whiskers: (whiskers.first?[0].engineNumber ?? q1, whiskers.first?[1].engineNumber ?? q3),
      outliers: outliers.compactMap { $0[0].engineNumber })
  }
}
