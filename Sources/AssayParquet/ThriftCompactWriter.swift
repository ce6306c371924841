/// Writes Thrift's compact protocol: the encoding of the footer and page headers a Parquet writer
/// produces. Fields are written in increasing id order within each struct.
struct ThriftCompactWriter {
  /// The bytes written so far.
  private(set) var bytes: [UInt8] = []
  /// The last field id of each open struct.
  private var lastIDs: [Int16] = [0]

  mutating func varint(_ value: UInt64) {
    var v = value
    while v >= 0x80 {
      bytes.append(UInt8(v & 0x7F) | 0x80)
      v >>= 7
    }
    bytes.append(UInt8(v))
  }

  /// One byte as it is (a `byte` field's value).
  mutating func rawByte(_ value: UInt8) { bytes.append(value) }

  mutating func zigzag(_ value: Int64) { varint(UInt64(bitPattern: (value << 1) ^ (value >> 63))) }

  /// A field header of `type` for field `id`.
  mutating func field(_ id: Int16, _ type: ThriftCompactReader.FieldType) {
    let last = lastIDs[lastIDs.count - 1]
    let delta = id - last
    if delta > 0 && delta <= 15 {
      bytes.append(UInt8(delta) << 4 | type.rawValue)
    } else {
      bytes.append(type.rawValue)
      zigzag(Int64(id))
    }
    lastIDs[lastIDs.count - 1] = id
  }

  mutating func i32(_ id: Int16, _ value: Int32) {
    field(id, .i32)
    zigzag(Int64(value))
  }

  mutating func i64(_ id: Int16, _ value: Int64) {
    field(id, .i64)
    zigzag(value)
  }

  mutating func bool(_ id: Int16, _ value: Bool) { field(id, value ? .boolTrue : .boolFalse) }

  mutating func binary(_ id: Int16, _ value: [UInt8]) {
    field(id, .binary)
    varint(UInt64(value.count))
    bytes += value
  }

  mutating func string(_ id: Int16, _ value: String) { binary(id, Array(value.utf8)) }

  /// A struct field whose fields `body` writes.
  mutating func structure(_ id: Int16, _ body: (inout ThriftCompactWriter) -> Void) {
    field(id, .structure)
    structBody(body)
  }

  /// A struct's fields and its stop byte (for the outermost struct and list elements).
  mutating func structBody(_ body: (inout ThriftCompactWriter) -> Void) {
    lastIDs.append(0)
    body(&self)
    bytes.append(0)
    lastIDs.removeLast()
  }

  /// A list field of `count` elements of `type`, each written by `element`.
  mutating func list(
    _ id: Int16, _ type: ThriftCompactReader.FieldType, count: Int,
    _ element: (inout ThriftCompactWriter, Int) -> Void
  ) {
    field(id, .list)
    if count < 15 {
      bytes.append(UInt8(count) << 4 | type.rawValue)
    } else {
      bytes.append(0xF0 | type.rawValue)
      varint(UInt64(count))
    }
    for k in 0..<count { element(&self, k) }
  }

  /// An i32 list element.
  mutating func i32Element(_ value: Int32) { zigzag(Int64(value)) }

  /// A binary list element.
  mutating func binaryElement(_ value: [UInt8]) {
    varint(UInt64(value.count))
    bytes += value
  }
}
