import AssayCore
import Foundation

/// Profiles a local folder by walking it: every regular file's kind (by its first bytes, then its
/// extension), counted and summed by kind. Hidden files and folders are skipped; symbolic links are
/// not followed; unreadable folders are passed over. Object-store prefixes will produce the same
/// profile from a listing.
public enum FolderProfiler {
  /// The profile of the folder at `path`.
  public static func profile(path: String) throws -> FolderProfile {
    guard isDirectory(path), let root = opendir(path) else {
      throw AssayError(
        message: "\(path): cannot list the folder", hint: "check that it exists and is readable")
    }
    closedir(root)
    var totals: [FileKind: (count: Int, bytes: Int)] = [:]
    var pending = [path]  // folders are opened one at a time, so a wide tree holds one descriptor
    while let folder = pending.popLast() {
      guard let handle = opendir(folder) else { continue }
      defer { closedir(handle) }
      while let entry = readdir(handle) {
        let name = withUnsafePointer(to: &entry.pointee.d_name) {
          String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
        }
        guard !name.hasPrefix(".") else { continue }
        let child = folder.hasSuffix("/") ? folder + name : folder + "/" + name
        var status = stat()
        guard lstat(child, &status) == 0 else { continue }
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
          pending.append(child)
        case S_IFREG:
          let kind = FileKind.of(name: name, leadingBytes: leadingBytes(of: child))
          let previous = totals[kind] ?? (0, 0)
          totals[kind] = (previous.count + 1, previous.bytes + Int(status.st_size))
        default:
          continue
        }
      }
    }
    let kinds = totals.map { FileKindTotal(kind: $0.key, count: $0.value.count, bytes: $0.value.bytes) }
      .sorted { a, b in a.bytes != b.bytes ? a.bytes > b.bytes : a.kind.rawValue < b.kind.rawValue }
    return FolderProfile(name: path, kinds: kinds)
  }

  /// True when `path` names a directory (after following links).
  private static func isDirectory(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
  }

  /// The first 16 bytes of a file, or none when it cannot be read.
  static func leadingBytes(of path: String) -> [UInt8] {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return [] }
    defer { close(descriptor) }
    var bytes = [UInt8](repeating: 0, count: 16)
    let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 16) }
    return Array(bytes.prefix(max(0, count)))
  }
}
