import AssayCore

/// The type a column's values have shown so far while parsing; `.empty` means only nulls were seen.
enum FieldKind: UInt8, Sendable, Equatable {
  case empty, bool, int, double, date, string

  /// The narrowest kind that holds values of both kinds: int and double meet in double,
  /// any other disagreement in string.
  func joined(_ other: FieldKind) -> FieldKind {
    if self == other || other == .empty { return self }
    if self == .empty { return other }
    if (self == .int && other == .double) || (self == .double && other == .int) { return .double }
    return .string
  }

  /// The column type a finished column of this kind has (a column of nulls only is text).
  var columnType: ColumnType {
    switch self {
    case .empty, .string: return .string
    case .bool: return .bool
    case .int: return .int
    case .double: return .double
    case .date: return .date
    }
  }
}
