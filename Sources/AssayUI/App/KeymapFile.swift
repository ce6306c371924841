import AssayCore

/// Reads keymap files that rebind keys: one binding per line, `KEY  command-id`, keys named as help
/// shows them (`j`, `G`, `Down`, `PgDn`, `Ctrl-F`, `F1`, `Space`, `Enter`, `Hash`). A line starting
/// with `#` is a comment;
/// `KEY  none` unbinds a key.
public enum KeymapFile {
  /// `base` with the file's bindings applied; errors name the line.
  public static func apply(_ text: String, to base: Keymap, source: String) throws -> Keymap {
    var keymap = base
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let words = raw.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
      guard let first = words.first, !first.hasPrefix("#") else { continue }
      let location = SourceLocation(source: source, line: index + 1)
      guard words.count == 2 else {
        throw AssayError(
          message: "expected a key and a command id", location: location, hint: "write: Ctrl-F page-down")
      }
      guard let key = Key(label: words[0]) else {
        throw AssayError(
          message: "unknown key '\(words[0])'", location: location,
          hint: "name keys as help shows them: j, G, Down, PgDn, Ctrl-F, F1, Space, Enter")
      }
      if words[1] == "none" {
        keymap.unbind(key)
      } else if CommandRegistry.command(id: words[1]) != nil {
        keymap.bind(key, to: words[1])
      } else {
        throw AssayError(
          message: "unknown command '\(words[1])'", location: location,
          hint: "`?` in the table view lists the command ids")
      }
    }
    return keymap
  }
}

extension Key {
  private static let named: [String: Key] = [
    "Up": .up, "Down": .down, "Left": .left, "Right": .right, "PgUp": .pageUp, "PgDn": .pageDown,
    "Home": .home, "End": .end, "Enter": .enter, "Esc": .escape, "Backspace": .backspace, "Delete": .delete,
    "Tab": .tab, "Shift-Tab": .backTab, "Space": .character(" "), "Hash": .character("#"),
  ]

  /// The key a label names, as `label` writes it; nil for names that are not keys.
  public init?(label: String) {
    if let key = Self.named[label] {
      self = key
    } else if label.count == 1, let c = label.first {
      self = .character(c)
    } else if label.hasPrefix("Ctrl-"), label.count == 6, let c = label.last, c.isLetter {
      self = .ctrl(Character(c.lowercased()))
    } else if label.hasPrefix("F"), let n = Int(label.dropFirst()), (1...24).contains(n) {
      self = .function(n)
    } else {
      return nil
    }
  }
}
