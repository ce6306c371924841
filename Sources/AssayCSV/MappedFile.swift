import AssayCore
import Foundation

/// A file mapped read-only into memory; parsed ranges can be dropped from the resident set.
/// The mapping is immutable and lives as long as this object, so sharing it is safe. A file that
/// shrinks while it is read does not end the program: see `reading` and `MappingFaults`.
package final class MappedFile: @unchecked Sendable {
  /// The first byte (a valid pointer even for an empty file).
  package let base: UnsafePointer<UInt8>
  /// File size in bytes.
  package let count: Int
  private let mapping: UnsafeMutableRawPointer?
  private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
  private let placeholder: UnsafeMutablePointer<UInt8>?
  private let name: String
  private let watchSlot: Int?

  /// Maps the file at `path`; errors name `name`. A file read front to back (`sequential`) is read
  /// ahead by the kernel; one read in jumps (a Parquet file's column chunks) only where `prefetch`
  /// asks.
  package init(path: String, name: String, sequential: Bool = true) throws {
    self.name = name
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw InputChecks.openError(name: name, errno: errno) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw InputChecks.openError(name: name, errno: errno) }
    count = Int(status.st_size)
    guard count > 0 else {
      mapping = nil
      watchSlot = nil
      let byte = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
      placeholder = byte
      base = UnsafePointer(byte)
      return
    }
    guard let address = mmap(nil, count, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
      throw AssayError(message: "\(name): cannot be mapped into memory (\(String(cString: strerror(errno))))")
    }
    madvise(address, count, sequential ? MADV_SEQUENTIAL : MADV_RANDOM)
    placeholder = nil
    mapping = address
    watchSlot = MappingFaults.watch(address, count: count)
    base = UnsafePointer(address.assumingMemoryBound(to: UInt8.self))
  }

  deinit {
    if let watchSlot { MappingFaults.unwatch(watchSlot) }
    if let mapping { munmap(mapping, count) }
    placeholder?.deallocate()
  }

  /// Runs `read` over the mapping; when the file was truncated meanwhile (the pages past its new
  /// end read as zeros), throws an error that says so instead of what `read` gave.
  package func reading<T>(_ read: () throws -> T) throws -> T {
    let outcome = Result { try read() }
    if let watchSlot, MappingFaults.wasTruncated(watchSlot) {
      throw AssayError(
        message: "\(name): the file changed while it was read (it was truncated)",
        hint: "read it again once nothing is writing it")
    }
    return try outcome.get()
  }

  /// Drops the whole pages inside `start..<end` from memory; they are read again from the file
  /// if touched later.
  /// Asks the kernel to read `start..<end` in now, in large reads, ahead of its use.
  package func prefetch(_ start: Int, _ end: Int) {
    guard let mapping, end > start else { return }
    let first = start / Self.pageSize * Self.pageSize
    madvise(mapping + first, end - first, MADV_WILLNEED)
  }

  package func release(_ start: Int, _ end: Int) {
    guard let mapping else { return }
    let first = (start + Self.pageSize - 1) / Self.pageSize * Self.pageSize
    let last = end / Self.pageSize * Self.pageSize
    if last > first { madvise(mapping + first, last - first, MADV_DONTNEED) }
  }
}
