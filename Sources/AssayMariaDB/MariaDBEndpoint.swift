import AssayCore
import AssaySQL
import Foundation

/// Where and as whom to connect: the parts a `mysql://user:password@host:port/database` locator
/// gives, the rest from `~/.my.cnf`'s `[client]` group, then from `MYSQL_PWD`, `MYSQL_HOST`,
/// `MYSQL_TCP_PORT` and `USER` (the order the `mariadb` client reads them in), then `localhost`,
/// port 3306 and no database.
struct MariaDBEndpoint: Sendable, Equatable {
  /// The account.
  var user: String
  /// The account's password; empty for none. Never shown.
  var password: String
  /// The server's host name or address; `localhost` connects through the local socket.
  var host: String
  /// The TCP port.
  var port: UInt32
  /// The Unix socket for `localhost`; nil for the library's default.
  var socket: String?
  /// The session's default database; empty for none.
  var database: String
  /// The locator for people, password masked.
  var displayName: String

  /// The endpoint `locator` names, completed from `optionFile` and `environment`; an `AssayError`
  /// for a locator that is not `mysql://…`/`mariadb://…` or whose port is no number.
  init(locator: SourceLocator, environment: [String: String], optionFile: ClientOptionFile) throws {
    displayName = locator.displayName
    let parts = try ServerLocatorParts(path: locator.path, displayName: displayName)
    let file = optionFile.settings
    user = parts.user ?? file["user"] ?? environment["USER"] ?? ""
    password = parts.password ?? file["password"] ?? environment["MYSQL_PWD"] ?? ""
    host = parts.host ?? file["host"] ?? environment["MYSQL_HOST"] ?? "localhost"
    let portText = parts.port ?? file["port"] ?? environment["MYSQL_TCP_PORT"] ?? "3306"
    guard let port = UInt32(portText), port > 0, port < 65_536 else {
      throw AssayError(
        message: "\(displayName): '\(portText)' is not a port number", hint: "give a port 1–65535")
    }
    self.port = port
    socket = file["socket"] ?? environment["MYSQL_UNIX_PORT"]
    database = parts.database ?? file["database"] ?? ""
  }

  /// `text` with the password hidden where the server repeated it (`PasswordEcho`'s rule).
  func masked(_ text: String) -> String { PasswordEcho.hiding(password, in: text) }
}
