import AssayCore

/// How SQLite's values, each stored as whatever it is (integer, real, text or blob) whatever its
/// column's declared type, land in Assay's typed columns: the rule a load follows value by value,
/// and the same rule applied to the kinds of value the engine counts in a whole column.
public enum SQLiteStorage {
  /// An integer read from a column of `type`: a double in a double column, a boolean for 0 or 1
  /// in a boolean column, else an integer.
  public static func integer(_ number: Int64, in type: ColumnType) -> Value {
    switch type {
    case .double: return .double(Double(number))
    case .bool where number == 0 || number == 1: return .bool(number == 1)
    default: return .int(number)
    }
  }

  /// The kinds of value `column` (an expression) holds over the rows, as the engine counts them:
  /// one sum of distinct flags, `Kind`'s raw values.
  static func kinds(of column: String) -> String {
    let integer =
      "CASE WHEN \(column) IN (0, 1) THEN \(Kind.bit.rawValue) ELSE \(Kind.integer.rawValue) END"
    return """
      TOTAL(DISTINCT CASE typeof(\(column)) WHEN 'integer' THEN \(integer) \
      WHEN 'real' THEN \(Kind.real.rawValue) WHEN 'text' THEN \(Kind.text.rawValue) \
      WHEN 'blob' THEN \(Kind.blob.rawValue) END)
      """
  }

  /// `type` (a column's type as a load types it from its declared type or its first row) widened
  /// as a load widens it to hold every kind of value in `flags` (a sum of `Kind`s): integers and
  /// reals make a double, text or a blob makes a string. Text in a date or timestamp column is
  /// taken to be dates, as SQLite's date functions write them.
  static func widened(_ type: ColumnType, holding flags: Int) -> ColumnType {
    let present = Kind.allCases.filter { flags & $0.rawValue != 0 }
    let values = present.compactMap { kind -> Value? in
      switch kind {
      case .bit: return integer(0, in: type)
      case .integer: return integer(2, in: type)
      case .real: return .double(0.5)
      case .text: return type == .date || type == .timestamp ? nil : .string("")
      case .blob: return .string("")
      }
    }
    return GrowingTable.widened(type, toHold: values)
  }

  /// A kind of stored value, as a flag.
  enum Kind: Int, CaseIterable {
    /// An integer 0 or 1 (a boolean column's).
    case bit = 1
    /// Any other integer.
    case integer = 2
    /// A real.
    case real = 4
    /// Text.
    case text = 8
    /// A blob.
    case blob = 16
  }
}
