import AssayCSV
import AssayCore

/// The JSON text of typed values, for a column that turned to text: integers in decimal, doubles
/// in their shortest form that reads back the same (`1.5`, `1e+20`), booleans as `true` and
/// `false`, dates as `YYYY-MM-DD`. The parser writes numbers and booleans it meets in a text
/// column the same way, so a value reads the same whichever chunk it is in.
enum JSONText {
  /// The chunk's values as text; nulls stay null.
  static func text(of chunk: ColumnChunk) -> ColumnChunk {
    var builder = ColumnBuilder(kind: .string, capacity: chunk.count)
    defer { builder.deallocate() }
    for row in 0..<chunk.count {
      if chunk.isNull(row) {
        builder.appendNull()
        continue
      }
      var text = written(chunk.values, row)
      text.withUTF8 { bytes in
        _ = builder.append(text: bytes.baseAddress.unsafelyUnwrapped, bytes.count, isPlainASCII: true)
      }
    }
    return builder.finish()
  }

  private static func written(_ values: ChunkValues, _ row: Int) -> String {
    switch values {
    case .int(let ints): return String(ints[row])
    case .double(let doubles): return doubles[row].description
    case .bool(let flags): return flags[row] ? "true" : "false"
    case .date(let days): return CivilDate(daysSinceEpoch: days[row]).iso
    case .timestamp, .duration, .string: return ""
    }
  }
}
