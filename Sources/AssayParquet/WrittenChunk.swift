import AssayCore

/// A column chunk as written: its bytes, where they went, and what the footer says of them.
struct WrittenChunk {
  let column: String
  let physical: PhysicalType
  /// The file offset of the chunk's first byte.
  let start: Int
  var bytes: [UInt8] = []
  var uncompressedSize = 0
  var dictionaryOffset: Int?
  var dataOffset = 0
  var values = 0
  var nulls = 0
  var encodings: [Encoding] = []
  var codec = CompressionCodec.uncompressed
  var minimum: [UInt8]?
  var maximum: [UInt8]?
  /// False once a page had values but no bounds (text too long to bound): the chunk has none.
  var bounded = true

  /// Adds a page's stored bytes.
  mutating func append(_ page: [UInt8], uncompressed: Int) {
    bytes += page
    uncompressedSize += uncompressed
  }

  /// Folds a page's bounds into the chunk's; a page with values but no bounds (text too long to
  /// bound, doubles all NaN) leaves the chunk without any.
  mutating func merge(_ page: ColumnEncoding, type: ColumnType) {
    guard page.present > 0 else { return }
    guard let low = page.minimum, let high = page.maximum else {
      bounded = false
      return
    }
    if minimum.map({ Self.precedes(low, $0, type) }) ?? true { minimum = low }
    if maximum.map({ Self.precedes($0, high, type) }) ?? true { maximum = high }
  }

  /// Whether PLAIN-encoded `a` sorts before `b` in the column's order.
  private static func precedes(_ a: [UInt8], _ b: [UInt8], _ type: ColumnType) -> Bool {
    func integer(_ bytes: [UInt8]) -> Int64 {
      var raw: UInt64 = 0
      for (k, x) in bytes.enumerated() { raw |= UInt64(x) << (8 * UInt64(k)) }
      return bytes.count == 4 ? Int64(Int32(truncatingIfNeeded: raw)) : Int64(bitPattern: raw)
    }
    switch type {
    case .double:
      return Double(bitPattern: UInt64(bitPattern: integer(a)))
        < Double(bitPattern: UInt64(bitPattern: integer(b)))
    case .string, .bool: return a.lexicographicallyPrecedes(b)
    default: return integer(a) < integer(b)
    }
  }
}

/// A row group as written.
struct WrittenRowGroup {
  let rows: Int
  let chunks: [WrittenChunk]
}

/// The footer of a written file: schema, row groups and column orders in Thrift's compact protocol.
enum FooterEncoding {
  /// The footer's bytes for `table` written as `groups`.
  static func footer(table: Table, groups: [WrittenRowGroup]) -> [UInt8] {
    var w = ThriftCompactWriter()
    w.structBody { f in
      f.i32(1, 1)
      f.list(2, .structure, count: table.columns.count + 1) { w, k in
        w.structBody { e in
          if k == 0 {
            e.string(4, "schema")
            e.i32(5, Int32(table.columns.count))
          } else {
            schemaElement(table.columns[k - 1], into: &e)
          }
        }
      }
      f.i64(3, Int64(table.rowCount))
      f.list(4, .structure, count: groups.count) { w, g in
        let group = groups[g]
        w.structBody { r in
          r.list(1, .structure, count: group.chunks.count) { w, c in
            w.structBody { columnChunk(group.chunks[c], into: &$0) }
          }
          r.i64(2, Int64(group.chunks.reduce(0) { $0 + $1.uncompressedSize }))
          r.i64(3, Int64(group.rows))
          r.i64(5, Int64(group.chunks.first?.start ?? 4))
          r.i64(6, Int64(group.chunks.reduce(0) { $0 + $1.bytes.count }))
          r.field(7, .i16)
          r.zigzag(Int64(g))
        }
      }
      f.string(6, "assay")
      // Every column ordered by its type's order, which makes readers trust min_value/max_value.
      f.list(7, .structure, count: table.columns.count) { w, _ in
        w.structBody { $0.structure(1) { _ in } }
      }
    }
    return w.bytes
  }

  /// A column's schema element: optional, its physical type and annotations. Durations within a
  /// day are TIME(MICROS), as readers show a time of day; others have no Parquet type of their
  /// own and are plain INT64 microseconds.
  private static func schemaElement(_ column: Column, into e: inout ThriftCompactWriter) {
    e.i32(1, StoredType.physical(column.type).rawValue)
    e.i32(3, Repetition.optional.rawValue)
    e.string(4, column.name)
    let timeOfDay = column.type == .duration && holdsTimesOfDay(column)
    switch column.type {
    case .string: e.i32(6, 0)
    case .date: e.i32(6, 6)
    case .timestamp where column.timeZone != .naive: e.i32(6, 10)
    case .int: e.i32(6, 18)
    case .duration where timeOfDay: e.i32(6, 8)
    default: break
    }
    switch column.type {
    case .duration where timeOfDay:
      e.structure(10) { l in
        l.structure(7) { t in
          t.bool(1, false)
          t.structure(2) { $0.structure(2) { _ in } }
        }
      }
    case .string: e.structure(10) { $0.structure(1) { _ in } }
    case .date: e.structure(10) { $0.structure(6) { _ in } }
    case .timestamp:
      let utc = column.timeZone != .naive
      e.structure(10) { l in
        l.structure(8) { t in
          t.bool(1, utc)
          t.structure(2) { $0.structure(2) { _ in } }
        }
      }
    case .int:
      e.structure(10) { l in
        l.structure(10) { i in
          i.field(1, .byte)
          i.rawByte(64)
          i.bool(2, true)
        }
      }
    default: break
    }
  }

  /// Whether every value of a duration column lies in one day, from 00:00 up to 24:00.
  private static func holdsTimesOfDay(_ column: Column) -> Bool {
    (0..<column.count).allSatisfy { row in
      guard case .duration(let micros) = column[row] else { return true }
      return micros >= 0 && micros < TimeText.microsPerDay
    }
  }

  /// A column chunk's `ColumnChunk` with its `ColumnMetaData`.
  private static func columnChunk(_ chunk: WrittenChunk, into c: inout ThriftCompactWriter) {
    c.i64(2, Int64(chunk.start))
    c.structure(3) { m in
      m.i32(1, chunk.physical.rawValue)
      m.list(2, .i32, count: chunk.encodings.count) { $0.i32Element(chunk.encodings[$1].rawValue) }
      m.list(3, .binary, count: 1) { w, _ in w.binaryElement(Array(chunk.column.utf8)) }
      m.i32(4, chunk.codec.rawValue)
      m.i64(5, Int64(chunk.values))
      m.i64(6, Int64(chunk.uncompressedSize))
      m.i64(7, Int64(chunk.bytes.count))
      m.i64(9, Int64(chunk.dataOffset))
      if let dictionary = chunk.dictionaryOffset { m.i64(11, Int64(dictionary)) }
      m.structure(12) { s in
        s.i64(3, Int64(chunk.nulls))
        if chunk.bounded, let maximum = chunk.maximum, let minimum = chunk.minimum {
          s.binary(5, maximum)
          s.binary(6, minimum)
        }
      }
    }
  }
}
