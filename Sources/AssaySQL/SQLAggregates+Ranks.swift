import AssayAnalysis
import AssayCore

extension SQLAggregates {
  /// Values of `column` in ascending order (`descending`: the other way), `limit` of them from
  /// rank `offset`, among the rows where the column holds a value and `condition` (SQL over
  /// `statement`'s parameters) holds; texts in byte order. Typed as the column.
  func ordered(
    _ column: Column, offset: Int, limit: Int, descending: Bool = false, condition: String? = nil,
    statement: SQLStatement? = nil, in session: SQLSession
  ) throws -> [Value] {
    var statement = statement ?? SQLStatement(dialect)
    let name = quoted(column.name)
    let key = column.type == .string ? dialect.byteOrdered(name) : name
    let filter = ([condition].compactMap { $0 } + ["\(name) IS NOT NULL"]).joined(separator: " AND ")
    let range = "LIMIT \(statement.bind(limit)) OFFSET \(statement.bind(offset))"
    let sql =
      "SELECT \(name) FROM \(from) WHERE \(filter) ORDER BY \(key)\(descending ? " DESC" : "") \(range)"
    return try session.rows(sql, of: statement).map { $0[0] }
  }

  /// The q-quantile of the `count` values of numeric `column` where `condition` holds, from the
  /// two values around it, as numpy.percentile's default computes it.
  func quantile(
    _ q: Double, of column: Column, count: Int, condition: String? = nil, statement: SQLStatement? = nil,
    in session: SQLSession
  ) throws -> Double {
    let position = LinearQuantile(q, count: count)
    let values = try ordered(
      column, offset: position.lowerRank, limit: position.upperRank - position.lowerRank + 1,
      condition: condition, statement: statement, in: session
    ).map { $0.doubleValue ?? .nan }
    return position.value(below: values.first ?? .nan, above: values.last ?? .nan)
  }
}
