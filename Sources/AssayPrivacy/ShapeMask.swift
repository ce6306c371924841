/// `--mask`: hides a cell's content but keeps its shape. An e-mail address keeps the first
/// character of its local part and of each domain label and its top-level domain
/// (`john@example.com` → `j***@e******.com`); any other text keeps the first letter of each word,
/// every other letter becoming `*` and every digit `0`, so digits stay digits
/// (`Jane Doe` → `J*** D**`, `+1 (555) 010-7788` → `+0 (000) 000-0000`). Punctuation and spaces
/// stay where they were. Nothing is shown whole: a part of one character becomes `*`
/// (`a@b.com` → `*@*.com`), and so do the letters of a space-separated part that keeping first
/// letters would leave as it was (`x` → `*`, `J.` → `*.`).
public enum ShapeMask {
  /// The masked text.
  public static func mask(_ text: String) -> String {
    if let at = text.lastIndex(of: "@"), CellPatterns.isEmail(Array(text.utf8)) {
      let domain = text[text.index(after: at)...].split(separator: ".", omittingEmptySubsequences: false)
      let hidden = domain.dropLast().map { keepingFirst(String($0)) } + [String(domain.last ?? "")]
      return keepingFirst(String(text[..<at])) + "@" + hidden.joined(separator: ".")
    }
    var masked = ""
    var part = ""
    for character in text {
      guard character.isWhitespace else {
        part.append(character)
        continue
      }
      masked += maskedPart(part) + String(character)
      part = ""
    }
    return masked + maskedPart(part)
  }

  /// A part without spaces with the first letter of each word kept, or none when keeping them
  /// would hide nothing.
  private static func maskedPart(_ part: String) -> String {
    let firstsKept = masked(part, keepingFirsts: true)
    return firstsKept == part ? masked(part, keepingFirsts: false) : firstsKept
  }

  /// Letters as `*` (a word's first kept when `keepingFirsts`), digits as `0`, the rest as it was.
  private static func masked(_ part: String, keepingFirsts: Bool) -> String {
    var masked = ""
    var inWord = false
    for character in part {
      if character.isNumber {
        masked.append("0")
        inWord = true
      } else if character.isLetter {
        masked.append(inWord || !keepingFirsts ? "*" : character)
        inWord = true
      } else {
        masked.append(character)
        inWord = false
      }
    }
    return masked
  }

  /// The first character and a `*` for each other; a single character becomes `*`.
  private static func keepingFirst(_ part: String) -> String {
    guard let first = part.first, part.count > 1 else { return part.isEmpty ? "" : "*" }
    return String(first) + String(repeating: "*", count: part.count - 1)
  }
}
