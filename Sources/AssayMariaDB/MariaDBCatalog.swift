import AssayCore
import AssaySQL

/// The tables and views of a MariaDB or MySQL server, read from `information_schema.TABLES` in one
/// query: the session's database, or every schema but the server's own when none is named. Rows
/// are the engine's estimate (InnoDB's statistics), bytes the data and indexes on disk.
struct MariaDBCatalog {
  /// The session to read with.
  let connection: any DatabaseConnection
  /// The session's database; empty for none.
  let database: String

  /// The server's own schemas, left out of a listing of every schema.
  static let systemSchemas = ["information_schema", "mysql", "performance_schema", "sys"]

  /// The statement that lists the tables: of the session's database (`DATABASE()`) when
  /// `everySchema` is false.
  static func statement(everySchema: Bool) -> String {
    let scope =
      everySchema
      ? "TABLE_SCHEMA NOT IN (\(systemSchemas.map { "'\($0)'" }.joined(separator: ", ")))"
      : "TABLE_SCHEMA = DATABASE()"
    return """
      SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE, TABLE_ROWS, DATA_LENGTH + INDEX_LENGTH \
      FROM information_schema.TABLES WHERE \(scope) ORDER BY TABLE_SCHEMA, TABLE_NAME
      """
  }

  /// Every table and view, by schema and name; a table of the session's database has no schema
  /// (it is read from the default database).
  func tables() throws -> [CatalogTable] {
    let everySchema = database.isEmpty
    return try connection.fetch(Self.statement(everySchema: everySchema)).rows.map { row in
      let type = row[2].description
      return CatalogTable(
        schema: everySchema ? row[0].description : "", name: row[1].description,
        isView: type.hasSuffix("VIEW"), estimatedRows: Self.count(row[3]), bytes: Self.count(row[4]))
    }
  }

  private static func count(_ value: Value) -> Int? {
    if case .int(let number) = value { return Int(number) }
    if case .double(let number) = value, number.isFinite { return Int(number) }
    return nil
  }
}
