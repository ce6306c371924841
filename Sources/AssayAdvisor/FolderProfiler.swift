import AssayCore
import Foundation

/// Profiles a local folder by walking it: every regular file's kind (by its first bytes, then its
/// extension), counted and summed by kind. Hidden files and folders are skipped; symbolic links are
/// not followed. Object-store prefixes will produce the same profile from a listing.
public enum FolderProfiler {
  /// The profile of the folder at `path`.
  public static func profile(path: String) throws -> FolderProfile {
    let root = URL(fileURLWithPath: path, isDirectory: true)
    let keys: [URLResourceKey] = [.isRegularFileKey, .fileSizeKey]
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
      let walker = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
    else {
      throw AssayError(
        message: "\(path): cannot list the folder", hint: "check that it exists and is readable")
    }
    var totals: [FileKind: (count: Int, bytes: Int)] = [:]
    for case let url as URL in walker {
      guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else {
        continue
      }
      let kind = FileKind.of(name: url.lastPathComponent, leadingBytes: leadingBytes(of: url.path))
      let previous = totals[kind] ?? (0, 0)
      totals[kind] = (previous.count + 1, previous.bytes + (values.fileSize ?? 0))
    }
    let kinds = totals.map { FileKindTotal(kind: $0.key, count: $0.value.count, bytes: $0.value.bytes) }
      .sorted { a, b in a.bytes != b.bytes ? a.bytes > b.bytes : a.kind.rawValue < b.kind.rawValue }
    return FolderProfile(name: path, kinds: kinds)
  }

  /// The first 16 bytes of a file, or none when it cannot be read.
  static func leadingBytes(of path: String) -> [UInt8] {
    guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
    defer { try? handle.close() }
    return (try? handle.read(upToCount: 16)).map { Array($0) } ?? []
  }
}
