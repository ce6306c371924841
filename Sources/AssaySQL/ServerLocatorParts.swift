import AssayCore
import Foundation

/// The parts a `//user:password@host:port/database` locator path gives, percent-decoded; nil where
/// the locator leaves a part out.
public struct ServerLocatorParts: Sendable {
  /// The user name.
  public var user: String?
  /// The password.
  public var password: String?
  /// The host name or address (an IPv6 address without its brackets).
  public var host: String?
  /// The port, as written.
  public var port: String?
  /// The database.
  public var database: String?

  /// The parts of `path` (a host percent-decoded, so `%2Ftmp` names a socket folder);
  /// `displayName` names the locator in errors.
  public init(path: String, displayName: String) throws {
    guard path.hasPrefix("//") else {
      database = path.isEmpty ? nil : Self.decoded(path[...])
      return
    }
    let rest = path.dropFirst(2)
    let at = SourceLocator.userInfoEnd(in: rest) ?? rest.prefix { $0 != "/" }.lastIndex(of: "@")
    let afterUserInfo = at.map { rest[rest.index(after: $0)...] } ?? rest
    let hostPort = afterUserInfo.prefix { $0 != "/" }
    let database = afterUserInfo.dropFirst(hostPort.count + 1)
    self.database = database.isEmpty ? nil : Self.decoded(database)
    if let at {
      let userInfo = rest[..<at]
      let colon = userInfo.firstIndex(of: ":")
      let name = userInfo[..<(colon ?? userInfo.endIndex)]
      user = name.isEmpty ? nil : Self.decoded(name)
      if let colon { password = Self.decoded(userInfo[userInfo.index(after: colon)...]) }
    }
    if hostPort.hasPrefix("[") {
      guard let close = hostPort.firstIndex(of: "]") else {
        throw AssayError(message: "\(displayName): an IPv6 address needs its closing ']'")
      }
      host = String(hostPort[hostPort.index(after: hostPort.startIndex)..<close])
      let after = hostPort[hostPort.index(after: close)...]
      if after.hasPrefix(":") { port = String(after.dropFirst()) }
    } else if let colon = hostPort.lastIndex(of: ":") {
      host = Self.decoded(hostPort[..<colon])
      port = String(hostPort[hostPort.index(after: colon)...])
    } else {
      host = Self.decoded(hostPort)
    }
    if host?.isEmpty == true { host = nil }
    if port?.isEmpty == true { port = nil }
  }

  private static func decoded(_ part: Substring) -> String {
    String(part).removingPercentEncoding ?? String(part)
  }
}
