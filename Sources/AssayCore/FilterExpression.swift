/// A typed condition on a table's rows, e.g. `x > 50 and category == "books"`.
/// Parse it with `FilterExpression.parse`, then ask which rows match with `rows(in:)`.
public indirect enum FilterExpression: Equatable, Sendable {
  /// Every one must hold (two or more terms, kept flat so a long chain is not a deep tree).
  case and([FilterExpression])
  /// At least one must hold (two or more terms, kept flat so a long chain is not a deep tree).
  case or([FilterExpression])
  /// The condition must not hold.
  case not(FilterExpression)
  /// A column compared with a constant.
  case comparison(column: Int, FilterOperator, FilterConstant)
}

/// How a column is compared with a constant.
public enum FilterOperator: String, Equatable, Sendable, CaseIterable {
  case equal = "=="
  case notEqual = "!="
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="
  /// The cell's text matches a regular expression.
  case matches = "~"
}

/// The constant side of a comparison, already converted to the column's type.
public enum FilterConstant: Equatable, Sendable {
  /// `null`: `== null` holds for missing values, `!= null` for present ones.
  case null
  /// A number (int, double, bool and duration columns; bools as 0 and 1, durations in seconds).
  case number(Double)
  /// A whole number written without a point or exponent, compared with an int column exactly
  /// (`id == 1234567890123456789`, which a double cannot tell from its neighbours).
  case integer(Int64)
  /// A time (date and timestamp columns; a date compares as its midnight) in microseconds since
  /// 1970-01-01T00:00:00Z: an instant when the literal named a zone, else a wall-clock time read
  /// in the column's zone form.
  case time(micros: Int64, hasZone: Bool)
  /// Text (string columns).
  case text(String)
  /// A regular expression (the `~` operator).
  case pattern(String)
}
