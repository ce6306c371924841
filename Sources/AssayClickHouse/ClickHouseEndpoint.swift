import AssayCore
import AssaySQL
import Foundation

/// Where a ClickHouse server's HTTP interface is and who signs in, from a
/// `clickhouse://user:password@host:port/database` locator, else `CLICKHOUSE_USER`,
/// `CLICKHOUSE_PASSWORD`, `default`, port 8123 and database `default`. HTTPS when the port is
/// 8443 or 443, or `secure=1` is given.
struct ClickHouseEndpoint: Sendable, Equatable {
  /// The account.
  var user: String
  /// Its password (empty: none).
  var password: String
  /// The host name or address.
  var host: String
  /// The HTTP port.
  var port: Int
  /// Whether the port speaks TLS.
  var secure: Bool
  /// The database statements run in.
  var database: String
  /// The locator for people, password masked.
  var displayName: String
  /// Seconds a statement may run on the server before it stops it (0: no limit).
  var timeLimit: Int

  /// The endpoint `locator` and `options` name, completed from `environment`.
  /// - Throws: `AssayError` for a port or time limit that is not a number.
  init(locator: SourceLocator, options: SourceOptions, environment: [String: String]) throws {
    displayName = locator.displayName
    let parts = try ServerLocatorParts(path: locator.path, displayName: displayName)
    user = parts.user ?? environment["CLICKHOUSE_USER"] ?? "default"
    password = parts.password ?? environment["CLICKHOUSE_PASSWORD"] ?? ""
    host = parts.host ?? "localhost"
    let portText = parts.port ?? "8123"
    guard let port = Int(portText), port > 0, port < 65_536 else {
      throw AssayError(
        message: "\(displayName): '\(portText)' is not a port number", hint: "give a port 1–65535")
    }
    self.port = port
    database = parts.database ?? "default"
    let secureText = options.named["secure"]?.lowercased()
    secure = secureText.map { ["1", "true", "yes"].contains($0) } ?? (port == 8443 || port == 443)
    let limitText = options.named["timeout"] ?? "600"
    guard let limit = Int(limitText), limit >= 0 else {
      throw AssayError(
        message: "timeout=\(limitText) is not a number of seconds",
        hint: "give a whole number, 0 for no limit")
    }
    timeLimit = limit
  }

  /// The server's address for URLs and errors: `http://host:port`.
  var origin: String {
    let shownHost = host.contains(":") ? "[\(host)]" : host
    return "\(secure ? "https" : "http")://\(shownHost):\(port)"
  }

  /// The server's locator without account, password or database, for a hint:
  /// `clickhouse://host:port/`.
  var serverLocator: String {
    "clickhouse://\(host.contains(":") ? "[\(host)]" : host):\(port)/"
  }

  /// `text` with the password hidden where the server or a library repeated it (`PasswordEcho`'s
  /// rule).
  func masked(_ text: String) -> String { PasswordEcho.hiding(password, in: text) }
}
