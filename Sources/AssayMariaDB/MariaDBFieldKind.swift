import AssayCore
import AssaySQL
import CMariaDB

/// How the values of one result column are read, from its `MYSQL_FIELD` type and flags.
///
/// - TINYINT, SMALLINT, MEDIUMINT, INT, BIGINT and YEAR are integers; a BIGINT UNSIGNED value
///   beyond `Int64.max` is handed as its text, so its column reads as text.
/// - FLOAT and DOUBLE are doubles; DECIMAL and NUMERIC are exact decimals (`DecimalText`: doubles
///   where a double holds them exactly, else their text).
/// - TINYINT(1) (BOOLEAN) and BIT(1) are booleans; a wider BIT is an integer.
/// - DATE is a date; DATETIME a wall-clock timestamp; TIMESTAMP an instant, read in the session's
///   UTC; TIME a duration. MariaDB's zero dates (`0000-00-00`) are nulls.
/// - CHAR, VARCHAR, TEXT, ENUM, SET and JSON are text; BINARY, VARBINARY, BLOB and GEOMETRY (the
///   binary character set) are shown as their size and first bytes.
public enum MariaDBFieldKind: Equatable, CaseIterable, Sendable {
  case integer, unsignedInteger, boolean, bits, double, decimal, date, dateTime, timestamp, time, text, binary

  /// The binary character set's number: byte strings, not text.
  static let binaryCharset: UInt32 = 63

  /// The kind of a field.
  init(_ field: MYSQL_FIELD) {
    let unsigned = field.flags & UInt32(UNSIGNED_FLAG) != 0
    switch field.type {
    case MYSQL_TYPE_TINY where field.length == 1: self = .boolean
    case MYSQL_TYPE_LONGLONG where unsigned: self = .unsignedInteger
    case MYSQL_TYPE_TINY, MYSQL_TYPE_SHORT, MYSQL_TYPE_LONG, MYSQL_TYPE_LONGLONG, MYSQL_TYPE_INT24,
      MYSQL_TYPE_YEAR:
      self = .integer
    case MYSQL_TYPE_BIT: self = field.length == 1 ? .boolean : .bits
    case MYSQL_TYPE_FLOAT, MYSQL_TYPE_DOUBLE: self = .double
    case MYSQL_TYPE_DECIMAL, MYSQL_TYPE_NEWDECIMAL: self = .decimal
    case MYSQL_TYPE_DATE, MYSQL_TYPE_NEWDATE: self = .date
    case MYSQL_TYPE_DATETIME: self = .dateTime
    case MYSQL_TYPE_TIMESTAMP: self = .timestamp
    case MYSQL_TYPE_TIME: self = .time
    case MYSQL_TYPE_GEOMETRY: self = .binary
    case MYSQL_TYPE_TINY_BLOB, MYSQL_TYPE_MEDIUM_BLOB, MYSQL_TYPE_LONG_BLOB, MYSQL_TYPE_BLOB,
      MYSQL_TYPE_VAR_STRING, MYSQL_TYPE_STRING, MYSQL_TYPE_VARCHAR:
      self = field.charsetnr == Self.binaryCharset ? .binary : .text
    default: self = .text
    }
  }

  /// Assay's type for the column's values.
  var columnType: ColumnType {
    switch self {
    case .integer, .unsignedInteger, .bits: return .int
    case .boolean: return .bool
    case .double, .decimal: return .double
    case .date: return .date
    case .dateTime, .timestamp: return .timestamp
    case .time: return .duration
    case .text, .binary: return .string
    }
  }

  /// The result column of a field: its name, type, and the engine's type name.
  static func column(_ field: MYSQL_FIELD) -> SQLColumn {
    let kind = MariaDBFieldKind(field)
    let name = field.name.map { String(cString: $0) } ?? ""
    return SQLColumn(
      name: name, type: kind.columnType, databaseType: typeName(field),
      timeZone: kind == .timestamp ? .utc : kind == .dateTime ? .naive : nil,
      decimalPlaces: kind == .decimal ? Int(field.decimals) : nil)
  }

  /// The engine's name for a field's type, as its catalog writes it (`bigint unsigned`, `blob`).
  static func typeName(_ field: MYSQL_FIELD) -> String {
    let binary = field.charsetnr == binaryCharset
    let base: String
    switch field.type {
    case MYSQL_TYPE_TINY: base = field.length == 1 ? "tinyint(1)" : "tinyint"
    case MYSQL_TYPE_SHORT: base = "smallint"
    case MYSQL_TYPE_INT24: base = "mediumint"
    case MYSQL_TYPE_LONG: base = "int"
    case MYSQL_TYPE_LONGLONG: base = "bigint"
    case MYSQL_TYPE_YEAR: return "year"
    case MYSQL_TYPE_BIT: return "bit(\(field.length))"
    case MYSQL_TYPE_FLOAT: return "float"
    case MYSQL_TYPE_DOUBLE: return "double"
    case MYSQL_TYPE_DECIMAL, MYSQL_TYPE_NEWDECIMAL: return "decimal"
    case MYSQL_TYPE_DATE, MYSQL_TYPE_NEWDATE: return "date"
    case MYSQL_TYPE_DATETIME: return "datetime"
    case MYSQL_TYPE_TIMESTAMP: return "timestamp"
    case MYSQL_TYPE_TIME: return "time"
    case MYSQL_TYPE_JSON: return "json"
    case MYSQL_TYPE_GEOMETRY: return "geometry"
    case MYSQL_TYPE_NULL: return "null"
    case MYSQL_TYPE_TINY_BLOB, MYSQL_TYPE_MEDIUM_BLOB, MYSQL_TYPE_LONG_BLOB, MYSQL_TYPE_BLOB:
      return binary ? "blob" : "text"
    case MYSQL_TYPE_STRING:
      if field.flags & UInt32(ENUM_FLAG) != 0 { return "enum" }
      if field.flags & UInt32(SET_FLAG) != 0 { return "set" }
      return binary ? "binary" : "char"
    default: return binary ? "varbinary" : "varchar"
    }
    return field.flags & UInt32(UNSIGNED_FLAG) != 0 ? base + " unsigned" : base
  }
}
