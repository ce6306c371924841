import AssayCore

/// Text read from a SQLite column declared as a date or timestamp (SQLite keeps them as text).
public enum SQLiteTimeText {
  /// `text` as a value of `type`: a date or timestamp when it reads as one (ISO 8601, as SQLite's
  /// date functions write them), the text itself otherwise.
  public static func value(_ text: String, as type: ColumnType) -> Value {
    switch type {
    case .date:
      guard text.utf8.count == 10, let (micros, _) = TimeLiteral.parse(text) else { return .string(text) }
      return .date(Int32(micros / 86_400_000_000))
    case .timestamp:
      guard let (micros, hasZone) = TimeLiteral.parse(text) else { return .string(text) }
      return .timestamp(Timestamp(microseconds: micros, zone: hasZone ? .utc : .naive))
    default:
      return .string(text)
    }
  }
}
