import Foundation

/// A source locator taken apart: `data.csv`, `-`, `file:///data/x.csv`, `sqlite:x.db?table=t`,
/// `postgres://user:secret@host/db`.
public struct SourceLocator: Sendable, Equatable {
  /// The locator as given.
  public let text: String
  /// The URL scheme, lowercased (`sqlite`, `postgres`, `s3`); nil for a local path, `-` and `file:`.
  public let scheme: String?
  /// A local path (or `-`); with a scheme, what follows `scheme:` up to any `?`.
  public let path: String
  /// The query's `key=value` pairs (percent-decoded): a URL's, or a local path's when the text names
  /// nothing but the part before its `?` names a regular file (`book.xlsx?sheet=Sales`).
  public let query: [String: String]

  /// Takes `text` apart. Text that names an existing local file is a path even when it looks like
  /// `name:rest`.
  public init(_ text: String) {
    self.text = text
    let colon = text.firstIndex(of: ":")
    let candidate = colon.map { String(text[..<$0]) } ?? ""
    let isScheme =
      candidate.count >= 2 && candidate.first!.isLetter
      && candidate.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }
      && access(text, F_OK) != 0
    guard isScheme, let colon else {
      scheme = nil
      // `book.xlsx?sheet=Sales`: a regular file with a query, when nothing has the whole name.
      var status = stat()
      if access(text, F_OK) != 0, let mark = text.firstIndex(of: "?"),
        stat(String(text[..<mark]), &status) == 0,
        status.st_mode & S_IFMT == S_IFREG
      {
        path = String(text[..<mark])
        query = Self.pairs(text[text.index(after: mark)...])
      } else {
        path = text
        query = [:]
      }
      return
    }
    let rest = text[text.index(after: colon)...]
    let parts = rest.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
    query = parts.count > 1 ? Self.pairs(parts[1]) : [:]
    let lowered = candidate.lowercased()
    if lowered == "file" {
      scheme = nil
      let body = String(parts[0])
      path = body.hasPrefix("//") ? String(body.dropFirst(2).drop { $0 != "/" }) : body
    } else {
      scheme = lowered
      path = String(parts[0])
    }
  }

  /// The `key=value` pairs of a query (`table=t&x=1`), percent-decoded.
  private static func pairs(_ query: Substring) -> [String: String] {
    var pairs: [String: String] = [:]
    for pair in query.split(separator: "&") {
      let keyValue = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let decode = { (part: Substring) in String(part).removingPercentEncoding ?? String(part) }
      pairs[decode(keyValue[0])] = keyValue.count > 1 ? decode(keyValue[1]) : ""
    }
    return pairs
  }

  /// The locator for people: a password in `scheme://user:password@host`, and the value of a query
  /// key that names a secret (`password=`, `token=`, `X-Amz-Signature=`...), shown as `***`.
  public var displayName: String {
    guard scheme != nil else { return text }
    let parts = text.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
    var shown = String(parts[0])
    if let start = shown.range(of: "://")?.upperBound,
      let at = shown[start...].prefix(while: { $0 != "/" }).firstIndex(of: "@"),
      let colon = shown[start..<at].firstIndex(of: ":")
    {
      shown = String(shown[..<shown.index(after: colon)]) + "***" + String(shown[at...])
    }
    guard parts.count > 1 else { return shown }
    let pairs = parts[1].split(separator: "&", omittingEmptySubsequences: false).map { pair in
      let key = pair.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
      return Self.namesSecret(key) && pair.contains("=") ? key + "=***" : String(pair)
    }
    return shown + "?" + pairs.joined(separator: "&")
  }

  /// True for a query key whose value is a credential.
  private static func namesSecret(_ key: String) -> Bool {
    let lowered = (key.removingPercentEncoding ?? key).lowercased()
    return ["pass", "pwd", "secret", "token", "key", "sig", "credential", "auth"].contains {
      lowered.contains($0)
    }
  }
}
