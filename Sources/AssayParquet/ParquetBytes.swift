import AssayCSV

/// Where a Parquet file's bytes are read from: a mapped local file, or ranges of an object in a
/// store. Reading asks for the footer and then only the column chunks a command uses.
public protocol ParquetBytes: Sendable {
  /// The file's size in bytes.
  var size: Int { get }
  /// Runs `body` over bytes `offset..<offset + count`, which lie inside the file.
  func withBytes<T>(offset: Int, count: Int, _ body: (UnsafeRawBufferPointer) throws -> T) throws -> T
}

/// Bytes held in memory (a small object fetched whole, a fuzzer's input).
public struct BufferBytes: ParquetBytes {
  /// The bytes.
  public let bytes: [UInt8]

  /// Bytes to read as a Parquet file.
  public init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// The number of bytes.
  public var size: Int { bytes.count }

  /// Runs `body` over a range of the bytes.
  public func withBytes<T>(offset: Int, count: Int, _ body: (UnsafeRawBufferPointer) throws -> T) throws -> T
  {
    try bytes.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[offset..<offset + count])) }
  }
}

/// A local file's bytes, mapped into memory.
struct MappedBytes: ParquetBytes {
  let file: MappedFile

  var size: Int { file.count }

  func withBytes<T>(offset: Int, count: Int, _ body: (UnsafeRawBufferPointer) throws -> T) throws -> T {
    file.prefetch(offset, offset + count)
    return try file.reading { try body(UnsafeRawBufferPointer(start: file.base + offset, count: count)) }
  }
}
