import AssayCore

/// Values inside nested fields written as JSON text.
enum JSONText {
  /// A JSON string literal: quotes, backslashes and control characters escaped, the rest as it is.
  static func string(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  /// Value `i` of `values`, of `kind`, as JSON: numbers and booleans bare, the rest as strings
  /// (a number that is not finite as null).
  static func value(_ values: PhysicalValues, at i: Int, kind: ValueKind) -> String {
    switch (kind, values) {
    case (.bool, .bool(let a)): return a[i] ? "true" : "false"
    case (.integer(let unsigned), .int32(let a)):
      return unsigned ? String(UInt32(bitPattern: a[i])) : String(a[i])
    case (.integer, .int64(let a)): return String(a[i])
    case (.unsigned64, .int64(let a)): return String(UInt64(bitPattern: a[i]))
    case (.float, .float(let a)): return number(Double(a[i]))
    case (.float, .double(let a)): return number(a[i])
    case (.float, .bytes(let b)): return number(b.withValue(i, NumberConversion.half))
    case (.decimal(let scale, _), .int32(let a)):
      return NumberConversion.decimalText(Int128(a[i]), scale: scale)
    case (.decimal(let scale, _), .int64(let a)):
      return NumberConversion.decimalText(Int128(a[i]), scale: scale)
    case (.decimal(let scale, _), .bytes(let b)):
      return b.withValue(i, NumberConversion.bigEndianInteger).map {
        NumberConversion.decimalText($0, scale: scale)
      }
        ?? "null"
    case (.date, .int32(let a)): return string(Value.date(a[i]).description)
    case (.timestamp(let unit, let utc), .int64(let a)):
      return NumberConversion.micros(a[i], unit: unit).map {
        string(Value.timestamp(Timestamp(microseconds: $0, zone: utc ? .utc : .naive)).description)
      } ?? "null"
    case (.int96, .bytes(let b)):
      return b.withValue(i, NumberConversion.int96Micros).map {
        string(Value.timestamp(Timestamp(microseconds: $0, zone: .naive)).description)
      } ?? "null"
    case (.time(let unit), .int32(let a)):
      return NumberConversion.micros(Int64(a[i]), unit: unit).map { string(Value.duration($0).description) }
        ?? "null"
    case (.time(let unit), .int64(let a)):
      return NumberConversion.micros(a[i], unit: unit).map { string(Value.duration($0).description) }
        ?? "null"
    case (.text, .bytes(let b)): return string(b.withValue(i) { String(decoding: $0, as: UTF8.self) })
    case (.binary, .bytes(let b)), (.uuid, .bytes(let b)):
      return string(b.withValue(i) { ByteText.text($0, uuid: kind == .uuid) })
    default: return "null"
    }
  }

  /// A finite double in its shortest form (`1.5`, `1e-05`); null otherwise.
  private static func number(_ x: Double) -> String { x.isFinite ? "\(x)" : "null" }
}
