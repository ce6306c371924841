import AssayCore
import AssaySQL
import PostgresNIO

/// Assay's type for a PostgreSQL column type: whole numbers as ints; `float4`, `float8`, `numeric`
/// and `money` as doubles (a numeric no double holds exactly as its text: `DecimalText`); `bool`;
/// `date`; `timestamp` as a wall-clock timestamp and `timestamptz` as an instant shown in UTC;
/// `interval` as a duration; every other type (text, uuid, json, inet, arrays, enums, ranges, and
/// `oid`, an identifier with no arithmetic) as its text, as psql shows it.
enum PostgresColumnType {
  /// The result column `column` as Assay describes it.
  static func column(_ column: PostgresColumn) -> SQLColumn {
    let type = column.dataType
    return SQLColumn(
      name: column.name, type: assayType(type), databaseType: name(type),
      timeZone: type == .timestamp ? .naive : type == .timestamptz ? .utc : nil,
      decimalPlaces: type == .numeric
        ? scale(modifier: column.dataTypeModifier) : type == .money ? moneyDecimalPlaces : nil)
  }

  /// The decimal places a `money` column is shown with: those of most `lc_monetary` settings (the
  /// amounts themselves are read exact, in the server's own unit, by `cast`).
  static let moneyDecimalPlaces = 2

  /// The type a column of `type` is cast to in a statement's result, nil when its values are read
  /// as they come, in PostgreSQL's binary format (the types `PostgresBinary` and `PostgresText`
  /// read, and arrays of them): `numeric` for `money`, whose binary value counts the smallest unit
  /// of the server's `lc_monetary`; `text` for every other type, so that it reads as psql shows it.
  static func cast(_ type: PostgresDataType) -> String? {
    if readInBinary.contains(type.rawValue) { return nil }
    return type == .money ? "numeric" : "text"
  }

  /// The types read in binary, by type oid: scalars (`void`, a function's result of nothing, as
  /// empty text), then arrays of them.
  private static let readInBinary: Set<UInt32> = [
    16, 17, 18, 19, 20, 21, 23, 25, 26, 114, 2278, 600, 650, 700, 701, 774, 829, 869, 1042, 1043, 1082, 1083,
    1114, 1184, 1186, 1266, 1560, 1562, 1700, 2950, 3802,
    1000, 1001, 1002, 1003, 1005, 1007, 1009, 1014, 1015, 1016, 1017, 1021, 1022, 1028, 199, 1041, 651,
    1040, 775, 1182, 1183, 1115, 1185, 1187, 1231, 1270, 1561, 1563, 2951, 3807,
  ]

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
    case .float4, .float8, .numeric, .money: return .double
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
