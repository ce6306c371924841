import AssayAnalysis
import AssayCore

extension SQLAggregates {
  /// `Frequency.typedTable` computed by one GROUP BY: the distinct values typed as the column,
  /// most frequent first; ties of texts in order of first appearance (the smallest row number of
  /// the engine's scan, the order a load reads), of other values ascending; nulls counted last.
  public func frequency(column name: String, monitor: WorkMonitor?) throws -> Table {
    try session { session in
      let column = try schema(session).requireColumn(name)
      let quotedName = quoted(column.name)
      let (count, position) = (dialect.quote("count"), dialect.quote("position"))
      let tie = column.type == .string ? "MIN(\(position))" : quotedName
      let sql = """
        SELECT \(quotedName), COUNT(*) AS \(count) \
        FROM (SELECT \(quotedName), ROW_NUMBER() OVER () AS \(position) FROM \(from)) AS \(dialect.quote("numbered")) \
        WHERE \(quotedName) IS NOT NULL GROUP BY \(quotedName) ORDER BY \(count) DESC, \(tie)
        """
      let groups = try session.rows(sql)
      try monitor?.checkStopped()
      let totals = try session.row("SELECT COUNT(*), COUNT(\(quotedName)) FROM \(from)")
      let (rows, values) = (Int(totals[0].doubleValue ?? 0), Int(totals[1].doubleValue ?? 0))
      let counted = groups.map { (value: $0[0], count: Int($0[1].doubleValue ?? 0)) }
      return Frequency.table(
        Frequency.rows(counted, missing: rows - values, total: rows), columnName: column.name)
    }
  }
}
