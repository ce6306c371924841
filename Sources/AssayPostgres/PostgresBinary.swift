import AssayCore
import AssaySQL
import PostgresNIO

/// Values in PostgreSQL's binary format (the one postgres-nio asks results in), read as Assay's
/// values; `PostgresText` gives the text of the types Assay keeps as text.
enum PostgresBinary {
  /// Microseconds from 1970-01-01 to 2000-01-01, PostgreSQL's epoch.
  static let epochMicroseconds: Int64 = 946_684_800_000_000
  /// Days from 1970-01-01 to 2000-01-01.
  static let epochDays: Int32 = 10_957

  /// The value of a cell of `type` whose bytes are `bytes` (nil for NULL).
  static func value(_ bytes: ByteBuffer?, type: PostgresDataType) -> Value {
    guard var bytes else { return .null }
    switch type {
    case .int2: return bytes.readInteger(as: Int16.self).map { .int(Int64($0)) } ?? .null
    case .int4: return bytes.readInteger(as: Int32.self).map { .int(Int64($0)) } ?? .null
    case .oid: return bytes.readInteger(as: UInt32.self).map { .string(String($0)) } ?? .null
    case .int8: return bytes.readInteger(as: Int64.self).map { .int($0) } ?? .null
    case .float4:
      // The float's shortest text read as a double: 0.1 stays 0.1, not 0.10000000149011612.
      return bytes.readInteger(as: UInt32.self).map { .double(Double("\(Float(bitPattern: $0))") ?? .nan) }
        ?? .null
    case .float8: return bytes.readInteger(as: UInt64.self).map { .double(Double(bitPattern: $0)) } ?? .null
    case .numeric: return numeric(&bytes).map(DecimalText.value) ?? .null
    case .bool: return bytes.readInteger(as: UInt8.self).map { .bool($0 != 0) } ?? .null
    case .date: return date(&bytes)
    case .timestamp: return timestamp(&bytes, zone: .naive)
    case .timestamptz: return timestamp(&bytes, zone: .utc)
    case .interval: return interval(&bytes)
    case .bytea: return .string(BlobText.hex(bytes.readableBytesView))
    default: return .string(PostgresText.text(&bytes, type: type))
    }
  }

  /// A date; `infinity` and `-infinity` as their text.
  static func date(_ bytes: inout ByteBuffer) -> Value {
    guard let days = bytes.readInteger(as: Int32.self) else { return .null }
    if days == .max { return .string("infinity") }
    if days == .min { return .string("-infinity") }
    return .date(days &+ epochDays)
  }

  /// A timestamp in `zone`; `infinity` and `-infinity` as their text. One past the microseconds
  /// since 1970 that an Int64 counts (PostgreSQL's go to the year 294276) is its text, as Assay
  /// writes a timestamp (`294276-12-31 23:59:59Z`): the load keeps the column as text, nothing
  /// lost.
  static func timestamp(_ bytes: inout ByteBuffer, zone: TimeZoneForm) -> Value {
    guard let micros = bytes.readInteger(as: Int64.self) else { return .null }
    if micros == .max { return .string("infinity") }
    if micros == .min { return .string("-infinity") }
    let (sinceEpoch, overflow) = micros.addingReportingOverflow(epochMicroseconds)
    guard overflow else { return .timestamp(Timestamp(microseconds: sinceEpoch, zone: zone)) }
    let (day, micro) = TimeText.split(micros)
    let date = CivilDate(daysSinceEpoch: Int32(day + Int64(epochDays)))
    return .string(date.iso + " " + TimeText.duration(micro) + zone.suffix)
  }

  /// An interval as a duration, a month counted as 30 days (as PostgreSQL's own interval
  /// arithmetic and `EXTRACT(EPOCH ...)` do for months; a year is 12 such months). One longer than
  /// an Int64 of microseconds holds (about 292,000 years) is its text, as Assay writes a duration
  /// (`64967040000d 00:00:00`): the load keeps the column as text, nothing lost.
  static func interval(_ bytes: inout ByteBuffer) -> Value {
    guard let (micros, days, months) = bytes.readMultipleIntegers(as: (Int64, Int32, Int32).self) else {
      return .null
    }
    let wholeDays = Int64(days) + Int64(months) * 30
    let (dayMicros, tooLong) = wholeDays.multipliedReportingOverflow(by: TimeText.microsPerDay)
    let (total, overflow) = dayMicros.addingReportingOverflow(micros)
    guard tooLong || overflow else { return .duration(total) }
    // Days and the microseconds of the last day, each an Int64, counted away from zero.
    var (day, micro) = TimeText.split(micros)
    day += wholeDays
    let isNegative = day < 0
    if isNegative, micro > 0 {
      day += 1
      micro = TimeText.microsPerDay - micro
    }
    return .string((isNegative ? "-" : "") + "\(day.magnitude)d " + TimeText.duration(micro))
  }

  /// A numeric as exact decimal text (`-12.5`, `NaN`, `Infinity`), read by `DecimalText`: a double
  /// where a double holds it exactly, else this text.
  static func numeric(_ bytes: inout ByteBuffer) -> String? {
    guard
      let (count, weight, sign, scale) = bytes.readMultipleIntegers(as: (Int16, Int16, UInt16, Int16).self)
    else { return nil }
    switch sign {
    case 0xC000: return "NaN"
    case 0xD000: return "Infinity"
    case 0xF000: return "-Infinity"
    default: break
    }
    var digits = ""
    for _ in 0..<max(0, Int(count)) {
      guard let group = bytes.readInteger(as: Int16.self) else { return nil }
      let text = String(group)
      digits += String(repeating: "0", count: 4 - text.count) + text
    }
    // The groups are base 10,000: the first holds the digits of 10,000^weight.
    let pointAt = (Int(weight) + 1) * 4
    let whole: String
    var fraction: String
    if pointAt <= 0 {
      whole = "0"
      fraction = String(repeating: "0", count: -pointAt) + digits
    } else {
      let padded =
        digits.count < pointAt ? digits + String(repeating: "0", count: pointAt - digits.count) : digits
      whole = String(padded.prefix(pointAt).drop { $0 == "0" })
      fraction = String(padded.dropFirst(pointAt))
    }
    let shown = max(0, Int(scale))
    fraction =
      fraction.count >= shown
      ? String(fraction.prefix(shown)) : fraction + String(repeating: "0", count: shown - fraction.count)
    let number = (whole.isEmpty ? "0" : whole) + (fraction.isEmpty ? "" : "." + fraction)
    return sign == 0x4000 ? "-" + number : number
  }
}
