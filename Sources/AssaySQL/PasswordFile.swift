import Foundation

/// A libpq password file (`~/.pgpass`): lines of `host:port:database:user:password`, each of the
/// first four `*` for any, `\:` and `\\` for a literal colon and backslash, `#` starting a comment.
/// Like libpq, a file that others than its owner may read is ignored.
public struct PasswordFile: Sendable {
  /// The entries, in the file's order.
  public let entries: [[String]]

  /// The file at `path`; nil when it is missing, unreadable or readable by others.
  public init?(path: String) {
    var status = stat()
    guard stat(path, &status) == 0, status.st_mode & 0o077 == 0,
      let text = try? String(contentsOfFile: path, encoding: .utf8)
    else { return nil }
    self.init(text: text)
  }

  /// True when a file is at `path` that others than its owner may read or write: such a file is
  /// not read for passwords (as libpq ignores it).
  public static func isOpenToOthers(path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && status.st_mode & 0o077 != 0
  }

  /// The entries of a password file's text: lines of five fields, others skipped.
  public init(text: String) {
    entries = text.split(whereSeparator: \.isNewline).compactMap { line in
      guard !line.hasPrefix("#") else { return nil }
      let fields = Self.fields(of: line)
      return fields.count == 5 ? fields : nil
    }
  }

  /// The password of the first entry matching the four values, if any.
  public func password(host: String, port: Int, database: String, user: String) -> String? {
    let wanted = [host, String(port), database, user]
    return entries.first { entry in
      zip(entry, wanted).allSatisfy { given, value in given == "*" || given == value }
    }?[4]
  }

  /// A line's fields: split at unescaped colons, escapes resolved.
  static func fields(of line: Substring) -> [String] {
    var fields = [""]
    var escaped = false
    for character in line {
      if escaped {
        fields[fields.count - 1].append(character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == ":" && fields.count < 5 {
        fields.append("")
      } else {
        fields[fields.count - 1].append(character)
      }
    }
    return fields
  }
}
