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
  public func all(_ name: String) -> [Substring] {
    var found: [Substring] = []
    var rest = text[...]
    while let open = rest.range(of: "<" + name) {
      let afterName = open.upperBound
      guard afterName < rest.endIndex else { break }
      let next = rest[afterName]
      guard next == ">" || next == " " || next == "/" || next == "\t" || next == "\n" else {
        rest = rest[afterName...]
        continue
      }
      guard let tagEnd = rest[afterName...].firstIndex(of: ">") else { break }
      if rest[rest.index(before: tagEnd)] == "/" {
        found.append(rest[tagEnd..<tagEnd])
        rest = rest[rest.index(after: tagEnd)...]
        continue
      }
      let contentStart = rest.index(after: tagEnd)
      guard let close = rest[contentStart...].range(of: "</" + name + ">") else { break }
      found.append(rest[contentStart..<close.lowerBound])
      rest = rest[close.upperBound...]
    }
    return found
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
