import AssayCore

/// A filter a person typed (`x > 5 and k == "a"`), kept with the columns its indices refer to, so
/// the engine can evaluate it as a WHERE condition on a source too large to hold.
public struct RowFilter: Sendable, Equatable {
  /// The filter as typed.
  public let text: String
  /// The parsed filter.
  let expression: FilterExpression
  /// The name, type and zone form of each column the expression's indices refer to.
  let columns: [FilterColumn]

  /// A filter over `columns` (the sheet's, whose indices `expression` uses).
  public init(text: String, expression: FilterExpression, columns: [Column]) {
    self.text = text
    self.expression = expression
    self.columns = columns.map {
      FilterColumn(name: $0.name, type: $0.type, timeZone: $0.timeZone, exactDecimal: $0.decimalPlaces != nil)
    }
  }

  /// What a filter needs to know of a column.
  struct FilterColumn: Sendable, Equatable {
    let name: String
    let type: ColumnType
    let timeZone: TimeZoneForm?
    let exactDecimal: Bool
  }
}

/// A condition in an engine's SQL with the values it binds: the rows of a filtered source.
struct SQLCondition: Sendable, Equatable {
  /// The condition; its values are markers of the source's values (`SQLPlacement.Owner.source`).
  let sql: String
  /// The values bound, in marker order.
  let parameters: [Value]

  /// Every one of `filters` written as one condition in `dialect`'s SQL, evaluated as Assay
  /// evaluates it in memory: a comparison never holds for a null (except `== null`) or for NaN,
  /// so `not` keeps those rows; texts compare by code point; a date compares as its midnight.
  /// - Throws: `AssayError` when a comparison has no form in the engine's SQL (a pattern in SQLite).
  init(_ filters: [RowFilter], dialect: SQLDialect) throws {
    var writer = ConditionWriter(dialect: dialect)
    let terms = try filters.map { filter in try writer.write(filter.expression, filter.columns) }
    sql = terms.count == 1 ? terms[0] : terms.map { "(\($0))" }.joined(separator: " AND ")
    parameters = writer.parameters
  }
}

/// Writes filter expressions as SQL, binding their constants as the source's values.
private struct ConditionWriter {
  let dialect: SQLDialect
  private(set) var parameters: [Value] = []

  init(dialect: SQLDialect) { self.dialect = dialect }

  /// The marker of a new bound value.
  private mutating func bind(_ value: Value) -> String {
    parameters.append(value)
    return SQLPlacement.marker(parameters.count - 1, of: .source)
  }

  /// `expression` as SQL over `columns`.
  mutating func write(_ expression: FilterExpression, _ columns: [RowFilter.FilterColumn]) throws -> String {
    switch expression {
    case .and(let terms):
      guard !terms.isEmpty else { return "(1 = 1)" }
      return "(" + (try terms.map { try write($0, columns) }).joined(separator: " AND ") + ")"
    case .or(let terms):
      guard !terms.isEmpty else { return "(1 = 0)" }
      return "(" + (try terms.map { try write($0, columns) }).joined(separator: " OR ") + ")"
    case .not(let term):
      return "(NOT \(try write(term, columns)))"
    case .comparison(let index, let op, let constant):
      guard columns.indices.contains(index) else { return "(1 = 0)" }
      return try comparison(columns[index], op, constant)
    }
  }

  /// One comparison: never true for a null (nor, for PostgreSQL's doubles, a NaN), except `== null`.
  private mutating func comparison(
    _ column: RowFilter.FilterColumn, _ op: FilterOperator, _ constant: FilterConstant
  )
    throws -> String
  {
    let name = dialect.computable(dialect.quote(column.name), exactDecimal: column.exactDecimal)
    if case .null = constant { return "(\(name) IS \(op == .equal ? "" : "NOT ")NULL)" }
    var guards = ["\(name) IS NOT NULL"]
    if column.type == .double, dialect.engine == .postgres {
      guards.append("\(name) <> CAST('NaN' AS double precision)")
    }
    if column.type == .double, dialect.engine == .clickhouse {
      guards.append("NOT isNaN(\(dialect.asDouble(name)))")  // a Decimal has no isNaN of its own
    }
    let test = try compared(column, name, op, constant)
    let conjunction = (guards + [test]).joined(separator: " AND ")
    // ClickHouse's AND of a false and a NULL is NULL, which NOT keeps NULL: a null's test is false.
    return dialect.engine == .clickhouse ? "(ifNull(\(conjunction), 0) = 1)" : "(\(conjunction))"
  }

  /// The comparison itself, on a value known to be present.
  private mutating func compared(
    _ column: RowFilter.FilterColumn, _ name: String, _ op: FilterOperator, _ constant: FilterConstant
  ) throws -> String {
    let symbol = op == .notEqual ? "<>" : (op == .equal ? "=" : op.rawValue)
    switch constant {
    case .null:
      return "(1 = 0)"
    case .number(let number):
      return "\(numeric(column, name)) \(symbol) \(bind(Self.number(number, for: column.type)))"
    case .integer(let whole):
      return "\(numeric(column, name)) \(symbol) \(bind(.int(whole)))"
    case .time(let micros, let hasZone):
      let instant = hasZone ? micros : micros - (column.timeZone?.seconds ?? 0) * TimeText.microsPerSecond
      return time(column, name, symbol, instant)
    case .text(let text):
      return textual(name, symbol, text)
    case .pattern(let pattern):
      return try matching(name, pattern)
    }
  }

  /// A number constant bound as an integer where it is one and the column holds integers (so an
  /// index on the column serves), else as a double.
  private static func number(_ number: Double, for type: ColumnType) -> Value {
    if type == .int || type == .bool, number == number.rounded(), abs(number) < 9e18 {
      return .int(Int64(number))
    }
    return .double(number)
  }

  /// The column as a number: booleans as 0 and 1, durations in seconds.
  private func numeric(_ column: RowFilter.FilterColumn, _ name: String) -> String {
    switch (column.type, dialect.engine) {
    case (.bool, .postgres): return "CAST(\(name) AS integer)"
    case (.duration, .postgres): return "EXTRACT(EPOCH FROM \(name))"
    case (.duration, .mysql): return "TIME_TO_SEC(\(name))"
    // A Decimal has no comparison with a Float64 constant.
    case (.double, .clickhouse): return dialect.asDouble(name)
    default: return name
    }
  }

  /// A date or timestamp column compared with an instant (microseconds; a date as its midnight).
  private mutating func time(
    _ column: RowFilter.FilterColumn, _ name: String, _ symbol: String, _ instant: Int64
  )
    -> String
  {
    let stamp = Value.timestamp(Timestamp(microseconds: instant, zone: column.timeZone ?? .naive))
    if dialect.engine == .sqlite {
      // SQLite keeps times as text in any of its formats: compared as the instants they name.
      let text = Value.string(TimeText.iso(instant, zone: .naive))
      return "julianday(\(name)) \(symbol) julianday(\(bind(text)))"
    }
    guard column.type == .date else { return "\(name) \(symbol) \(bind(stamp))" }
    let (days, rest) = instant.quotientAndRemainder(dividingBy: TimeText.microsPerDay)
    if rest == 0, let day = Int32(exactly: days) { return "\(name) \(symbol) \(bind(.date(day)))" }
    switch dialect.engine {
    case .postgres: return "CAST(\(name) AS timestamp) \(symbol) \(bind(stamp))"
    case .clickhouse: return "toDateTime(\(name), 'UTC') \(symbol) \(bind(stamp))"
    case .mysql, .sqlite: return "CAST(\(name) AS DATETIME) \(symbol) \(bind(stamp))"
    }
  }

  /// A column's text compared with `text` by code point. PostgreSQL compares the text as the
  /// column shows it (`concat` keeps a `char(n)`'s padding, which a cast to text drops, and leaves
  /// out an `inet` host address's mask, which a cast adds). An equality also compares the column's
  /// cast to text, which an index on a text column can answer, with each form the cast of a value
  /// shown as `text` can take: the same text, or without the padding, or with a mask.
  private mutating func textual(_ name: String, _ symbol: String, _ text: String) -> String {
    switch dialect.engine {
    case .sqlite: return "\(name) COLLATE BINARY \(symbol) \(bind(.string(text)))"
    case .clickhouse: return "toString(\(name)) \(symbol) \(bind(.string(text)))"
    case .mysql: return "\(dialect.byteOrdered(name)) \(symbol) \(bind(.string(text)))"
    case .postgres:
      let value = bind(.string(text))
      let shown = "concat(\(name)) COLLATE \"C\" \(symbol) \(value)"
      guard symbol == "=" else { return shown }
      let casts = [value, "rtrim(\(value))", "\(value) || '/32'", "\(value) || '/128'"]
      return "CAST(\(name) AS text) IN (\(casts.joined(separator: ", "))) AND \(shown)"
    }
  }

  /// The column's text holding a match of a regular expression.
  private mutating func matching(_ name: String, _ pattern: String) throws -> String {
    switch dialect.engine {
    case .postgres: return "concat(\(name)) ~ \(bind(.string(pattern)))"
    case .clickhouse: return "match(toString(\(name)), \(bind(.string(pattern))))"
    case .mysql: return "CONVERT(\(name) USING utf8mb4) COLLATE utf8mb4_bin REGEXP \(bind(.string(pattern)))"
    case .sqlite:
      throw AssayError(
        message: "SQLite has no regular expressions, so '~' cannot run in the database",
        hint: "filter with ==, !=, <, > or >=, or hold every row with -O hold=N and filter in memory")
    }
  }
}
