import AssayCore
import AssaySQL
import Foundation

/// The tables of every database but ClickHouse's own, with their engines: rows and bytes of a
/// MergeTree-family table from its active parts, of a `Distributed` table from the parts of the
/// table it spreads, on every shard of its cluster (`cluster(NAME, system.parts)`); none for views
/// and for engines that keep no parts.
struct ClickHouseCatalog {
  /// The session to read with.
  let connection: ClickHouseConnection

  /// Every table and view, by database and name.
  func tables() throws -> [CatalogTable] {
    let listed = try connection.fetch(
      """
      SELECT database, name, engine, engine_full FROM system.tables
      WHERE database NOT IN ('system', 'INFORMATION_SCHEMA', 'information_schema') ORDER BY database, name
      """
    ).rows
    let local = try sizes(from: "system.parts")
    var clusters: [String: [String: (rows: Int, bytes: Int)]] = [:]
    return listed.map { row in
      let (database, name, engine) = (row[0].description, row[1].description, row[2].description)
      var size = local[database + "." + name]
      if engine == "Distributed", let spread = Self.distributed(row[3].description) {
        if clusters[spread.cluster] == nil {
          let literal = SQLDialect(.clickhouse).literal(.string(spread.cluster))
          clusters[spread.cluster] = (try? sizes(from: "cluster(\(literal), system.parts)")) ?? [:]
        }
        size =
          clusters[spread.cluster]?[
            (spread.database.isEmpty ? database : spread.database) + "." + spread.table]
      }
      return CatalogTable(
        schema: database, name: name, isView: engine.hasSuffix("View"), estimatedRows: size?.rows,
        bytes: size?.bytes, engine: engine)
    }
  }

  /// Rows and bytes on disk of each table's active parts in `parts`, by `database.table`.
  private func sizes(from parts: String) throws -> [String: (rows: Int, bytes: Int)] {
    let rows = try connection.fetch(
      "SELECT database, table, sum(rows), sum(bytes_on_disk) FROM \(parts) WHERE active GROUP BY database, table"
    ).rows
    return Dictionary(
      rows.map { ($0[0].description + "." + $0[1].description, (Self.integer($0[2]), Self.integer($0[3]))) },
      uniquingKeysWith: { first, _ in first })
  }

  /// The cluster, database and table of `Distributed(cluster, database, table[, key])`.
  static func distributed(_ engineFull: String) -> (cluster: String, database: String, table: String)? {
    guard let open = engineFull.firstIndex(of: "("), let close = engineFull.lastIndex(of: ")") else {
      return nil
    }
    let arguments = engineFull[engineFull.index(after: open)..<close].split(separator: ",").map {
      $0.trimmingCharacters(in: CharacterSet(charactersIn: " '\"`"))
    }
    guard arguments.count >= 3 else { return nil }
    return (arguments[0], arguments[1], arguments[2])
  }

  private static func integer(_ value: Value) -> Int {
    if case .int(let number) = value { return Int(number) }
    return Int(value.doubleValue ?? 0)
  }
}
