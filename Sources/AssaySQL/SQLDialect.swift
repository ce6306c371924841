import AssayCore

/// What differs in the SQL that SQLite, PostgreSQL and MariaDB/MySQL accept: quoting,
/// placeholders, and which functions exist. Generated SQL quotes every identifier and binds every
/// user value as a parameter; nothing a user typed is spliced into a statement.
public struct SQLDialect: Sendable, Equatable {
  /// The engine family.
  public enum Engine: String, Sendable {
    case sqlite, postgres, mysql
  }

  /// The engine.
  public let engine: Engine

  /// A dialect for `engine`.
  public init(_ engine: Engine) { self.engine = engine }

  /// `name` as a quoted identifier: `"name"` (`` `name` `` for MySQL), inner quotes doubled.
  public func quote(_ name: String) -> String {
    let mark: Character = engine == .mysql ? "`" : "\""
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
