import AssayCore
import Foundation

/// Profiles a local folder by walking it: every regular file's kind (by its first bytes, then its
/// extension), counted and summed by kind. Hidden files and folders are skipped; symbolic links are
/// not followed; unreadable folders are passed over. Object-store prefixes will produce the same
/// profile from a listing.
public enum FolderProfiler {
  /// The profile of the folder at `path`.
  public static func profile(path: String) throws -> FolderProfile {
    let folder = try FolderSource(path: path, registry: LoaderRegistry(loaders: []))
    var totals: [FileKind: (count: Int, bytes: Int)] = [:]
    try folder.walk(ListScope(recursive: true, sniffAll: true)) { page in
      for entry in page where entry.isRegularFile {
        let name = entry.name.split(separator: "/").last.map(String.init) ?? entry.name
        let kind = entry.kind.fileKind ?? FileKind.extensionKind(name) ?? .other
        let previous = totals[kind] ?? (0, 0)
        totals[kind] = (previous.count + 1, previous.bytes.addingSaturated(entry.size ?? 0))
      }
    }
    let kinds = totals.map { FileKindTotal(kind: $0.key, count: $0.value.count, bytes: $0.value.bytes) }
      .sorted { a, b in a.bytes != b.bytes ? a.bytes > b.bytes : a.kind.rawValue < b.kind.rawValue }
    return FolderProfile(name: path, kinds: kinds)
  }
}
