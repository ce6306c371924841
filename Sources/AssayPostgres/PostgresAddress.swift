import AssayCore
import AssaySQL
import Foundation

/// Where a PostgreSQL database is and who connects to it: a `postgres://user:password@host:port/db`
/// locator's parts, the missing ones completed as libpq completes them (`PGHOST`, `PGPORT`,
/// `PGUSER`, `PGPASSWORD`, `PGDATABASE`, then `~/.pgpass` or `PGPASSFILE` for the password).
struct PostgresAddress: Sendable, Equatable {
  /// How the session is encrypted, as libpq's `sslmode` says: `prefer` and `require` encrypt without
  /// checking the server's certificate (libpq's `verify-ca` and `verify-full` are not offered).
  enum TLSMode: String, Sendable, CaseIterable {
    case disable, prefer, require
  }

  /// The server's host name or address; a path (starting with `/`) names the folder of its Unix socket.
  var host: String
  /// The server's port.
  var port: Int
  /// The role to connect as.
  var user: String
  /// The role's password, when one was found; never shown.
  var password: String?
  /// The database to open.
  var database: String
  /// Whether to encrypt.
  var tls: TLSMode
  /// The password file left unread because others may read it, when no password was found.
  var ignoredPasswordFile: String?

  /// The address a locator's path (`//user:password@host:port/db`) and `sslmode` give, completed
  /// from `environment` and the password file under `home`; an `AssayError` for a port or
  /// `sslmode` that cannot be used.
  init(path: String, sslMode: String?, environment: [String: String], home: String) throws {
    let parts = try ServerLocatorParts(
      path: path.hasPrefix("//") ? path : "//" + path, displayName: "postgres")
    host = parts.host ?? environment["PGHOST"] ?? "localhost"
    let portText = parts.port ?? environment["PGPORT"] ?? "5432"
    guard let port = Int(portText), (1...65_535).contains(port) else {
      throw AssayError(message: "postgres: '\(portText)' is not a port", hint: "give a port from 1 to 65535")
    }
    self.port = port
    user = parts.user ?? environment["PGUSER"] ?? environment["USER"] ?? Self.loginName ?? "postgres"
    database = parts.database ?? environment["PGDATABASE"] ?? user
    let modeText = sslMode ?? environment["PGSSLMODE"] ?? TLSMode.prefer.rawValue
    guard let tls = TLSMode(rawValue: modeText) else {
      throw AssayError(
        message: "postgres: sslmode '\(modeText)' is not offered",
        hint: "use sslmode=disable, prefer or require")
    }
    self.tls = tls
    password = parts.password ?? environment["PGPASSWORD"]
    if password == nil {
      let file = environment["PGPASSFILE"] ?? home + "/.pgpass"
      password = PasswordFile(path: file)?.password(host: host, port: port, database: database, user: user)
      if PasswordFile.isOpenToOthers(path: file) { ignoredPasswordFile = file }
    }
  }

  /// The name of the account the process runs as, which libpq takes when no user is given.
  private static var loginName: String? {
    var entry = passwd()
    var found: UnsafeMutablePointer<passwd>?
    var buffer = [CChar](repeating: 0, count: 4096)
    return buffer.withUnsafeMutableBufferPointer { storage in
      guard let start = storage.baseAddress,
        getpwuid_r(geteuid(), &entry, start, storage.count, &found) == 0, found != nil,
        let name = entry.pw_name
      else { return nil }
      return String(cString: name)
    }
  }

  /// The address for people: `postgres://user@host:port/database`, no password.
  var displayName: String {
    "postgres://\(user)@\(host.contains(":") ? "[\(host)]" : host):\(port)/\(database)"
  }
}
