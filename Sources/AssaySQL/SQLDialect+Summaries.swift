import AssayCore

extension SQLDialect {
  /// `expression` (a number) cut toward zero to an integer, as Swift's `Int(_:)` cuts a double.
  func truncated(_ expression: String) -> String {
    switch engine {
    case .sqlite: return "CAST(\(expression) AS INTEGER)"
    case .postgres: return "CAST(trunc(\(expression)) AS bigint)"
    case .mysql: return "CAST(TRUNCATE(\(expression), 0) AS SIGNED)"
    case .clickhouse: return "toInt64(trunc(\(expression)))"
    }
  }

  /// `expression` held within `low ... high` (`low` not above `high`), written in that order.
  func clamped(_ expression: String, _ low: String, _ high: String) -> String {
    switch engine {
    case .sqlite: return "MIN(MAX(\(expression), \(low)), \(high))"
    case .postgres, .mysql: return "LEAST(GREATEST(\(expression), \(low)), \(high))"
    case .clickhouse: return "least(greatest(\(expression), \(low)), \(high))"
    }
  }

  /// The integer quotient of two integers, cut toward zero.
  func quotient(_ dividend: String, _ divisor: String) -> String {
    switch engine {
    case .mysql: return "(\(dividend) DIV \(divisor))"
    case .clickhouse: return "intDiv(\(dividend), \(divisor))"
    case .sqlite, .postgres: return "(\(dividend) / \(divisor))"
    }
  }

  /// A text `expression` compared byte by byte (code point order), whatever the column's
  /// collation: as Assay orders texts.
  func byteOrdered(_ expression: String) -> String {
    switch engine {
    case .sqlite: return expression
    // ClickHouse compares texts as bytes; an Enum, UUID or address is compared as its text.
    case .clickhouse: return "toString(\(expression))"
    // As the text shown: uuid, json and array columns are shown as text, and take no collation.
    case .postgres: return "\(postgresShownText(expression)) COLLATE \"C\""
    // Whatever the column's character set (latin1 by default on older servers), the bytes of its
    // UTF-8 text: the binary collations pad (`a` equals `a `), bytes do not.
    case .mysql: return "CAST(CONVERT(\(expression) USING utf8mb4) AS BINARY)"
    }
  }

  /// A PostgreSQL value as psql and a load show it, its type's output text (which `concat` writes),
  /// NULL kept NULL (which `concat` makes empty). A cast to text differs from it for two types:
  /// `char(n)` drops its padding, and `inet` adds a host address's mask (`/32`, `/128`).
  func postgresShownText(_ expression: String) -> String {
    "(CASE WHEN \(expression) IS NULL THEN NULL ELSE concat(\(expression)) END)"
  }

  /// The rows where `column` holds a value, counted. ClickHouse (18.16) counts the NULLs of a
  /// `LowCardinality(Nullable(…))` column in `count(c)`, so there it counts `isNotNull(c)`, which
  /// is right for every type.
  func valueCount(_ column: String) -> String {
    engine == .clickhouse ? "countIf(isNotNull(\(column)))" : "COUNT(\(column))"
  }

  /// The distinct values of `key` (an expression of `column`) among the rows where `column` holds a
  /// value. ClickHouse (18.16) counts a `LowCardinality(Nullable(…))` column's NULL as one more
  /// distinct value in `uniqExact`, which is what its `COUNT(DISTINCT …)` runs, so there only the
  /// rows holding a value are counted.
  func distinctCount(_ key: String, of column: String) -> String {
    engine == .clickhouse ? "uniqExactIf(\(key), isNotNull(\(column)))" : "COUNT(DISTINCT \(key))"
  }

  /// Whether a double `expression` holds a finite number: neither NULL, NaN (which PostgreSQL and
  /// ClickHouse store, and Assay counts with the nulls) nor infinite (which Assay counts as no number).
  func holdsFiniteNumber(_ expression: String) -> String {
    switch engine {
    case .sqlite: return "\(expression) BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308"
    case .mysql: return "\(expression) IS NOT NULL"
    case .postgres: return "(\(expression) > '-Infinity'::float8 AND \(expression) < 'Infinity'::float8)"
    case .clickhouse: return "isFinite(\(expression))"
    }
  }

  /// Whether a double `expression` is infinite (MySQL stores no infinity).
  func isInfinite(_ expression: String) -> String {
    switch engine {
    case .sqlite: return "abs(\(expression)) > 1.7976931348623157e308"
    case .mysql: return "1 = 0"
    case .postgres: return "\(expression) IN ('Infinity'::float8, '-Infinity'::float8)"
    case .clickhouse: return "isInfinite(\(expression))"
    }
  }

  /// Column `name`'s values as the engine computes on them: PostgreSQL's exact decimals (a column
  /// with declared decimal places) as `numeric`, since `money`, one of them, has no average, no
  /// cast to a double and no comparison with one; every other column as it is.
  func computable(_ name: String, exactDecimal: Bool) -> String {
    engine == .postgres && exactDecimal ? "CAST(\(name) AS numeric)" : name
  }

  /// `expression` as a double, so arithmetic on it cannot overflow an integer type.
  func asDouble(_ expression: String) -> String {
    switch engine {
    case .sqlite: return "CAST(\(expression) AS REAL)"
    case .postgres: return "CAST(\(expression) AS double precision)"
    case .mysql: return "CAST(\(expression) AS DOUBLE)"
    case .clickhouse: return "toFloat64(\(expression))"
    }
  }

  /// Whether MIN and MAX of a column of `type` (of its `byteOrdered` form for texts) hand back
  /// values of that type: not for booleans (PostgreSQL has no MIN of them), SQLite's dates and
  /// times (held as text, typed only by a column's declared type, which an aggregate does not
  /// carry), or MySQL's texts (compared as bytes, which come back as bytes).
  func extremesKeepType(_ type: ColumnType) -> Bool {
    switch type {
    case .bool: return false
    case .date, .timestamp, .duration: return engine != .sqlite
    case .string: return engine != .mysql
    case .int, .double: return true
    }
  }

  /// Every row of `rows` (a SELECT) with its 0-based number in scan order, the order a load reads,
  /// as `position`; the rows aliased `alias`. ClickHouse numbers them as its blocks arrive. MariaDB's `ROW_NUMBER() OVER ()` numbers rows in
  /// whatever order its window step leaves them, so there a user variable counts them as they are read.
  func numbered(_ rows: String, as alias: String, position: String) -> String {
    switch engine {
    case .sqlite, .postgres:
      return "SELECT ROW_NUMBER() OVER () - 1 AS \(position), \(alias).* FROM (\(rows)) AS \(alias)"
    case .clickhouse:
      return "SELECT rowNumberInAllBlocks() AS \(position), \(alias).* FROM (\(rows)) AS \(alias)"
    case .mysql:
      return "SELECT (@assay_row := @assay_row + 1) - 1 AS \(position), \(alias).* "
        + "FROM (SELECT @assay_row := 0) AS \(quote("assay_start")), (\(rows)) AS \(alias)"
    }
  }
}
