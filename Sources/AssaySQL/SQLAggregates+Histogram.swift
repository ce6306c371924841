import AssayAnalysis
import AssayCore

extension SQLAggregates {
  /// `Histogram.compute` with the count, bounds and quartiles read from the engine and the values
  /// counted by one GROUP BY of their bin, placed by the float arithmetic `Histogram` uses; a
  /// column the engine does not hold as numbers is read and binned as the loaded sheet would be.
  public func histogram(column name: String, rule: BinRule) throws -> Histogram {
    let counted = try session { session -> Histogram? in
      let column = try schema(session).requireColumn(name)
      guard column.type.isNumeric else { return nil }
      let (quotedName, extreme) = (quoted(column.name), extremeKey(column))
      let stats = try session.row(
        "SELECT COUNT(*), \(dialect.valueCount(quotedName)), MIN(\(extreme)), MAX(\(extreme)) FROM \(from)")
      let count = Int(stats[1].engineNumber ?? 0)
      let bounds = stats[2].engineNumber.flatMap { low in stats[3].engineNumber.map { (low, $0) } }
      return try Histogram.compute(
        column: column.name, rows: Int(stats[0].engineNumber ?? 0), count: count, bounds: bounds, rule: rule,
        interquartileRange: {
          let quartiles = try quantiles([0.25, 0.75], of: column, count: count, in: session)
          return quartiles[1] - quartiles[0]
        },
        countBins: { try binCounts(column, edges: $0, in: session) })
    }
    return try counted ?? pulled([name]).histogram(column: name, rule: rule)
  }

  /// The values of `column` counted in the bins of `edges` by one GROUP BY, each value placed as
  /// `Histogram` places it: in the bin whose edges hold it (the last bin holding its upper edge),
  /// an edge `i` being `i · step + first` (the last one `last` itself) as `Histogram.linspace` makes it.
  /// PostgreSQL finds the bin by a binary search of the edges (`width_bucket` of an array) when
  /// they rise and are at most 10,000; otherwise, and in other engines, the query computes its index by `(x − first) / (last − first) · bins` cut toward zero and held
  /// within the bins, then move it one bin down or up when the value lies outside that bin's edges.
  private func binCounts(_ column: Column, edges: [Double], in session: SQLSession) throws -> [Int] {
    let bins = edges.count - 1
    guard let first = edges.first, let last = edges.last else { return [] }
    let step = (last - first) / Double(bins)
    var statement = SQLStatement(dialect)
    let (x, bin) = (numeric(column), dialect.quote("assay_bin"))
    let sql: String
    let lowerEdges = (0..<bins).map { Double($0) * step + first }
    // Edges that do not rise (values far larger than their range) or more than a statement's
    // parameters would hold go by the arithmetic, which places values exactly as `Histogram` does.
    let searchable = bins <= 10_000 && zip(lowerEdges, lowerEdges.dropFirst()).allSatisfy { $0 < $1 }
    if dialect.engine == .postgres && searchable {
      let placeholders = lowerEdges.map { statement.bind($0) }
      sql = """
        SELECT width_bucket(\(dialect.asDouble(x)), ARRAY[\(placeholders.joined(separator: ", "))]) - 1 AS \(bin), \
        COUNT(*) FROM \(from) WHERE \(x) IS NOT NULL GROUP BY \(bin)
        """
    } else {
      sql = correctedBinQuery(x, bins: bins, first: first, last: last, step: step, statement: &statement)
    }
    var counts = [Int](repeating: 0, count: bins)
    for row in try session.rows(sql, of: statement) {
      guard let slot = row[0].engineNumber.map(Int.init) else { continue }
      counts[Swift.min(Swift.max(slot, 0), bins - 1)] += Int(row[1].engineNumber ?? 0)
    }
    return counts
  }

  /// The GROUP BY of bins placed by arithmetic and corrected by the edges (see `binCounts`).
  private func correctedBinQuery(
    _ x: String, bins: Int, first: Double, last: Double, step: Double, statement: inout SQLStatement
  ) -> String {
    // Aliases no table's column is likely to share: ClickHouse's are seen by the whole statement,
    // where one named like a column would stand in for it.
    let (index, bin) = (dialect.quote("assay_index"), dialect.quote("assay_bin"))
    // Only the edges below the last are compared (the index is at most bins − 1, and a move up
    // only from below bins − 1), each `i · step + first` as `Histogram.linspace` makes it.
    func edge(_ position: String) -> String {
      "\(position) * \(statement.bind(step)) + \(statement.bind(first))"
    }
    // Elsewhere the value is placed in a derived table, and compared by its alias there.
    let value = dialect.quote("assay_value")
    let compared = dialect.engine == .clickhouse ? x : value
    let below = "\(compared) < \(edge(index)) AND \(index) > 0"
    let above = "\(index) < \(statement.bind(bins - 1)) AND \(compared) >= \(edge("(\(index) + 1)"))"
    let scaled =
      "(\(x) - \(statement.bind(first))) / \(statement.bind(last - first)) * \(statement.bind(Double(bins)))"
    let placed = dialect.clamped(dialect.truncated(scaled), statement.bind(0), statement.bind(bins - 1))
    // ClickHouse runs a flat GROUP BY on every shard of a Distributed table (a subquery's rows
    // would all travel to the server that asked): the index as a WITH expression. Its comparisons
    // are the numbers 0 and 1, and the move as their sum (the two never hold together, an edge
    // lying above the one below it) costs a fifth less than a CASE, which computes every branch.
    if dialect.engine == .clickhouse {
      return "WITH \(placed) AS \(index) SELECT \(index) - (\(below)) + (\(above)) AS \(bin), COUNT(*) "
        + "FROM \(from) WHERE \(x) IS NOT NULL GROUP BY \(bin)"
    }
    let moved = "CASE WHEN \(below) THEN \(index) - 1 WHEN \(above) THEN \(index) + 1 ELSE \(index) END"
    return """
      SELECT \(bin), COUNT(*) FROM (SELECT \(moved) AS \(bin) \
      FROM (SELECT \(x) AS \(value), \(placed) AS \(index) FROM \(from) WHERE \(x) IS NOT NULL) AS \(dialect.quote("placed"))) \
      AS \(dialect.quote("binned")) GROUP BY \(bin)
      """
  }
}
