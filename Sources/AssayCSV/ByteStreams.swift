import AssayCore
import CSystemZlib
import Foundation

/// A source of bytes read front to back: stdin, a gzip file, an object in a store.
public protocol ByteStream {
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
    var code: Int32 = 0
    let message = gzerror(file, &code).map { String(cString: $0) } ?? "unknown error"
    // zlib reports a file that ends inside the compressed data (Z_BUF_ERROR) as a plain end of
    // file; only its error state tells.
    guard got >= 0, got > 0 || code == Z_OK else {
      throw AssayError(
        message: "\(name): cannot decompress (\(message))",
        hint: "check that the file is a complete gzip file")
    }
    return Int(got)
  }
}

/// The bytes of a stream, read ahead on a thread of its own (so that decompressing or reading
/// overlaps with parsing) into one large address-space reservation that is filled in order and
/// never moves; only the pages written and not yet released take memory. The reader stays at
/// most `readAhead` bytes past what the parser last asked for, so a fast producer (`yes |`)
/// cannot pile up raw bytes faster than they are parsed. The reader writes only
/// past `filled` and the parser reads only below the count it was last given, and `filled` sits
/// behind a lock, so sharing the mapping between the two threads is safe.
package final class StreamBuffer: @unchecked Sendable {
  /// The first byte; bytes below `count` are stable.
  package let base: UnsafeMutablePointer<UInt8>
  /// Bytes available to the parser, as of the last `fill`.
  package private(set) var count = 0
  /// True once the stream has ended (as of the last `fill`).
  package private(set) var atEnd = false
  private let reserved: Int
  private let condition = NSCondition()
  private var filled = 0
  private var ended = false
  private var stopped = false
  private var failure: (any Error)?
  private var released = 0
  private var requested = 0
  /// Bytes the reader may read past the parser's last request.
  static let readAhead = 64 << 20
  private static let pageSize = Int(getpagesize())

  /// Reserves the address space and starts reading `stream`; errors name `name`.
  package init<Stream: ByteStream>(reading stream: Stream, name: String) throws {
    var size = 1 << 40
    var address = MAP_FAILED
    while size >= 1 << 30 {
      address = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
      if address != MAP_FAILED { break }
      size /= 4
    }
    guard let address, address != MAP_FAILED else {
      throw AssayError(message: "\(name): cannot reserve memory to read the input")
    }
    base = address.assumingMemoryBound(to: UInt8.self)
    reserved = size
    var owned = stream
    let box = ReaderBox(read: { try owned.read(into: $0, capacity: $1) }, name: name)
    Thread.detachNewThread { [self] in self.readAll(box) }
  }

  deinit { munmap(base, reserved) }

  /// Waits until `target` bytes have arrived or the stream has ended, then updates `count` and
  /// `atEnd`; rethrows a read error.
  package func fill(upTo target: Int) throws {
    condition.lock()
    defer { condition.unlock() }
    requested = max(requested, target)
    condition.broadcast()
    while filled < target && !ended { condition.wait() }
    if let failure { throw failure }
    count = filled
    atEnd = ended
  }

  /// Gives back the memory of the whole pages below `offset`, which the parser is done with
  /// (reading them again would give zeros).
  package func release(below offset: Int) {
    let end = offset / Self.pageSize * Self.pageSize
    if end > released {
      madvise(base + released, end - released, MADV_DONTNEED)
      released = end
    }
  }

  /// Asks the reader to stop after its current block.
  package func stop() {
    condition.lock()
    stopped = true
    condition.broadcast()
    condition.unlock()
  }

  private func readAll(_ box: ReaderBox) {
    let block = 1 << 20
    while true {
      condition.lock()
      while !stopped && filled >= requested + Self.readAhead { condition.wait() }
      let at = filled
      let stop = stopped
      condition.unlock()
      if stop { return }
      do {
        guard at + block <= reserved else {
          throw AssayError(message: "\(box.name): the input is larger than \(reserved >> 30) GiB")
        }
        let got = try box.read(base + at, block)
        condition.lock()
        if got == 0 { ended = true } else { filled += got }
        condition.broadcast()
        condition.unlock()
        if got == 0 { return }
      } catch {
        condition.lock()
        failure = error
        ended = true
        condition.broadcast()
        condition.unlock()
        return
      }
    }
  }
}

/// Hands a stream's read function to the reader thread, which is its only user from then on.
private final class ReaderBox: @unchecked Sendable {
  let read: (UnsafeMutablePointer<UInt8>, Int) throws -> Int
  let name: String

  init(read: @escaping (UnsafeMutablePointer<UInt8>, Int) throws -> Int, name: String) {
    self.read = read
    self.name = name
  }
}
