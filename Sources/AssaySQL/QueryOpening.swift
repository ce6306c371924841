import AssayCore

/// What a query's text opens with, past spaces, comments (`--`, `#`, `/* */`) and opening
/// parentheses: a query is read as a derived table (`SELECT * FROM (query)`), which only a
/// statement that reads rows can be, so any other is refused before anything is sent.
enum QueryOpening {
  /// The words a statement that can be a derived table opens with.
  static let readingWords: Set<String> = ["SELECT", "WITH", "VALUES", "TABLE"]

  /// The first word of `sql`, upper-cased: its letters, digits and underscores (empty when it
  /// opens with anything else, or holds only spaces and comments).
  static func firstWord(of sql: String) -> String {
    var rest = Substring(sql)
    while let first = rest.first {
      if first.isWhitespace || first == "(" {
        rest.removeFirst()
      } else if rest.hasPrefix("--") || first == "#" {
        rest = rest.drop { !$0.isNewline }
      } else if rest.hasPrefix("/*") {
        guard let end = rest.range(of: "*/") else { return "" }
        rest = rest[end.upperBound...]
      } else {
        break
      }
    }
    return rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }.uppercased()
  }

  /// Throws, naming `name` and the statement's first word, unless `sql` reads rows.
  static func requireReading(_ sql: String, name: String) throws {
    let word = firstWord(of: sql)
    guard !readingWords.contains(word) else { return }
    let opening = word.isEmpty ? "nothing a query opens with" : word
    throw AssayError(
      message: "\(name): only a SELECT is read as a table, and this statement opens with \(opening)",
      hint: "write the query as SELECT … (or WITH … SELECT …)")
  }
}
