import AssayAnalysis
import AssayCore

extension SQLAggregates {
  /// `Describe.summarize`'s summaries computed by the engine: one statement counts every column's
  /// values and distinct values; per column, the extremes and the median are the values at their
  /// ranks (`ORDER BY … LIMIT … OFFSET …`), and a number column's mean and sample standard
  /// deviation are exact sums over its distinct values (`exactSum`), as `Describe` sums them.
  public func describe(columns names: [String]?, monitor: WorkMonitor?) throws -> [ColumnSummary] {
    try session { session in
      let schema = try schema(session)
      let chosen = try names.map { try $0.map(schema.requireColumn) } ?? schema.columns
      let counts = try valueCounts(chosen, in: session)
      return try chosen.enumerated().map { index, column in
        try monitor?.checkStopped()
        return try summary(
          column, rows: counts.rows, count: counts.values[index], distinct: counts.distinct[index],
          in: session)
      }
    }
  }

  /// Rows, and per column its values and distinct values, in one statement.
  private func valueCounts(_ chosen: [Column], in session: SQLSession) throws -> (
    rows: Int, values: [Int], distinct: [Int]
  ) {
    let counted = chosen.map { column in
      let name = quoted(column.name)
      let distinct = column.type == .string ? dialect.byteOrdered(name) : name
      return "COUNT(\(name)), COUNT(DISTINCT \(distinct))"
    }
    let row = try session.row("SELECT \((["COUNT(*)"] + counted).joined(separator: ", ")) FROM \(from)")
    let numbers = row.map { Int($0.doubleValue ?? 0) }
    let rest = numbers.dropFirst()
    return (
      numbers.first ?? 0, stride(from: 1, to: rest.count + 1, by: 2).map { numbers[$0] },
      stride(from: 2, to: rest.count + 1, by: 2).map { numbers[$0] }
    )
  }

  /// The summary of one column holding `count` values, `distinct` of them different.
  private func summary(_ column: Column, rows: Int, count: Int, distinct: Int, in session: SQLSession) throws
    -> ColumnSummary
  {
    var summary = ColumnSummary(
      name: column.name, type: column.type, count: count, nulls: rows - count, distinct: distinct, min: .null,
      max: .null, mean: nil, std: nil, median: .null)
    guard count > 0 else { return summary }
    summary.min = try ordered(column, offset: 0, limit: 1, in: session).first ?? .null
    summary.max = try ordered(column, offset: 0, limit: 1, descending: true, in: session).first ?? .null
    summary.span = Describe.span(from: summary.min, to: summary.max)
    switch column.type {
    case .int, .double:
      summary.median = .double(try quantile(0.5, of: column, count: count, in: session))
      let (low, high) = (summary.min.doubleValue ?? 0, summary.max.doubleValue ?? 0)
      let spread = (high - low) * (high - low) * Double(count)
      if spread.isFinite && (Swift.max(abs(low), abs(high)) * Double(count)).isFinite {
        (summary.mean, summary.std) = try meanAndDeviation(
          column, count: count, low: low, high: high, in: session)
      } else {
        // Squares past the largest double overflow in the engine (PostgreSQL raises an error):
        // such a column's values are read and summed here, as `Describe` sums them.
        let pulled = try pulled([column.name]).describe(columns: [column.name], monitor: nil).first
        (summary.mean, summary.std) = (pulled?.mean, pulled?.std)
      }
    case .date, .timestamp, .duration:
      summary.median = try ordered(column, offset: (count - 1) / 2, limit: 1, in: session).first ?? .null
    case .bool, .string:
      break
    }
    return summary
  }

  /// The mean and the sample standard deviation (nil below two values) of a number column whose
  /// `count` values lie in `low ... high`: sums of `value · rows` and `(value − mean)² · rows` over
  /// the distinct values, the terms `Describe` adds, each sum exact.
  private func meanAndDeviation(
    _ column: Column, count: Int, low: Double, high: Double, in session: SQLSession
  ) throws -> (Double, Double?) {
    let name = quoted(column.name)
    let groups = "FROM \(from) WHERE \(name) IS NOT NULL GROUP BY \(name)"
    // Terms as doubles, as `Describe` adds them: an integer column's products could overflow.
    let value = dialect.asDouble(name)
    let largest = Swift.max(abs(low), abs(high)) * Double(count)
    let total = try session.exactSum(count: count, bound: largest, dialect: dialect) { _ in
      "SELECT \(value) * COUNT(*) AS \(dialect.quote("term")) \(groups)"
    }
    let mean = total / Double(count)
    guard count > 1 else { return (mean, nil) }
    let spread = (high - low) * 1.001
    let squares = try session.exactSum(
      count: count, bound: spread * spread * Double(count), dialect: dialect
    ) {
      statement in
      let (first, second) = (statement.bind(mean), statement.bind(mean))
      return
        "SELECT (\(value) - \(first)) * (\(value) - \(second)) * COUNT(*) AS \(dialect.quote("term")) \(groups)"
    }
    return (mean, (squares / Double(count - 1)).squareRoot())
  }
}
