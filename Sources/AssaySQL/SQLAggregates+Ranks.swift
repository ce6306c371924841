import AssayAnalysis
import AssayCore

/// The values a summary needs from one column: those at `ranks` (0-based, ascending, texts in
/// byte order) among its `count` values.
struct RankRequest {
  /// The column.
  let column: Column
  /// The ranks wanted, in any order.
  let ranks: [Int]
  /// How many values the column holds where the condition holds.
  let count: Int
}

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
    let filter = ([condition].compactMap { $0 } + ["\(name) IS NOT NULL"]).joined(separator: " AND ")
    let range = "LIMIT \(statement.bind(limit)) OFFSET \(statement.bind(offset))"
    let sql =
      "SELECT \(name) FROM \(from) WHERE \(filter) ORDER BY \(orderKey(column))\(descending ? " DESC" : "") \(range)"
    return try session.rows(sql, of: statement).map { $0[0] }
  }

  /// The expression a column is ordered by: texts byte by byte (in SQLite, a text column's numbers
  /// as their text, as a load holds them), other values as the engine orders them.
  func orderKey(_ column: Column) -> String {
    let name = quoted(column.name)
    guard column.type == .string else { return name }
    guard dialect.engine == .sqlite else { return dialect.byteOrdered(name) }
    return "CASE WHEN typeof(\(name)) IN ('integer', 'real') THEN CAST(\(name) AS TEXT) ELSE \(name) END"
  }

  /// For each request, its column's values at its ranks (in the order asked), among the rows where
  /// `condition` holds. PostgreSQL answers every request in one statement of ordered-set
  /// aggregates: `percentile_disc((rank + ½) / count)` is exactly the value at `rank`, and the
  /// aggregates over one column share its sort. ClickHouse answers them in one statement too, by
  /// `quantilesExact` at the same fractions (each shard sends its values, the initiator sorts them
  /// once per column). Other engines answer each run of adjacent ranks with `ordered`.
  func values(
    at requests: [RankRequest], condition: String? = nil, statement: SQLStatement? = nil,
    in session: SQLSession
  ) throws -> [[Value]] {
    if dialect.engine == .clickhouse {
      return try exactQuantileValues(at: requests, condition: condition, statement: statement, in: session)
    }
    guard dialect.engine == .postgres else {
      return try requests.map { request in
        try runs(of: request.ranks).flatMap { run in
          let values = try ordered(
            request.column, offset: run.lowerBound, limit: run.count, condition: condition,
            statement: statement,
            in: session)
          return run.map {
            values.indices.contains($0 - run.lowerBound) ? values[$0 - run.lowerBound] : .null
          }
        }.reordered(as: request.ranks)
      }
    }
    var statement = statement ?? SQLStatement(dialect)
    let filter = condition.map { " WHERE \($0)" } ?? ""
    let picks = requests.flatMap { request in
      request.ranks.map { rank in
        let fraction = (Double(rank) + 0.5) / Double(request.count)
        return
          "percentile_disc(\(statement.bind(fraction))) WITHIN GROUP (ORDER BY \(orderKey(request.column)))"
      }
    }
    guard !picks.isEmpty else { return requests.map { _ in [] } }
    var row = try session.row(
      "SELECT \(picks.joined(separator: ", ")) FROM \(from)\(filter)", statement.parameters)[...]
    return requests.map { request in
      defer { row = row.dropFirst(request.ranks.count) }
      return Array(row.prefix(request.ranks.count))
    }
  }

  /// `values(at:)` by ClickHouse's `quantilesExact`: `(rank + ½) / count` picks exactly the value
  /// at `rank`. The fractions are literals (ClickHouse takes no parameters to an aggregate), each
  /// picked from the one array by `arrayElement`, which ClickHouse computes once.
  private func exactQuantileValues(
    at requests: [RankRequest], condition: String?, statement: SQLStatement?, in session: SQLSession
  ) throws -> [[Value]] {
    let picks = requests.flatMap { request -> [String] in
      let fractions = request.ranks.map {
        dialect.literal(.double((Double($0) + 0.5) / Double(request.count)))
      }
      let quantiles = "quantilesExact(\(fractions.joined(separator: ", ")))(\(quoted(request.column.name)))"
      return request.ranks.indices.map { "arrayElement(\(quantiles), \($0 + 1))" }
    }
    guard !picks.isEmpty else { return requests.map { _ in [] } }
    let filter = condition.map { " WHERE \($0)" } ?? ""
    var row = try session.row(
      "SELECT \(picks.joined(separator: ", ")) FROM \(from)\(filter)", statement?.parameters ?? [])[...]
    return requests.map { request in
      defer { row = row.dropFirst(request.ranks.count) }
      return Array(row.prefix(request.ranks.count))
    }
  }

  /// The q-quantiles (each in 0 ... 1) of the `count` values of numeric `column` where `condition`
  /// holds, each from the two values around it, as numpy.percentile's default computes it.
  func quantiles(
    _ qs: [Double], of column: Column, count: Int, condition: String? = nil, statement: SQLStatement? = nil,
    in session: SQLSession
  ) throws -> [Double] {
    let positions = qs.map { LinearQuantile($0, count: count) }
    let ranks = positions.flatMap { [$0.lowerRank, $0.upperRank] }
    let values = try values(
      at: [RankRequest(column: column, ranks: ranks, count: count)], condition: condition,
      statement: statement,
      in: session
    )[0].map { $0.engineNumber ?? .nan }
    return positions.indices.map { positions[$0].value(below: values[2 * $0], above: values[2 * $0 + 1]) }
  }

  /// The ranks as runs of adjacent ranks, ascending, each rank once.
  private func runs(of ranks: [Int]) -> [ClosedRange<Int>] {
    Set(ranks).sorted().reduce(into: []) { runs, rank in
      if let last = runs.last, last.upperBound + 1 == rank {
        runs[runs.count - 1] = last.lowerBound...rank
      } else {
        runs.append(rank...rank)
      }
    }
  }
}

extension Array where Element == Value {
  /// Values listed for the ascending distinct ranks of `ranks`, put back in the order of `ranks`.
  fileprivate func reordered(as ranks: [Int]) -> [Value] {
    let ascending = Set(ranks).sorted()
    return ranks.map { rank in ascending.firstIndex(of: rank).map { self[$0] } ?? .null }
  }
}
