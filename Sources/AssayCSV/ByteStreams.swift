import AssayCore
import CZlib
import Foundation

/// A source of bytes read front to back: stdin or a gzip file.
protocol ByteStream {
  /// Reads up to `capacity` bytes; 0 means the end.
  mutating func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws -> Int
}

/// Bytes from a file descriptor (stdin).
struct DescriptorStream: ByteStream {
  /// The descriptor read from.
  let descriptor: Int32
  /// The name used in errors.
  let name: String

  mutating func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws -> Int {
    while true {
      let got = Foundation.read(descriptor, buffer, capacity)
      if got >= 0 { return got }
      if errno != EINTR {
        throw AssayError(message: "\(name): read failed (\(String(cString: strerror(errno))))")
      }
    }
  }
}

/// The decompressed bytes of a gzip file (a plain file passes through unchanged).
final class GzipStream: ByteStream {
  private let file: gzFile
  private let name: String

  /// Opens `path` for decompression; errors name `name`.
  init(path: String, name: String) throws {
    guard let file = gzopen(path, "rb") else { throw InputChecks.openError(name: name, errno: errno) }
    gzbuffer(file, 1 << 18)
    self.file = file
    self.name = name
  }

  deinit { gzclose(file) }

  func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws -> Int {
    let got = gzread(file, buffer, UInt32(min(capacity, 1 << 30)))
    guard got >= 0 else {
      var code: Int32 = 0
      let message = gzerror(file, &code).map { String(cString: $0) } ?? "unknown error"
      throw AssayError(
        message: "\(name): cannot decompress (\(message))",
        hint: "check that the file is a complete gzip file")
    }
    return Int(got)
  }
}

/// A byte buffer that grows as a stream is read; the input of a streamed load. Used by one
/// thread at a time.
final class GrowingBuffer {
  /// The bytes so far (moves when the buffer grows).
  private(set) var base: UnsafeMutablePointer<UInt8>
  /// Bytes held.
  private(set) var count = 0
  /// True once the stream has ended.
  private(set) var atEnd = false
  private var capacity: Int

  /// An empty buffer.
  init() throws {
    capacity = 1 << 20
    base = try Self.resized(nil, to: capacity)
  }

  deinit { free(base) }

  /// `memory` resized with `realloc` (which can move large blocks without copying).
  private static func resized(_ memory: UnsafeMutablePointer<UInt8>?, to capacity: Int) throws
    -> UnsafeMutablePointer<UInt8>
  {
    guard let raw = realloc(memory, capacity) else {
      throw AssayError(message: "out of memory reading the input (\(capacity) bytes)")
    }
    return raw.assumingMemoryBound(to: UInt8.self)
  }

  /// Reads from `stream` until the buffer holds `target` bytes or the stream ends.
  func fill<Stream: ByteStream>(from stream: inout Stream, upTo target: Int) throws {
    while count < target && !atEnd {
      if capacity - count < 1 << 16 {
        base = try Self.resized(base, to: capacity * 2)
        capacity *= 2
      }
      let got = try stream.read(into: base + count, capacity: min(capacity - count, 1 << 20))
      if got == 0 { atEnd = true }
      count += got
    }
  }
}
