import AssayCore
import AssaySQL

/// The tables, views and materialized views of every schema but PostgreSQL's own, in one query:
/// rows as `pg_class.reltuples` estimates them (none for a table never analyzed, nor for a view)
/// and bytes as `pg_total_relation_size` counts them (indexes and TOAST included).
struct PostgresCatalog {
  /// The session to read with.
  let connection: any DatabaseConnection

  /// The catalog query: partitions are left out (their parent is listed), and so are the tables
  /// and schemas the session may not read.
  static let query = """
    SELECT n.nspname, c.relname, c.relkind IN ('v', 'm'),
      CASE WHEN c.relkind = 'v' OR c.reltuples < 0 THEN NULL ELSE c.reltuples::int8 END,
      CASE WHEN c.relkind = 'v' THEN NULL ELSE pg_total_relation_size(c.oid) END
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND NOT c.relispartition
      AND n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'
      AND has_schema_privilege(n.oid, 'USAGE') AND has_table_privilege(c.oid, 'SELECT')
    ORDER BY n.nspname, c.relname
    """

  /// Every table and view, by schema and name.
  func tables() throws -> [CatalogTable] {
    try connection.fetch(Self.query).rows.map { row in
      CatalogTable(
        schema: row[0].description, name: row[1].description, isView: row[2] == .bool(true),
        estimatedRows: Self.integer(row[3]), bytes: Self.integer(row[4]))
    }
  }

  /// An integer cell, nil for NULL.
  private static func integer(_ value: Value) -> Int? {
    if case .int(let number) = value { return Int(number) }
    return nil
  }
}
