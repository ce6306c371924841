import AssayCore

/// One cell's value as its sheet gives it, before its column's type is decided: numbers whole
/// (within 64 bits) or not, booleans, text, and the dates, date-times and times a cell's number
/// format makes of its number.
enum CellValue: Sendable, Equatable {
  /// A whole number within 64 bits.
  case integer(Int64)
  /// Any other number.
  case number(Double)
  /// TRUE or FALSE.
  case bool(Bool)
  /// Text (never empty: an empty text is no value).
  case text(String)
  /// A date, as days since 1970-01-01.
  case date(Int32)
  /// A date and time without a zone, as microseconds since 1970-01-01 00:00.
  case timestamp(Int64)
  /// A time of day or an elapsed time, in microseconds.
  case duration(Int64)

  /// The value as Assay's tables hold it alone (a whole number as an integer).
  var value: Value {
    switch self {
    case .integer(let number): return .int(number)
    case .number(let number): return .double(number)
    case .bool(let flag): return .bool(flag)
    case .text(let text): return .string(text)
    case .date(let days): return .date(days)
    case .timestamp(let micros): return .timestamp(Timestamp(microseconds: micros, zone: .naive))
    case .duration(let micros): return .duration(micros)
    }
  }

  /// A number read from a cell's `<v>`: whole ones within 64 bits as integers; nil when the text
  /// is not a number.
  static func number(_ text: String) -> CellValue? {
    if let whole = Int64(text) { return .integer(whole) }
    guard let number = Double(text) else { return nil }
    return Int64(exactly: number).map { .integer($0) } ?? .number(number)
  }
}
