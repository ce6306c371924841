import AssayCore

/// Reads themes from text files: one line per role, `role  foreground  [background]  [bold]`.
/// Colours are names (`black`, `red`, `green`, `yellow`, `blue`, `magenta`, `cyan`, `white`, each also as
/// `bright-NAME`, and `gray`), numbers 0–255, or `-` for the terminal's default. `#` starts a comment.
/// A line `color off` makes a theme that emits no colour at all.
public enum ThemeFile {
  /// Parses a theme; errors name the line and say what was expected.
  public static func parse(_ text: String, name: String, source: String) throws -> Theme {
    var colors: [Role: RoleColors] = [:]
    var usesColor = true
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
      let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
      guard let first = words.first else { continue }
      let location = SourceLocation(source: source, line: index + 1)
      if first == "color", words.count == 2, words[1] == "off" {
        usesColor = false
        continue
      }
      guard let role = Role(rawValue: first) else {
        throw AssayError(
          message: "unknown role '\(first)'", location: location,
          hint: "roles are: " + Role.allCases.map(\.rawValue).joined(separator: ", "))
      }
      var entry = RoleColors()
      var rest = Array(words.dropFirst())
      if rest.last == "bold" {
        entry.bold = true
        rest.removeLast()
      }
      guard rest.count <= 2 else {
        throw AssayError(
          message: "too many words for role '\(first)'", location: location,
          hint: "write: role foreground [background] [bold]")
      }
      if rest.count >= 1 { entry.foreground = try color(rest[0], at: location) }
      if rest.count == 2 { entry.background = try color(rest[1], at: location) }
      colors[role] = entry
    }
    return Theme(name: name, colors: colors, usesColor: usesColor)
  }

  private static let names: [String: TerminalColor] = [
    "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7, "gray": 8,
  ]

  private static func color(_ word: String, at location: SourceLocation) throws -> TerminalColor? {
    if word == "-" { return nil }
    if let number = Int(word), (0...255).contains(number) { return TerminalColor(number) }
    if let base = names[word] { return base }
    if word.hasPrefix("bright-"), let base = names[String(word.dropFirst(7))], base < 8 { return base + 8 }
    throw AssayError(
      message: "unknown colour '\(word)'", location: location,
      hint: "use a name (red, bright-blue, gray), a number 0–255, or - for the terminal's default")
  }
}
