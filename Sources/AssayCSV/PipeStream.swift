import AssayCore
import Foundation

/// The bytes of a named pipe (or any other file), opened once and read front to back like stdin;
/// the descriptor is closed when the last reader lets go of it.
final class PipeStream: ByteStream {
  private var descriptor: DescriptorStream

  /// Opens `path` for reading (for a pipe, this waits for a writer); errors name `name`.
  init(path: String, name: String) throws {
    let opened = open(path, O_RDONLY)
    guard opened >= 0 else { throw InputChecks.openError(name: name, errno: errno) }
    descriptor = DescriptorStream(descriptor: opened, name: name)
  }

  deinit { close(descriptor.descriptor) }

  func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws -> Int {
    try descriptor.read(into: buffer, capacity: capacity)
  }

  /// True when `path` names a pipe rather than a regular file: it can be read only once.
  static func isPipe(path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO
  }
}
