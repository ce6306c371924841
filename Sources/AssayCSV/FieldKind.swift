import AssayCore

/// The type a column's values have shown so far while parsing, and for dates and timestamps how
/// their text is written; `.empty` means only nulls were seen.
package struct FieldKind: Hashable, Sendable {
  /// The value type.
  package enum Shape: UInt8, Sendable {
    case empty, bool, int, double, date, timestamp, string
  }

  /// The value type.
  package var shape: Shape
  /// How a date's or timestamp's text is written; `.none` for other shapes.
  package var time: TimeForm

  /// A kind of `shape` written in `time`.
  package init(_ shape: Shape, _ time: TimeForm = .none) {
    self.shape = shape
    self.time = time
  }

  package static let empty = FieldKind(.empty)
  package static let bool = FieldKind(.bool)
  package static let int = FieldKind(.int)
  package static let double = FieldKind(.double)
  /// An ISO `YYYY-MM-DD` date.
  package static let date = FieldKind(.date, .iso)
  package static let string = FieldKind(.string)

  /// True for dates and timestamps.
  package var isTime: Bool { shape == .date || shape == .timestamp }

  /// The narrowest kind that holds values of both kinds: int and double meet in double; dates and
  /// timestamps written alike meet in timestamp (a date is its midnight), and slash dates whose
  /// order was undecided take the other's order; any other disagreement meets in string.
  package func joined(_ other: FieldKind) -> FieldKind {
    if self == other || other == .empty { return self }
    if self == .empty { return other }
    if (self == .int && other == .double) || (self == .double && other == .int) { return .double }
    if isTime, other.isTime, let time = time.joined(other.time) {
      return FieldKind(shape == .timestamp || other.shape == .timestamp ? .timestamp : .date, time)
    }
    return .string
  }

  /// The column type a finished column of this kind has (a column of nulls only is text).
  package var columnType: ColumnType {
    switch shape {
    case .empty, .string: return .string
    case .bool: return .bool
    case .int: return .int
    case .double: return .double
    case .date: return .date
    case .timestamp: return .timestamp
    }
  }
}
