import Foundation

/// An INI file of the AWS tools: `[section]` lines, then `key = value` lines; `#` and `;` start
/// comments. Nested settings (indented lines under `s3 =`) are skipped.
public struct ProfileFile: Sendable {
  /// Each section's settings.
  public let sections: [String: [String: String]]

  /// The file at `path`; empty when it cannot be read.
  public static func read(path: String) -> ProfileFile {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      return ProfileFile(sections: [:])
    }
    return ProfileFile(text: text)
  }

  /// The settings `text` holds.
  public init(text: String) {
    var sections: [String: [String: String]] = [:]
    var current: String?
    for rawLine in text.split(whereSeparator: \.isNewline) {
      let indented = rawLine.first?.isWhitespace == true
      let line = rawLine.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
      if line.hasPrefix("[") && line.hasSuffix("]") {
        let name = line.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
        current = name
        if sections[name] == nil { sections[name] = [:] }  // a section without settings is still there
        continue
      }
      guard let section = current, !indented, let equals = line.firstIndex(of: "=") else { continue }
      let key = line[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
      let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
      if !value.isEmpty { sections[section, default: [:]][key] = value }
    }
    self.sections = sections
  }

  private init(sections: [String: [String: String]]) { self.sections = sections }

  /// The settings of one section; empty when there is none.
  public func section(_ name: String) -> [String: String] { sections[name] ?? [:] }
}
