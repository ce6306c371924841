import AssayCore
import AssaySQL
import PostgresNIO

/// Assay's type for a PostgreSQL column type: whole numbers as ints; `float4`, `float8` and
/// `numeric` as doubles (a numeric no double holds exactly as its text: `DecimalText`); `bool`; `date`; `timestamp` as a wall-clock timestamp and `timestamptz`
/// as an instant shown in UTC; `interval` as a duration; every other type (text, uuid, json,
/// arrays, enums, and `oid`, an identifier with no arithmetic) as its text.
enum PostgresColumnType {
  /// The result column `column` as Assay describes it.
  static func column(_ column: PostgresColumn) -> SQLColumn {
    let type = column.dataType
    return SQLColumn(
      name: column.name, type: assayType(type), databaseType: name(type),
      timeZone: type == .timestamp ? .naive : type == .timestamptz ? .utc : nil,
      decimalPlaces: type == .numeric ? scale(modifier: column.dataTypeModifier) : nil)
  }

  /// The scale a numeric's type modifier declares (`numeric(10,2)` → 2): the modifier is
  /// `(precision << 16 | scale) + 4`, and -1 when none is declared. A negative scale (rounding to
  /// tens) declares no decimal places.
  static func scale(modifier: Int32) -> Int? {
    guard modifier >= 4 else { return nil }
    let scale = Int((modifier - 4) & 0x7FF)
    return scale <= 1000 ? scale : nil
  }

  /// Assay's type for values of `type`.
  static func assayType(_ type: PostgresDataType) -> ColumnType {
    switch type {
    case .int2, .int4, .int8: return .int
    case .float4, .float8, .numeric: return .double
    case .bool: return .bool
    case .date: return .date
    case .timestamp, .timestamptz: return .timestamp
    case .interval: return .duration
    default: return .string
    }
  }

  /// The type's name as the catalog writes it (`int4`, `timestamptz`), or `oid 16385` for a type
  /// defined in the database.
  static func name(_ type: PostgresDataType) -> String {
    switch type {
    case .int2: return "int2"
    case .int4: return "int4"
    case .int8: return "int8"
    case .float4: return "float4"
    case .float8: return "float8"
    case .varchar: return "varchar"
    case .bpchar: return "bpchar"
    case .timestamptz: return "timestamptz"
    case .timetz: return "timetz"
    default: return type.knownSQLName?.lowercased() ?? "oid \(type.rawValue)"
    }
  }
}
