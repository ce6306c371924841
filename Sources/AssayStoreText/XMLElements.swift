/// The few XML elements an object store's answers hold, read by name: the text of
/// `<Key>…</Key>`, every `<Contents>…</Contents>` block of a listing. Elements of one name do not
/// nest in these answers, so no tree is built. (Foundation's XMLParser would link libxml2 into the
/// one static executable for this; a listing page is a flat list of small records.)
public struct XMLElements: Sendable {
  /// The XML text.
  public let text: Substring

  /// The text to read.
  public init(_ text: Substring) { self.text = text }

  /// The inner text of every element named `name`, in order; an empty element (`<Prefix/>`) gives "".
  /// Searched byte by byte in the text's UTF-8: a listing page is scanned once per name.
  public func all(_ name: String) -> [Substring] {
    let bytes = text.utf8
    let open = Array(("<" + name).utf8)
    let close = Array(("</" + name + ">").utf8)
    var found: [Substring] = []
    var cursor = bytes.startIndex
    while let start = Self.find(open, in: bytes, from: cursor) {
      let afterName = bytes.index(start, offsetBy: open.count)
      guard afterName < bytes.endIndex else { break }
      let next = bytes[afterName]
      // `<Blob` must not match `<BlobPrefix>`: the name ends at `>`, `/` or a space.
      guard
        next == UInt8(ascii: ">") || next == UInt8(ascii: "/") || next == UInt8(ascii: " ") || next == 9
          || next == 10
      else {
        cursor = afterName
        continue
      }
      guard let tagEnd = bytes[afterName...].firstIndex(of: UInt8(ascii: ">")) else { break }
      let contentStart = bytes.index(after: tagEnd)
      if bytes[bytes.index(before: tagEnd)] == UInt8(ascii: "/") {
        found.append(text[contentStart..<contentStart])
        cursor = contentStart
        continue
      }
      guard let end = Self.find(close, in: bytes, from: contentStart) else { break }
      found.append(text[contentStart..<end])
      cursor = bytes.index(end, offsetBy: close.count)
    }
    return found
  }

  /// Where `pattern` first occurs in `bytes` at or after `start`.
  private static func find(
    _ pattern: [UInt8], in bytes: Substring.UTF8View, from start: Substring.UTF8View.Index
  )
    -> Substring.UTF8View.Index?
  {
    guard let first = pattern.first else { return nil }
    var index = start
    while let candidate = bytes[index...].firstIndex(of: first) {
      var (at, matched) = (candidate, 0)
      while matched < pattern.count, at < bytes.endIndex, bytes[at] == pattern[matched] {
        at = bytes.index(after: at)
        matched += 1
      }
      if matched == pattern.count { return candidate }
      index = bytes.index(after: candidate)
    }
    return nil
  }

  /// The decoded text of the first element named `name`, nil when there is none.
  public func value(_ name: String) -> String? { all(name).first.map { Self.decoded($0) } }

  /// `text` with XML's character references replaced: `&amp;` `&lt;` `&gt;` `&quot;` `&apos;`,
  /// `&#NN;` and `&#xHH;`.
  public static func decoded(_ text: Substring) -> String {
    guard text.contains("&") else { return String(text) }
    var result = ""
    var rest = text
    while let amp = rest.firstIndex(of: "&") {
      result += rest[..<amp]
      guard let semicolon = rest[amp...].firstIndex(of: ";"), rest.distance(from: amp, to: semicolon) <= 10
      else {
        result.append("&")
        rest = rest[rest.index(after: amp)...]
        continue
      }
      let entity = rest[rest.index(after: amp)..<semicolon]
      switch entity {
      case "amp": result.append("&")
      case "lt": result.append("<")
      case "gt": result.append(">")
      case "quot": result.append("\"")
      case "apos": result.append("'")
      default:
        let number =
          entity.hasPrefix("#x")
          ? UInt32(entity.dropFirst(2), radix: 16)
          : entity.hasPrefix("#") ? UInt32(entity.dropFirst(), radix: 10) : nil
        if let number, let scalar = UnicodeScalar(number) {
          result.unicodeScalars.append(scalar)
        } else {
          result += "&" + entity + ";"
        }
      }
      rest = rest[rest.index(after: semicolon)...]
    }
    return result + rest
  }
}
