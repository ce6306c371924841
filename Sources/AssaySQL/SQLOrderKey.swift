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
  /// True for a key that only orders rows whose earlier keys tie: any fixed total order will do,
  /// so it need not be Assay's (PostgreSQL texts, for one, keep their collation, which it compares
  /// without converting every row as `COLLATE "C"` does).
  var breaksTies = false
  /// True for a column of exact decimals, ordered as the engine computes on them
  /// (`SQLDialect.computable`).
  var exactDecimal = false

  /// The ORDER BY terms of the key.
  func terms(_ dialect: SQLDialect) -> [String] {
    let name = dialect.computable(dialect.quote(column), exactDecimal: exactDecimal)
    if breaksTies {
      switch dialect.engine {
      // As text, which every type has (json, xml and geometric types have no order of their own);
      // a deterministic collation orders texts that compare equal by their bytes.
      case .postgres where type == .string: return ["CAST(\(name) AS text) ASC NULLS LAST"]
      // By their bytes: a collation may call different texts equal (`a` and `A`).
      case .mysql where type == .string: return ["(\(name) IS NULL)", "CAST(\(name) AS BINARY) ASC"]
      case .mysql: return ["(\(name) IS NULL)", "\(name) ASC"]
      // As text: newer servers refuse to order by a Variant, Dynamic or JSON column.
      case .clickhouse where type == .string: return ["\(dialect.byteOrdered(name)) ASC NULLS LAST"]
      case .sqlite, .postgres, .clickhouse: return ["\(name) ASC NULLS LAST"]
      }
    }
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
