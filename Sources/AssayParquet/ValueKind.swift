import AssayCore

/// What a leaf's stored values mean, from its physical type and annotations, and the column type
/// Assay gives them.
enum ValueKind: Sendable, Equatable {
  case bool
  /// Signed integers of any width, and unsigned ones below 64 bits (stored as their bit pattern).
  case integer(unsigned: Bool)
  /// Unsigned 64-bit integers: an int column when every value fits, else doubles.
  case unsigned64
  /// FLOAT, DOUBLE and FLOAT16.
  case float
  /// Decimals: exact doubles when every unscaled value is below 10^15 in magnitude (15 significant
  /// digits survive a double), else exact text with `scale` digits after the point.
  case decimal(scale: Int, precision: Int)
  /// Days since 1970-01-01.
  case date
  /// Instants (or wall-clock times when not adjusted to UTC) in `unit`.
  case timestamp(unit: TimeUnit, utc: Bool)
  /// INT96 timestamps (nanoseconds of a Julian day), as Spark and Impala write them.
  case int96
  /// A time of day in `unit`: a duration since midnight.
  case time(unit: TimeUnit)
  /// UTF-8 text (STRING, ENUM, JSON).
  case text
  /// Bytes without a text annotation: shown as text when they are UTF-8, else as hex.
  case binary
  /// A UUID in its 16 bytes.
  case uuid
  /// Arrow's null type (the UNKNOWN annotation): every value is null.
  case absent

  /// The kind of `element`'s values.
  init(_ element: SchemaElement) throws {
    guard let physical = element.physical else { throw ParquetFailure.damaged("a leaf has no type") }
    switch element.logical {
    case .string?, .enumeration?, .json?: self = .text
    case .decimal(let scale, let precision)?: self = .decimal(scale: Int(scale), precision: Int(precision))
    case .date?: self = .date
    case .time(_, let unit)?: self = .time(unit: unit)
    case .timestamp(let utc, let unit)?: self = .timestamp(unit: unit, utc: utc)
    case .integer(let bits, let signed)?:
      self = !signed && bits == 64 ? .unsigned64 : .integer(unsigned: !signed)
    case .uuid?: self = .uuid
    case .unknown?: self = .absent
    case .float16?: self = .float
    default:
      switch element.converted {
      case 0?, 4?, 19?: self = .text
      case 5?: self = .decimal(scale: Int(element.scale), precision: Int(element.precision))
      case 6?: self = .date
      case 7?: self = .time(unit: .millis)
      case 8?: self = .time(unit: .micros)
      case 9?: self = .timestamp(unit: .millis, utc: true)
      case 10?: self = .timestamp(unit: .micros, utc: true)
      case 14?: self = .unsigned64
      case 11?, 12?, 13?: self = .integer(unsigned: true)
      case 15?, 16?, 17?, 18?: self = .integer(unsigned: false)
      default:
        switch physical {
        case .boolean: self = .bool
        case .int32, .int64: self = .integer(unsigned: false)
        case .int96: self = .int96
        case .float, .double: self = .float
        case .byteArray, .fixedLenByteArray: self = .binary
        }
      }
    }
    try check(physical, element)
  }

  /// Refuses an annotation on a physical type it cannot describe.
  private func check(_ physical: PhysicalType, _ element: SchemaElement) throws {
    let fits: Bool
    switch self {
    case .bool: fits = physical == .boolean
    case .integer, .unsigned64: fits = physical == .int32 || physical == .int64
    case .float: fits = physical == .float || physical == .double || physical == .fixedLenByteArray
    case .decimal(let scale, _):
      fits = physical != .boolean && physical != .float && physical != .double && scale >= 0 && scale <= 76
    case .date: fits = physical == .int32
    case .timestamp: fits = physical == .int64
    case .int96: fits = physical == .int96
    case .time: fits = physical == .int32 || physical == .int64
    case .text, .binary: fits = physical == .byteArray || physical == .fixedLenByteArray
    case .uuid: fits = physical == .fixedLenByteArray && element.typeLength == 16
    case .absent: fits = true
    }
    guard fits else {
      throw ParquetFailure.damaged("column '\(element.name)' has an annotation its type cannot hold")
    }
  }
}
