import AssayCore
import Foundation

/// A SQLite file in write-ahead-log mode whose every write is in the file itself: read as a file
/// nobody changes (`immutable=1`), which needs no shared-memory file written beside it, where its
/// folder cannot be written. Its log must be missing or empty, and no rollback journal may lie
/// beside it (a crashed writer's, which only a writer can roll back), both beside the real file
/// that a symbolic link names, where SQLite looks for them.
enum SQLiteQuietLog {
  /// The `file:` URI that opens `path` immutable, read as it is when opened; nil when some of
  /// its writes are elsewhere (in its log, or a journal) or it is not in write-ahead-log mode.
  static func immutableURI(_ path: String) -> String? {
    guard let real = realPath(path), isInLogMode(real), !holdsBytes(real + "-wal"),
      !FileManager.default.fileExists(atPath: real + "-journal")
    else { return nil }
    var escaped = ""
    for character in real {
      switch character {
      case "%": escaped += "%25"
      case "?": escaped += "%3F"
      case "#": escaped += "%23"
      default: escaped.append(character)
      }
    }
    return "file:" + escaped + "?immutable=1"
  }

  /// Whether the file at `path` is a SQLite database in write-ahead-log mode: its header's read
  /// and write versions (bytes 18 and 19) are 2.
  static func isInLogMode(_ path: String) -> Bool {
    guard let file = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? file.close() }
    guard let header = try? file.read(upToCount: 20), header.count == 20 else { return false }
    return FileSignature.sqlite.matches(header) && header[18] == 2 && header[19] == 2
  }

  /// `path` absolute, with every symbolic link resolved; nil when it does not exist.
  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// Whether a file at `path` exists and holds bytes.
  private static func holdsBytes(_ path: String) -> Bool {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int ?? 0) > 0
  }
}
