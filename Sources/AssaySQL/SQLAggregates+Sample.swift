import AssayAnalysis
import AssayCore

extension SQLAggregates {
  /// A seeded sample drawn by the engine: the rows complete in `complete` are numbered in scan
  /// order, ordered by a hash of their number mixed with `seed`, and the first `limit` of them
  /// read, in source order. The same seed draws the same rows of the same table; every complete
  /// row when there are no more than `limit`. (A different draw than `TableAggregates`', which
  /// shuffles row indices in memory.)
  public func sample(rows limit: Int, seed: UInt64, complete names: [String]) throws -> RowSample {
    try session { session in
      let schema = try schema(session)
      for name in names { _ = try schema.requireColumn(name) }
      let position = dialect.quote("assay_position")
      let condition =
        names.isEmpty ? "1 = 1" : names.map { "\(quoted($0)) IS NOT NULL" }.joined(separator: " AND ")
      let counts = try session.row(
        "SELECT COUNT(*), SUM(CASE WHEN \(condition) THEN 1 ELSE 0 END) FROM \(from)")
      let (rows, population) = (Int(counts[0].engineNumber ?? 0), Int(counts[1].engineNumber ?? 0))
      if dialect.engine == .clickhouse {
        return try hashedDraw(
          limit: limit, seed: seed, condition: condition, columns: schema.columns, rows: rows,
          population: population, in: session)
      }
      let sheet = dialect.quote("sheet")
      let numbered = dialect.numbered(selectList(columns), as: sheet, position: position)
      let output = ([position] + schema.columns.map { quoted($0.name) }).joined(separator: ", ")
      var statement = SQLStatement(dialect)
      let complete = "SELECT * FROM (\(numbered)) AS \(dialect.quote("numbered")) WHERE \(condition)"
      let drawn =
        population > limit
        ? "SELECT \(output) FROM (\(hashed(complete, position: position, seed: seed, statement: &statement))) AS \(dialect.quote("hashed")) ORDER BY \(dialect.quote("key")) LIMIT \(statement.bind(limit))"
        : complete
      let table = try session.table(
        "SELECT \(output) FROM (\(drawn)) AS \(dialect.quote("drawn")) ORDER BY \(position)",
        statement.parameters,
        name: name)
      let chosen = (0..<(table.columns.first?.count ?? 0)).map { Int(table.columns[0][$0].engineNumber ?? 0) }
      return RowSample(
        table: Table(name: name, columns: Array(table.columns.dropFirst())), rows: chosen,
        population: population, incomplete: rows - population)
    }
  }

  /// `rows` with a `key` column: a hash of each row's `position` and `seed`, by two rounds of a
  /// multiplication modulo a prime with the halves of the 32-bit result swapped between them,
  /// every product below 2^63 in every engine.
  private func hashed(_ rows: String, position: String, seed: UInt64, statement: inout SQLStatement) -> String
  {
    let (first, key) = (dialect.quote("first_hash"), dialect.quote("key"))
    let prime = "4294967291"
    let swapped = "(\(first) % 65536 * 65536 + \(dialect.quotient(first, "65536")))"
    let salt = Int(seed % (1 << 30))
    let once =
      "SELECT *, ((\(position) % 1073741824 + \(statement.bind(salt))) * 2654435761) % \(prime) AS \(first) FROM (\(rows)) AS \(dialect.quote("complete"))"
    return
      "SELECT *, (\(swapped) * 1640531527 + \(statement.bind(salt))) % \(prime) AS \(key) FROM (\(once)) AS \(dialect.quote("once"))"
  }

  /// The sample as ClickHouse draws it, in one flat statement that a Distributed table runs on
  /// every shard (each sends only its first `limit` rows by the key): the complete rows ordered by
  /// a hash of the seed and the row's values (`sipHash64`), the first `limit` of them. Its tables
  /// have no row order to number (a Distributed table's rows arrive in whatever order its shards
  /// answer), so each row's number is its place in the draw, and the same seed draws the same rows.
  private func hashedDraw(
    limit: Int, seed: UInt64, condition: String, columns: [Column], rows: Int, population: Int,
    in session: SQLSession
  ) throws -> RowSample {
    var statement = SQLStatement(dialect)
    let names = columns.map { quoted($0.name) }
    let key = "sipHash64(\(([statement.bind(Int(seed % (1 << 62)))] + names).joined(separator: ", ")))"
    let table = try session.table(
      "SELECT \(names.joined(separator: ", ")) FROM \(from) WHERE \(condition) ORDER BY \(key) "
        + "LIMIT \(statement.bind(limit))",
      statement.parameters, name: name)
    return RowSample(
      table: Table(name: name, columns: table.columns), rows: Array(0..<table.rowCount),
      population: population,
      incomplete: rows - population)
  }
}
