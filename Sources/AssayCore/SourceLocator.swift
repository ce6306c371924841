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
    // A `?` in a password written without percent-encoding does not start the query.
    let userInfoEnd =
      rest.hasPrefix("//") && Self.takesUserInfo(candidate) ? Self.userInfoEnd(in: rest.dropFirst(2)) : nil
    let mark = rest[(userInfoEnd ?? rest.startIndex)...].firstIndex(of: "?")
    let parts = mark.map { [rest[..<$0], rest[rest.index(after: $0)...]] } ?? [rest]
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
    var shown = text
    if Self.takesUserInfo(scheme ?? ""), let start = text.range(of: "://")?.upperBound {
      // Without a host after any `@`, everything up to the last one is hidden: a mistyped
      // locator must not show a password either.
      let end = Self.userInfoEnd(in: text[start...]) ?? text[start...].lastIndex(of: "@")
      if let end, let colon = text[start..<end].firstIndex(of: ":") {
        shown = String(text[..<text.index(after: colon)]) + "***" + String(text[end...])
      }
    }
    let userInfo = shown.range(of: "***@")?.upperBound ?? shown.startIndex
    let parts =
      shown[userInfo...].firstIndex(of: "?").map { [shown[..<$0], shown[shown.index(after: $0)...]] }
      ?? [shown[...]]
    guard parts.count > 1 else { return Self.hidingEmbeddedPasswords(String(parts[0])) }
    let pairs = parts[1].split(separator: "&", omittingEmptySubsequences: false).map { pair in
      let key = pair.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
      return Self.namesSecret(key) && pair.contains("=") ? key + "=***" : String(pair)
    }
    return Self.hidingEmbeddedPasswords(parts[0] + "?" + pairs.joined(separator: "&"))
  }

  /// `shown` with any other `scheme://user:password@` in it hidden up to its last `@`: a locator in
  /// a query value (`?endpoint=http://u:p&w@host`, its `&` unencoded), or user information that an
  /// object store's locator does not take (`s3://KEY:SECRET@bucket`). Hiding too much is safe.
  private static func hidingEmbeddedPasswords(_ shown: String) -> String {
    guard let expression = try? NSRegularExpression(pattern: "(://[^/:@?#&]*):(.*)@") else { return shown }
    return expression.stringByReplacingMatches(
      in: shown, range: NSRange(shown.startIndex..., in: shown), withTemplate: "$1:***@")
  }

  /// Where the user information ends in what follows a server locator's `//`: the first `@` that a
  /// host follows (a name or a bracketed address, maybe `:port`, then the end, `/`, `?` or `#`), so
  /// a password written with `/`, `?`, `#` or `@` unencoded is still read, and hidden, whole; nil
  /// when no `@` is followed so.
  public static func userInfoEnd(in text: Substring) -> Substring.Index? {
    text.indices.first { index in
      text[index] == "@" && Self.startsWithHost(text[text.index(after: index)...])
    }
  }

  /// True when `text` starts with `host[:port]` followed by the end, `/`, `?` or `#`.
  private static func startsWithHost(_ text: Substring) -> Bool {
    var rest = text
    if rest.hasPrefix("[") {
      guard let close = rest.firstIndex(of: "]") else { return false }
      rest = rest[rest.index(after: close)...]
    } else {
      rest = rest.drop { $0.isASCII && ($0.isLetter || $0.isNumber || "._~%-".contains($0)) }
    }
    if rest.hasPrefix(":") { rest = rest.dropFirst().drop { $0.isASCII && $0.isNumber } }
    return rest.first.map { "/?#".contains($0) } ?? true
  }

  /// True for a scheme whose locators may carry `user:password@` before their host: a server's.
  /// An object store's (`s3://bucket/key`) names its bucket there, and an `@` further on (in a key,
  /// or an `?endpoint=` value) is not the end of user information.
  private static func takesUserInfo(_ scheme: String) -> Bool {
    ["postgres", "postgresql", "mysql", "mariadb", "clickhouse", "http", "https"].contains(
      scheme.lowercased())
  }

  /// True for a query key whose value is a credential.
  private static func namesSecret(_ key: String) -> Bool {
    let lowered = (key.removingPercentEncoding ?? key).lowercased()
    return ["pass", "pwd", "secret", "token", "key", "sig", "credential", "auth"].contains {
      lowered.contains($0)
    }
  }
}
