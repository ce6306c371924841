import AssayCore

/// One key of an engine-side sort, written so the engine orders as Assay sorts: texts by code
/// point, nulls (and PostgreSQL's NaN) last in either direction.
struct SQLOrderKey: Sendable, Equatable {
  /// The column's name.
  let column: String
  /// The column's type.
  let type: ColumnType
  /// True for largest first.
  let descending: Bool

  /// The ORDER BY terms of the key.
  func terms(_ dialect: SQLDialect) -> [String] {
    let name = dialect.quote(column)
    let key = type == .string ? dialect.byteOrdered(name) : name
    let direction = descending ? "DESC" : "ASC"
    switch dialect.engine {
    case .postgres where type == .double && descending:
      // PostgreSQL orders NaN above every number: kept last, with the nulls.
      return ["(\(name) IS NULL OR \(name) = CAST('NaN' AS double precision))", "\(key) DESC"]
    case .sqlite, .postgres, .clickhouse:
      return ["\(key) \(direction) NULLS LAST"]
    case .mysql:
      return ["(\(name) IS NULL)", "\(key) \(direction)"]
    }
  }
}
