import Foundation

/// The `[client]` group of a MySQL/MariaDB option file (`~/.my.cnf`): `key = value` lines, the
/// value optionally quoted, `#` and `;` starting comments; other groups and `!include` lines are
/// not read.
public struct ClientOptionFile: Equatable, Sendable {
  /// The group's settings by key, lowercased with `-` written as `_` (`password`, `host`).
  public let settings: [String: String]

  /// The settings of `[client]` in `text`.
  public init(text: String) {
    var settings: [String: String] = [:]
    var inClient = false
    for rawLine in text.split(whereSeparator: \.isNewline) {
      let line = rawLine.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") || line.hasPrefix("!") { continue }
      if line.hasPrefix("[") {
        inClient =
          line.dropFirst().prefix { $0 != "]" }.trimmingCharacters(in: .whitespaces).lowercased() == "client"
        continue
      }
      guard inClient else { continue }
      let parts = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let key = parts[0].trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(
        of: "-", with: "_")
      guard !key.isEmpty else { continue }
      settings[key] = parts.count > 1 ? Self.unquoted(parts[1].trimmingCharacters(in: .whitespaces)) : ""
    }
    self.settings = settings
  }

  /// The `[client]` settings of `~/.my.cnf` under `home`; none when the file cannot be read.
  public static func load(home: String?) -> ClientOptionFile {
    guard let home, let text = try? String(contentsOfFile: home + "/.my.cnf", encoding: .utf8) else {
      return ClientOptionFile(text: "")
    }
    return ClientOptionFile(text: text)
  }

  /// A value without its surrounding quotes (a quoted value keeps `#`), or up to a comment.
  private static func unquoted(_ value: String) -> String {
    if let quote = value.first, quote == "\"" || quote == "'" {
      let inner = value.dropFirst()
      return String(inner.prefix { $0 != quote })
    }
    let uncommented = value.prefix { $0 != "#" }
    return uncommented.trimmingCharacters(in: .whitespaces)
  }
}
