import AssayCore

/// A statement being written: SQL text and the values bound to its placeholders, numbered as the
/// dialect numbers them. A value is only ever bound, never written into the text.
struct SQLStatement {
  /// The engine's SQL.
  let dialect: SQLDialect
  /// The values bound so far, in placeholder order.
  private(set) var parameters: [Value] = []

  /// A statement in `dialect`'s SQL.
  init(_ dialect: SQLDialect) { self.dialect = dialect }

  /// The placeholder for `value`, which is bound to it. A number's placeholder names its type:
  /// PostgreSQL types an untyped parameter by its neighbour, so `bigint / $1` would divide as integers.
  mutating func bind(_ value: Value) -> String {
    parameters.append(value)
    return dialect.typedPlaceholder(parameters.count, for: value)
  }

  /// The placeholder for a double.
  mutating func bind(_ number: Double) -> String { bind(.double(number)) }

  /// The placeholder for an integer.
  mutating func bind(_ number: Int) -> String { bind(.int(Int64(number))) }
}
