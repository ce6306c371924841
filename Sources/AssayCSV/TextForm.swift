import AssayCore
import Foundation

/// How a chunk's typed values were written, when one spelling rule covers all of them, so that
/// their exact text can be written again from the values alone. A streamed input keeps no bytes
/// once they are parsed; if a column turns out to be text after all, its earlier chunks get their
/// text back from this form, and only a chunk whose text cannot be recovered this way keeps its
/// bytes (see `TableAssembler`).
///
/// Forms, one byte per column and chunk: for ints and doubles, the number of digits after the
/// decimal point (0 = no point) of a plain `-?(0|[1-9][0-9]*)(\.[0-9]+)?` with at most 15 digits
/// (so the value prints back exactly with that many decimals); for booleans, the spelling (0
/// `true`, 1 `True`, 2 `TRUE`); for ISO dates, 0 (`YYYY-MM-DD`); other dates and timestamps are
/// always `mixed` (their chunks keep their bytes). `unset`: no value seen yet; `mixed`: the text
/// cannot be written again.
enum TextForm {
  /// No non-null value seen.
  static let unset: UInt8 = 255
  /// Values written in more than one way, or in a way that does not print back.
  static let mixed: UInt8 = 254

  /// The form of an accumulated column and one more value's form.
  @inline(__always)
  static func merged(_ form: UInt8, _ next: UInt8) -> UInt8 {
    form == next || form == unset ? next : mixed
  }

  /// The form of a decimal number from its parts: digits before and after the point, whether it
  /// had a point, and whether its first digit is a zero.
  @inline(__always)
  static func decimal(integerDigits: Int, fractionDigits: Int, hasPoint: Bool, leadingZero: Bool) -> UInt8 {
    let plain =
      integerDigits > 0 && integerDigits + fractionDigits <= 15 && hasPoint == (fractionDigits > 0)
      && !(leadingZero && integerDigits > 1)
    return plain ? UInt8(fractionDigits) : mixed
  }

  /// The spelling of a boolean of 4 or 5 letters.
  @inline(__always)
  static func boolean(_ p: UnsafePointer<UInt8>) -> UInt8 {
    (p[0] & 0x20 == 0 ? 1 : 0) + (p[1] & 0x20 == 0 ? 1 : 0)
  }

  /// The form of a field read as `kind` (by the general path).
  static func of(_ p: UnsafePointer<UInt8>, _ length: Int, as kind: FieldKind) -> UInt8 {
    switch kind.shape {
    case .bool: return boolean(p)
    case .date where kind.time == .iso: return 0
    case .date, .timestamp: return mixed
    case .int, .double:
      var index = p[0] == UInt8(ascii: "-") ? 1 : 0
      let first = index
      while index < length && p[index] &- UInt8(ascii: "0") < 10 { index += 1 }
      let integerDigits = index - first
      let hasPoint = index < length && p[index] == UInt8(ascii: ".")
      if hasPoint { index += 1 }
      let fractionStart = index
      while index < length && p[index] &- UInt8(ascii: "0") < 10 { index += 1 }
      guard index == length else { return mixed }
      let leadingZero = integerDigits > 0 && p[first] == UInt8(ascii: "0")
      let form = decimal(
        integerDigits: integerDigits, fractionDigits: index - fractionStart, hasPoint: hasPoint,
        leadingZero: leadingZero)
      let negativeZero = first == 1 && kind == .int && index == 2 && p[1] == UInt8(ascii: "0")
      return negativeZero ? mixed : form
    case .string, .empty: return mixed
    }
  }

  /// The chunk's values as text, written again in `form`; nulls stay null.
  static func text(of chunk: ColumnChunk, form: UInt8) -> ColumnChunk {
    var builder = StringColumnBuilder(expectedRows: chunk.count)
    defer { builder.deallocate() }
    for row in 0..<chunk.count {
      if chunk.isNull(row) {
        builder.appendPlaceholder()
        continue
      }
      var text = written(chunk.values, row, form: form)
      _ = text.withUTF8 { bytes in
        builder.append(bytes.baseAddress.unsafelyUnwrapped, bytes.count, isPlainASCII: true)
      }
    }
    return ColumnChunk(values: .string(builder.finish()), validity: chunk.validity)
  }

  private static func written(_ values: ChunkValues, _ row: Int, form: UInt8) -> String {
    switch values {
    case .int(let ints): return String(ints[row])
    case .double(let doubles): return String(format: "%.\(form)f", doubles[row])
    case .date(let days): return CivilDate(daysSinceEpoch: days[row]).iso
    case .bool(let flags):
      let word = flags[row] ? "true" : "false"
      switch form {
      case 1: return word.prefix(1).uppercased() + word.dropFirst()
      case 2: return word.uppercased()
      default: return word
      }
    case .timestamp, .duration, .string: return ""
    }
  }
}
