import AssayCore
import AssaySQL
import Foundation

/// How the values of a ClickHouse column are read from its text in TabSeparated: integers of
/// every width (a UInt64 past Int64's range kept as its exact digits), floats, decimals
/// (`DecimalText`: exact, as doubles or as their text), texts (FixedString's
/// padding dropped), Date, DateTime as instants (the column's zone, else the server's), and
/// arrays, tuples, maps and other types as the text ClickHouse writes.
enum ClickHouseColumnType: Equatable {
  case integer
  case unsigned64
  case float
  /// Decimal(P, S) and Decimal32(S) to Decimal256(S), with their scale S.
  case decimal(places: Int?)
  case text
  case fixedText
  case boolean
  case date
  case dateTime(zone: String?)
  case other

  /// The kind of a type as ClickHouse names it (`Nullable(LowCardinality(String))`, `DateTime('UTC')`).
  init(_ written: String) {
    var name = written.trimmingCharacters(in: .whitespaces)
    for wrapper in ["Nullable(", "LowCardinality("] where name.hasPrefix(wrapper) && name.hasSuffix(")") {
      name = String(name.dropFirst(wrapper.count).dropLast())
      if name.hasPrefix("Nullable(") && name.hasSuffix(")") { name = String(name.dropFirst(9).dropLast()) }
    }
    switch name {
    case "Int8", "Int16", "Int32", "Int64", "UInt8", "UInt16", "UInt32": self = .integer
    case "UInt64": self = .unsigned64
    case "Float32", "Float64": self = .float
    case "String", "UUID", "IPv4", "IPv6": self = .text
    case "Bool": self = .boolean
    case "Date": self = .date
    case "DateTime": self = .dateTime(zone: nil)
    default:
      if name.hasPrefix("FixedString(") {
        self = .fixedText
      } else if name.hasPrefix("Enum8(") || name.hasPrefix("Enum16(") {
        self = .text
      } else if name.hasPrefix("DateTime(") {
        let zone = name.dropFirst(9).dropLast().trimmingCharacters(in: CharacterSet(charactersIn: "' "))
        self = .dateTime(zone: zone.isEmpty ? nil : zone)
      } else if name.hasPrefix("Decimal") {
        let arguments = name.drop { $0 != "(" }.dropFirst().dropLast().split(separator: ",")
        self = .decimal(places: arguments.last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) })
      } else {
        self = .other
      }
    }
  }

  /// The decimal places a decimal type declares; nil for other types.
  var decimalPlaces: Int? {
    if case .decimal(let places) = self { return places }
    return nil
  }

  /// Assay's type for the column's values.
  var columnType: ColumnType {
    switch self {
    case .integer, .unsigned64: return .int
    case .float, .decimal: return .double
    case .boolean: return .bool
    case .date: return .date
    case .dateTime: return .timestamp
    case .text, .fixedText, .other: return .string
    }
  }
}

/// Reads one column's values from their unescaped TabSeparated text.
struct ClickHouseValueReader {
  /// The column's kind.
  let kind: ClickHouseColumnType
  /// Turns wall-clock seconds in the column's zone into instants.
  let clock: ZoneClock?

  /// A reader for `kind`; DateTime columns without a zone of their own are in `serverZone`.
  init(kind: ClickHouseColumnType, serverZone: String) {
    self.kind = kind
    if case .dateTime(let zone) = kind { clock = ZoneClock(zone ?? serverZone) } else { clock = nil }
  }

  /// The value `bytes` write.
  func value(_ bytes: UnsafeBufferPointer<UInt8>) -> Value {
    switch kind {
    case .integer:
      return Self.integer(bytes).map(Value.int) ?? .string(text(bytes))
    case .unsigned64:
      if let number = Self.integer(bytes) { return .int(number) }
      return .string(text(bytes))
    case .float:
      return Double(text(bytes)).map(Value.double) ?? .string(text(bytes))
    case .decimal:
      return DecimalText.value(text(bytes))
    case .boolean:
      let written = text(bytes)
      return written == "true" || written == "1"
        ? .bool(true) : (written == "false" || written == "0" ? .bool(false) : .string(written))
    case .date:
      let written = text(bytes)
      if written == "0000-00-00" { return .null }
      guard let (micros, _) = TimeLiteral.parse(written) else { return .string(written) }
      return Int32(exactly: micros / TimeText.microsPerDay).map(Value.date) ?? .string(written)
    case .dateTime:
      let written = text(bytes)
      if written == "0000-00-00 00:00:00" { return .null }
      guard let (micros, _) = TimeLiteral.parse(written), let clock else { return .string(written) }
      return .timestamp(Timestamp(microseconds: clock.instant(wallMicros: micros), zone: .utc))
    case .fixedText:
      var end = bytes.count
      while end > 0 && bytes[end - 1] == 0 { end -= 1 }
      return .string(text(UnsafeBufferPointer(rebasing: bytes[0..<end])))
    case .text, .other:
      return .string(text(bytes))
    }
  }

  private func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

  /// A whole number of at most Int64's range written in decimal digits, with an optional minus.
  static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
    guard !bytes.isEmpty else { return nil }
    let negative = bytes[0] == UInt8(ascii: "-")
    let digits = negative ? 1 : 0
    guard bytes.count > digits, bytes.count - digits <= 19 else { return nil }
    var magnitude: UInt64 = 0
    for byte in bytes[digits...] {
      guard (0x30...0x39).contains(byte) else { return nil }
      magnitude = magnitude * 10 + UInt64(byte - 0x30)
    }
    if negative {
      return magnitude <= UInt64(Int64.max) + 1 ? Int64(truncatingIfNeeded: 0 &- magnitude) : nil
    }
    return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
  }
}

/// Wall-clock times of one time zone turned into instants, the zone's offsets kept per hour.
final class ZoneClock {
  private let zone: TimeZone?
  private var offsets: [Int64: Int64] = [:]

  /// The clock of zone `identifier` (UTC when unknown).
  init(_ identifier: String) {
    zone = identifier == "UTC" || identifier == "Etc/UTC" ? nil : TimeZone(identifier: identifier)
  }

  /// The instant (microseconds) of a wall-clock time written as if in UTC.
  func instant(wallMicros: Int64) -> Int64 {
    guard zone != nil else { return wallMicros }
    let first = wallMicros - offset(at: wallMicros)
    return wallMicros - offset(at: first)
  }

  /// Microseconds the zone is ahead of UTC at an instant.
  private func offset(at micros: Int64) -> Int64 {
    let hour = micros.quotientAndRemainder(dividingBy: 3_600_000_000).quotient
    if let known = offsets[hour] { return known }
    let seconds = zone?.secondsFromGMT(for: Date(timeIntervalSince1970: Double(micros) / 1e6)) ?? 0
    let found = Int64(seconds) * 1_000_000
    offsets[hour] = found
    return found
  }
}
