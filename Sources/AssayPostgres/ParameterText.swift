import AssayCore
import PostgresNIO

/// A statement parameter sent as text with no type, so the server reads it as it reads a quoted
/// literal in that place: the type comes from the column or function it meets (`$1` compared with
/// a date column is read as a date).
struct ParameterText: PostgresDynamicTypeEncodable {
  /// The value's text.
  let text: String

  /// The type is left for the server to infer.
  var psqlType: PostgresDataType { PostgresDataType(0) }
  /// Text format.
  var psqlFormat: PostgresFormat { .text }

  func encode<JSONEncoder: PostgresJSONEncoder>(
    into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>
  ) {
    byteBuffer.writeString(text)
  }

  /// `values` as bindings: NULL as NULL, a duration in microseconds, everything else as it reads
  /// (`true`, `42`, `2024-03-01`, `2024-03-01 08:00:00Z`).
  static func bindings(_ values: [Value]) -> PostgresBindings {
    var bindings = PostgresBindings(capacity: values.count)
    for value in values {
      switch value {
      case .null: bindings.appendNull()
      case .duration(let micros): bindings.append(ParameterText(text: "\(micros) microseconds"))
      default: bindings.append(ParameterText(text: value.description))
      }
    }
    return bindings
  }
}
