/// The shared-strings part (`xl/sharedStrings.xml`): the text of every `<si>`, which cells of type
/// `s` name by position. Rich text is read as its plain text; phonetic runs (`<rPh>`) are left out.
enum SharedStrings {
  /// The strings of the part at `path` in `archive`, in order.
  static func read(_ path: String, in archive: WorkbookArchive) throws -> [String] {
    let cursor = try XMLCursor(try archive.read(path), part: "\(archive.name): \(path)")
    var strings: [String] = []
    var item = InlineText()
    while let node = try cursor.next() {
      if case .start = node, cursor.isNamed("si") {
        item = InlineText()
      } else if case .end = node, cursor.isNamed("si") {
        strings.append(item.text)
      } else {
        item.take(node, from: cursor)
      }
    }
    return strings
  }
}

/// The plain text of a string item (`<si>` or a cell's `<is>`): the text of its `<t>` elements,
/// rich-text runs joined, phonetic runs (`<rPh>`) skipped, `_xHHHH_` escapes decoded.
struct InlineText {
  private var parts = ""
  private var inText = false
  private var phoneticDepth = 0

  /// Takes one node from inside the item.
  mutating func take(_ node: XMLCursor.Node, from cursor: XMLCursor) {
    switch node {
    case .start(let empty):
      if cursor.isNamed("rPh"), !empty { phoneticDepth += 1 }
      if cursor.isNamed("t"), !empty { inText = phoneticDepth == 0 }
    case .end:
      if cursor.isNamed("rPh") { phoneticDepth = max(0, phoneticDepth - 1) }
      if cursor.isNamed("t") { inText = false }
    case .text:
      if inText { parts += cursor.text }
    }
  }

  /// The item's text.
  var text: String { EscapedText.decoded(parts) }
}
