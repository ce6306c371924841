import AssayCore
import AssaySQL
import Foundation

/// The tables and views of a SQLite file: names from `sqlite_schema`, rows from `sqlite_stat1`
/// when `ANALYZE` has filled it, else counted up to a bound while a time budget lasts.
struct SQLiteCatalog {
  /// The session to read with.
  let connection: any DatabaseConnection

  /// Rows counted at most per table without statistics; a larger table shows no count.
  static let countBound = 100_000
  /// Time spent counting rows at most, over all tables; the rest show no count.
  static let countBudget = Duration.milliseconds(300)

  /// Every table and view of the main schema, in name order.
  func tables() throws -> [CatalogTable] {
    let listed = try connection.fetch(
      "SELECT name, type FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite!_%' ESCAPE '!' ORDER BY name"
    ).rows
    let statistics = try statisticRows()
    let clock = ContinuousClock()
    let started = clock.now
    let dialect = SQLDialect(.sqlite)
    return try listed.map { row in
      let name = row[0].description
      let isView = row[1].description == "view"
      var rows = statistics[name]
      if rows == nil, !isView, clock.now - started < Self.countBudget {
        let bounded = try connection.fetch(
          "SELECT count(*) FROM (SELECT 1 FROM \(dialect.quote(name)) LIMIT \(Self.countBound + 1))"
        ).rows.first?.first
        if case .int(let counted) = bounded, counted <= Self.countBound { rows = Int(counted) }
      }
      return CatalogTable(schema: "", name: name, isView: isView, estimatedRows: rows, bytes: nil)
    }
  }

  /// Rows per table from `sqlite_stat1` (the first number of a table's statistics), empty when
  /// the database was never analyzed.
  private func statisticRows() throws -> [String: Int] {
    let exists = try connection.fetch("SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_stat1'").rows
    guard !exists.isEmpty else { return [:] }
    var rows: [String: Int] = [:]
    for row in try connection.fetch("SELECT tbl, stat FROM sqlite_stat1").rows {
      if let first = row[1].description.split(separator: " ").first, let count = Int(first) {
        rows[row[0].description] = max(rows[row[0].description] ?? 0, count)
      }
    }
    return rows
  }
}
