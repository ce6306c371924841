import AssayCore

extension Array {
  /// An empty array with room for `count` elements, advised to sit on huge pages when it is large
  /// (fewer page faults while it fills).
  static func reserved(_ count: Int) -> [Element] {
    [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
      if count * MemoryLayout<Element>.stride >= 4 << 20 { HugePageArrays.advise(buffer) }
      initialized = 0
    }
  }
}

/// Variable-length values (BYTE_ARRAY), fixed-length ones (FIXED_LEN_BYTE_ARRAY, INT96) packed
/// end to end: value i is `data[offsets[i]..<offsets[i + 1]]`.
struct ByteArrays: Sendable {
  /// The values' bytes, end to end.
  var data: [UInt8] = []
  /// Where each value starts, and one more entry for the end.
  var offsets: [UInt32] = [0]

  /// Number of values.
  var count: Int { offsets.count - 1 }

  /// Adds one value.
  mutating func append(_ bytes: UnsafeRawBufferPointer) throws {
    data.append(contentsOf: bytes)
    guard data.count <= UInt32.max else {
      throw ParquetFailure.unsupported("a column chunk holds over 4 GB of text")
    }
    offsets.append(UInt32(data.count))
  }

  /// Value i's bytes.
  func withValue<T>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
    try data.withUnsafeBufferPointer { all in
      try body(UnsafeBufferPointer(rebasing: all[Int(offsets[i])..<Int(offsets[i + 1])]))
    }
  }
}

/// The non-null values of a column chunk as the file stores them (its physical type), in order.
enum PhysicalValues: Sendable {
  case bool([Bool])
  case int32([Int32])
  case int64([Int64])
  case float([Float])
  case double([Double])
  /// BYTE_ARRAY, FIXED_LEN_BYTE_ARRAY and INT96 values.
  case bytes(ByteArrays)

  /// No values of `physical`, with room for `count` values (and `bytes` bytes of byte arrays).
  init(empty physical: PhysicalType, reserving count: Int = 0, bytes: Int = 0) {
    func reserved<T>(_ type: T.Type) -> [T] { .reserved(count) }
    switch physical {
    case .boolean: self = .bool(reserved(Bool.self))
    case .int32: self = .int32(reserved(Int32.self))
    case .int64: self = .int64(reserved(Int64.self))
    case .float: self = .float(reserved(Float.self))
    case .double: self = .double(reserved(Double.self))
    case .int96, .byteArray, .fixedLenByteArray:
      var arrays = ByteArrays()
      arrays.offsets = .reserved(count + 1)
      arrays.offsets.append(0)
      arrays.data = .reserved(bytes)
      self = .bytes(arrays)
    }
  }

  /// Number of values.
  var count: Int {
    switch self {
    case .bool(let a): return a.count
    case .int32(let a): return a.count
    case .int64(let a): return a.count
    case .float(let a): return a.count
    case .double(let a): return a.count
    case .bytes(let b): return b.count
    }
  }

  /// The values `indices` pick (a dictionary looked up); an index past the end is damage.
  func gathering(_ indices: [UInt32]) throws -> PhysicalValues {
    let size = count
    guard indices.allSatisfy({ Int($0) < size }) else {
      throw ParquetFailure.damaged("a dictionary index points past the dictionary")
    }
    switch self {
    case .bool(let a): return .bool(indices.map { a[Int($0)] })
    case .int32(let a): return .int32(indices.map { a[Int($0)] })
    case .int64(let a): return .int64(indices.map { a[Int($0)] })
    case .float(let a): return .float(indices.map { a[Int($0)] })
    case .double(let a): return .double(indices.map { a[Int($0)] })
    case .bytes(let b):
      var out = ByteArrays()
      out.offsets.reserveCapacity(indices.count + 1)
      try b.data.withUnsafeBytes { data in
        for index in indices {
          let i = Int(index)
          try out.append(UnsafeRawBufferPointer(rebasing: data[Int(b.offsets[i])..<Int(b.offsets[i + 1])]))
        }
      }
      return .bytes(out)
    }
  }

  /// These values followed by `other`'s (of the same physical type).
  mutating func append(contentsOf other: PhysicalValues) throws {
    let current = self
    self = .bool([])  // leaves `current` the only reference to its array, so it grows in place
    switch (consume current, other) {
    case (.bool(var a), .bool(let b)):
      a += b
      self = .bool(a)
    case (.int32(var a), .int32(let b)):
      a += b
      self = .int32(a)
    case (.int64(var a), .int64(let b)):
      a += b
      self = .int64(a)
    case (.float(var a), .float(let b)):
      a += b
      self = .float(a)
    case (.double(var a), .double(let b)):
      a += b
      self = .double(a)
    case (.bytes(var a), .bytes(let b)):
      let base = UInt32(a.data.count)
      guard UInt64(a.data.count) + UInt64(b.data.count) <= UInt32.max else {
        throw ParquetFailure.unsupported("a column chunk holds over 4 GB of text")
      }
      a.data += b.data
      a.offsets += b.offsets.dropFirst().map { $0 + base }
      self = .bytes(a)
    default:
      throw ParquetFailure.damaged("pages of one column hold different types")  // `self` is left empty
    }
  }
}
