import AssayCore

/// Reads Thrift's compact protocol, the encoding of a Parquet file's footer and page headers, from
/// a byte buffer, checking every length against what is left so a damaged footer is an error,
/// never a read past the end.
struct ThriftCompactReader {
  /// The compact protocol's field and element types.
  enum FieldType: UInt8 {
    case stop = 0, boolTrue = 1, boolFalse = 2, byte = 3, i16 = 4, i32 = 5, i64 = 6, double = 7
    case binary = 8, list = 9, set = 10, map = 11, structure = 12
  }

  private let bytes: UnsafeRawBufferPointer
  /// The offset of the next byte to read.
  private(set) var position: Int
  /// How deeply structs nest where the reader is; bounded so hostile input cannot exhaust the stack.
  private var depth = 0

  /// A reader of `bytes` from `position`.
  init(_ bytes: UnsafeRawBufferPointer, at position: Int = 0) {
    self.bytes = bytes
    self.position = position
  }

  /// The error for input that is not what the format says.
  static func damaged(_ what: String) -> ParquetFailure { ParquetFailure.damaged(what) }

  mutating func byte() throws -> UInt8 {
    guard position < bytes.count else { throw Self.damaged("metadata ends early") }
    defer { position += 1 }
    return bytes[position]
  }

  /// An unsigned LEB128 varint of at most 64 bits.
  mutating func varint() throws -> UInt64 {
    var result: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      let b = try byte()
      guard shift < 64 else { throw Self.damaged("a number in the metadata is too long") }
      result |= UInt64(b & 0x7F) << shift
      if b & 0x80 == 0 { return result }
      shift += 7
    }
  }

  /// A zigzag-encoded signed varint.
  mutating func zigzag() throws -> Int64 {
    let raw = try varint()
    return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
  }

  mutating func i32() throws -> Int32 {
    let value = try zigzag()
    guard let narrow = Int32(exactly: value) else { throw Self.damaged("a 32-bit number is out of range") }
    return narrow
  }

  mutating func i64() throws -> Int64 { try zigzag() }

  /// A non-negative count or size that fits in an `Int`.
  mutating func count() throws -> Int {
    let value = try zigzag()
    guard value >= 0 else { throw Self.damaged("a size in the metadata is negative") }
    return Int(value)
  }

  mutating func double() throws -> Double {
    guard bytes.count - position >= 8 else { throw Self.damaged("metadata ends early") }
    var raw: UInt64 = 0
    for k in 0..<8 { raw |= UInt64(bytes[position + k]) << (8 * UInt64(k)) }
    position += 8
    return Double(bitPattern: raw)
  }

  /// A length-prefixed byte string.
  mutating func binary() throws -> [UInt8] {
    let length = try varint()
    guard length <= UInt64(bytes.count - position) else {
      throw Self.damaged("a string runs past the metadata")
    }
    defer { position += Int(length) }
    return Array(UnsafeRawBufferPointer(rebasing: bytes[position..<position + Int(length)]))
  }

  mutating func string() throws -> String { String(decoding: try binary(), as: UTF8.self) }

  /// The boolean of the field whose header was just read.
  mutating func bool(_ type: FieldType) throws -> Bool {
    switch type {
    case .boolTrue: return true
    case .boolFalse: return false
    default: return try byte() == 1
    }
  }

  /// Reads a struct, calling `field` with each field's id and type; `field` reads the value and
  /// returns true, or returns false to have it skipped.
  mutating func structure(_ field: (inout ThriftCompactReader, Int16, FieldType) throws -> Bool) throws {
    depth += 1
    defer { depth -= 1 }
    guard depth <= 64 else { throw Self.damaged("the metadata nests too deeply") }
    var lastID: Int16 = 0
    while true {
      let header = try byte()
      guard let type = FieldType(rawValue: header & 0x0F) else {
        throw Self.damaged("unknown field type \(header & 0x0F) in the metadata")
      }
      if type == .stop { return }
      let delta = Int16(header >> 4)
      let id: Int16
      if delta == 0 {
        guard let wide = Int16(exactly: try zigzag()) else {
          throw Self.damaged("a field id is out of range")
        }
        id = wide
      } else {
        id = lastID &+ delta
      }
      lastID = id
      if try !field(&self, id, type) { try skip(type) }
    }
  }

  /// Reads a list's header: its element type and count (checked against the bytes left, since each
  /// element takes at least one byte, except booleans packed in headers, which lists don't have).
  mutating func listHeader() throws -> (FieldType, Int) {
    let header = try byte()
    guard let type = FieldType(rawValue: header & 0x0F) else {
      throw Self.damaged("unknown list element type in the metadata")
    }
    var size = Int(header >> 4)
    if size == 15 {
      let long = try varint()
      guard long <= UInt64(bytes.count - position) else {
        throw Self.damaged("a list is longer than the metadata")
      }
      size = Int(long)
    }
    return (type, size)
  }

  /// Reads a list whose elements `element` reads.
  mutating func list<T>(_ element: (inout ThriftCompactReader) throws -> T) throws -> [T] {
    let (_, size) = try listHeader()
    var result: [T] = []
    result.reserveCapacity(size)
    for _ in 0..<size { result.append(try element(&self)) }
    return result
  }

  /// Skips a value of `type`.
  mutating func skip(_ type: FieldType) throws {
    switch type {
    case .stop, .boolTrue, .boolFalse: return
    case .byte: _ = try byte()
    case .i16, .i32, .i64: _ = try varint()
    case .double: _ = try double()
    case .binary: _ = try binary()
    case .list, .set:
      let (elementType, size) = try listHeader()
      for _ in 0..<size { try skipElement(elementType) }
    case .map:
      let size = try varint()
      guard size <= UInt64(bytes.count - position) else {
        throw Self.damaged("a map is longer than the metadata")
      }
      guard size > 0 else { return }
      let types = try byte()
      guard let key = FieldType(rawValue: types >> 4), let value = FieldType(rawValue: types & 0x0F) else {
        throw Self.damaged("unknown map types in the metadata")
      }
      for _ in 0..<size {
        try skipElement(key)
        try skipElement(value)
      }
    case .structure:
      try structure { _, _, _ in false }
    }
  }

  /// Skips a list, set or map element: booleans take a byte there.
  private mutating func skipElement(_ type: FieldType) throws {
    if type == .boolTrue || type == .boolFalse { _ = try byte() } else { try skip(type) }
  }
}
