import AssayCore

/// What differs in the SQL that SQLite, PostgreSQL, MariaDB/MySQL and ClickHouse accept: quoting,
/// placeholders, and which functions exist. Generated SQL quotes every identifier and binds every
/// user value as a parameter; nothing a user typed is spliced into a statement. ClickHouse's HTTP
/// interface takes no parameters: there a value is written as a literal, escaped (`literal`).
public struct SQLDialect: Sendable, Equatable {
  /// The engine family.
  public enum Engine: String, Sendable {
    case sqlite, postgres, mysql, clickhouse
  }

  /// The engine.
  public let engine: Engine

  /// A dialect for `engine`.
  public init(_ engine: Engine) { self.engine = engine }

  /// `name` as a quoted identifier: `"name"` (`` `name` `` for MySQL and SQLite), inner quotes doubled (for
  /// ClickHouse, quotes and backslashes escaped with a backslash).
  public func quote(_ name: String) -> String {
    // ClickHouse reads backslash escapes inside quoted names too.
    if engine == .clickhouse {
      return "\""
        + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        + "\""
    }
    // SQLite reads a double-quoted name that names no column as a string; a backquoted one never.
    let mark: Character = engine == .mysql || engine == .sqlite ? "`" : "\""
    return String(mark) + name.replacingOccurrences(of: String(mark), with: String([mark, mark]))
      + String(mark)
  }

  /// A schema-qualified name, each part quoted; the schema is left out when empty.
  public func quote(schema: String, name: String) -> String {
    schema.isEmpty ? quote(name) : quote(schema) + "." + quote(name)
  }

  /// The placeholder for the parameter at `index` (1-based): `$1` for PostgreSQL, `?` elsewhere.
  public func placeholder(_ index: Int) -> String {
    engine == .postgres ? "$\(index)" : "?"
  }

  /// Whether values are written into the statement as literals rather than bound (ClickHouse).
  public var writesLiterals: Bool { engine == .clickhouse }

  /// `value` as a ClickHouse literal: a text single-quoted with its quotes and backslashes
  /// escaped, a number as Swift writes it exactly (`nan`, `inf`), a date or time by its function.
  public func literal(_ value: Value) -> String {
    switch value {
    case .null: return "NULL"
    case .bool(let flag): return flag ? "1" : "0"
    case .int(let number): return number == .min ? "toInt64('\(number)')" : String(number)
    case .double(let number):
      if number.isNaN { return "nan" }
      if number.isInfinite { return number > 0 ? "inf" : "-inf" }
      return "\(number)"
    case .date(let days): return "toDate(\(min(max(days, 0), Int32(UInt16.max))))"
    case .timestamp(let stamp):
      // Within DateTime's range (1970 to 2106), where ClickHouse would wrap a number outside it.
      let seconds = stamp.microseconds.quotientAndRemainder(dividingBy: 1_000_000)
      let whole = seconds.quotient - (seconds.remainder < 0 ? 1 : 0)
      return "toDateTime(\(min(max(whole, 0), Int64(UInt32.max))))"
    case .duration(let micros): return "\(Double(micros) / 1e6)"
    case .string(let text):
      return "'"
        + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
        + "'"
    }
  }

  /// The placeholder for a parameter holding `value`: for PostgreSQL a number's is cast to its
  /// type (`CAST($2 AS double precision)`), as the server would otherwise take the type of what the
  /// parameter meets; other values, and other engines, bind typed values and need no cast.
  public func typedPlaceholder(_ index: Int, for value: Value) -> String {
    guard engine == .postgres else { return placeholder(index) }
    switch value {
    case .double: return "CAST(\(placeholder(index)) AS double precision)"
    case .int: return "CAST(\(placeholder(index)) AS bigint)"
    default: return placeholder(index)
    }
  }
}
