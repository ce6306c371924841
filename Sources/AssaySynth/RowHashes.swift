import AssayAnalysis
import AssayCore

/// 64-bit hashes of table rows over every column, equal for rows equal in every cell: how
/// synthetic rows that copy a real row are found.
public enum RowHashes {
  /// The hash of a null cell.
  static let null: UInt64 = 0x5851_F42D_4C95_7F2D

  /// A 64-bit avalanche (SplitMix64's finalizer).
  @inline(__always) static func mix(_ x: UInt64) -> UInt64 {
    var z = x &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// The hash of an integer-like cell (int, date, timestamp, duration, bool as 0/1).
  @inline(__always) static func integer(_ value: Int64) -> UInt64 { mix(UInt64(bitPattern: value)) }

  /// The hash of a double cell; -0 and +0 alike.
  @inline(__always) static func double(_ value: Double) -> UInt64 { mix((value + 0.0).bitPattern) }

  /// A row's hash so far combined with its next cell's.
  @inline(__always) static func combine(_ row: UInt64, _ cell: UInt64) -> UInt64 {
    (row &* 0x0000_0100_0000_01B3) ^ cell
  }

  /// The hash of one value, as the hash of a cell holding it.
  static func value(_ value: Value) -> UInt64 {
    switch value {
    case .null: return null
    case .bool(let b): return integer(b ? 1 : 0)
    case .int(let v), .duration(let v): return integer(v)
    case .date(let d): return integer(Int64(d))
    case .timestamp(let t): return integer(t.microseconds)
    case .double(let v): return double(v)
    case .string(let s): return TextHash.of(s)
    }
  }

  /// Every row's hash over all of the table's columns, in row order.
  public static func of(_ table: Table) -> [UInt64] {
    let columns = concurrentResults(count: table.columns.count) { cells(table.columns[$0]) }
    var rows = [UInt64](repeating: 0, count: table.rowCount)
    for column in columns { for row in rows.indices { rows[row] = combine(rows[row], column[row]) } }
    return rows
  }

  /// The cell hashes of one column.
  static func cells(_ column: Column) -> [UInt64] {
    var out: [UInt64] = []
    out.reserveCapacity(column.count)
    for chunk in column.chunks {
      for i in 0..<chunk.count {
        if chunk.isNull(i) {
          out.append(null)
          continue
        }
        switch chunk.values {
        case .bool(let a): out.append(integer(a[i] ? 1 : 0))
        case .int(let a), .duration(let a), .timestamp(let a, _): out.append(integer(a[i]))
        case .date(let a): out.append(integer(Int64(a[i])))
        case .double(let a): out.append(double(a[i]))
        case .string(.packed(let bytes, let offsets)):
          out.append(
            bytes.withUnsafeBufferPointer {
              TextHash.of(UnsafeBufferPointer(rebasing: $0[Int(offsets[i])..<Int(offsets[i + 1])]))
            })
        case .string(.dictionary(let codes, let dictionary)):
          out.append(TextHash.of(dictionary[Int(codes[i])]))
        }
      }
    }
    return out
  }
}
