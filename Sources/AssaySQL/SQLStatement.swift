import AssayCore

/// A statement being written: SQL text and the values bound to it. A value is only ever bound,
/// never written into the text: `bind` hands back a marker, and `SQLPlacement` turns the markers
/// into the engine's placeholders in the order they appear in the finished text, so a statement's
/// parts can be written in any order, and a filtered source's condition can sit inside any of them.
struct SQLStatement {
  /// The engine's SQL.
  let dialect: SQLDialect
  /// The values bound so far, in the order they were bound.
  private(set) var parameters: [Value] = []

  /// A statement in `dialect`'s SQL.
  init(_ dialect: SQLDialect) { self.dialect = dialect }

  /// The marker for `value`, which is bound to it.
  mutating func bind(_ value: Value) -> String {
    parameters.append(value)
    return SQLPlacement.marker(parameters.count - 1, of: .statement)
  }

  /// The marker for a double.
  mutating func bind(_ number: Double) -> String { bind(.double(number)) }

  /// The marker for an integer.
  mutating func bind(_ number: Int) -> String { bind(.int(Int64(number))) }
}

/// Turns the markers of bound values in SQL text into the engine's placeholders, numbered in the
/// order they appear, with the values in that order. Two sets of values are told apart: the
/// statement's own, and the source's (a filtered sheet's condition, written into every statement
/// that reads its rows).
enum SQLPlacement {
  /// Whose values a marker refers to.
  enum Owner: Character {
    case statement = "s"
    case source = "w"
  }

  /// Marks the start and end of a marker: control characters that generated SQL never holds.
  private static let (open, close): (UInt8, UInt8) = (0x01, 0x02)

  /// The marker of value `index` of `owner`'s values.
  static func marker(_ index: Int, of owner: Owner) -> String {
    "\u{1}\(owner.rawValue)\(index)\u{2}"
  }

  /// `sql` with each marker replaced by the dialect's placeholder for its value, numbered from 1
  /// in text order (a number's placeholder names its type for PostgreSQL, which would otherwise
  /// take the type of what it meets), and the values in that order; for an engine that takes no
  /// parameters, by the value's escaped literal, and no values. Text that only looks like a
  /// marker (a quoted name holding the same control characters) is left as it is.
  static func placed(_ sql: String, statement: [Value], source: [Value], dialect: SQLDialect) -> (
    sql: String, parameters: [Value]
  ) {
    let bytes = Array(sql.utf8)
    guard bytes.contains(open) else { return (sql, []) }
    var text: [UInt8] = []
    text.reserveCapacity(bytes.count)
    var parameters: [Value] = []
    var index = 0
    while index < bytes.count {
      if bytes[index] == open, let (value, end) = value(at: index, in: bytes, statement, source) {
        if dialect.writesLiterals {
          text += Array(dialect.literal(value).utf8)
        } else {
          parameters.append(value)
          text += Array(dialect.typedPlaceholder(parameters.count, for: value).utf8)
        }
        index = end
      } else {
        text.append(bytes[index])
        index += 1
      }
    }
    return (String(decoding: text, as: UTF8.self), parameters)
  }

  /// The value of the marker starting at `start`, and the index just past it; nil when no valid
  /// marker starts there.
  private static func value(at start: Int, in bytes: [UInt8], _ statement: [Value], _ source: [Value]) -> (
    Value, Int
  )? {
    guard start + 3 < bytes.count, let owner = Owner(rawValue: Character(UnicodeScalar(bytes[start + 1])))
    else { return nil }
    var end = start + 2
    var number = 0
    while end < bytes.count, (0x30...0x39).contains(bytes[end]), number < 1 << 40 {
      number = number * 10 + Int(bytes[end] - 0x30)
      end += 1
    }
    guard end > start + 2, end < bytes.count, bytes[end] == close else { return nil }
    let values = owner == .statement ? statement : source
    return values.indices.contains(number) ? (values[number], end + 1) : nil
  }
}
