import AssayCore
import PostgresNIO

/// A failure of a PostgreSQL session as one line a person can act on: the server's own message
/// (or why the server could not be reached) after the database's name, with a hint. The password
/// never appears: the name is shown without it, and where the server's text repeats it, it is
/// hidden by `PasswordEcho`'s rule (a short password is not looked for: a chance match would garble
/// the message and show where its letters are).
struct PostgresFailure {
  /// The database, as shown (no password).
  let name: String
  /// The password to keep out of every message.
  let password: String?
  /// A password file left unread because others may read it: named when no password was given.
  var ignoredPasswordFile: String? = nil

  /// The error to throw for `error`: `CancellationError` for a statement the server cancelled,
  /// else an `AssayError`.
  func error(_ error: any Error) -> any Error {
    if error is CancellationError { return error }
    if let failure = error as? PSQLError {
      if failure.serverInfo?[.sqlState] == "57014" { return CancellationError() }
      return assayError(failure)
    }
    return assayError(connecting: error)
  }

  /// An error of postgres-nio's.
  private func assayError(_ failure: PSQLError) -> AssayError {
    switch failure.code {
    case .server:
      let state = failure.serverInfo?[.sqlState] ?? ""
      var text = failure.serverInfo?[.message] ?? "the server reported an error"
      if let detail = failure.serverInfo?[.detail] { text += " (\(detail))" }
      return made(text, hint: Self.hint(sqlState: state))
    case .authMechanismRequiresPassword:
      let ignored = ignoredPasswordFile.map {
        "\($0) is not read while others may read it: chmod 600 \($0)"
      }
      return made(
        "the server asks for a password and none was given",
        hint: ignored ?? "put it in the locator, PGPASSWORD or ~/.pgpass")
    case .sslUnsupported:
      return made("the server does not offer TLS", hint: "use sslmode=prefer or sslmode=disable")
    case .connectionError, .serverClosedConnection, .uncleanShutdown, .clientClosedConnection:
      return failure.underlying.map { assayError(connecting: $0) }
        ?? made("the connection to the server was lost", hint: "check that the server is running")
    default:
      return made("\(failure.code)", hint: nil)
    }
  }

  /// An error of reaching the server: refused, timed out, a host that does not resolve.
  private func assayError(connecting error: any Error) -> AssayError {
    var reason = "\(error)"
    if let failed = error as? NIOConnectionError {
      if let first = failed.connectionErrors.first {
        reason = (first.error as? IOError).map { String(cString: strerror($0.errnoCode)) } ?? "\(first.error)"
      } else if failed.dnsAError != nil || failed.dnsAAAAError != nil {
        reason = "the host name does not resolve"
      }
    } else if let failed = error as? IOError {
      reason = String(cString: strerror(failed.errnoCode))
    } else if case ChannelError.connectTimeout = error {
      reason = "no answer in time"
    }
    return made(
      "cannot connect to the server: \(reason)", hint: "check the host, the port and that the server runs")
  }

  /// What to do about an error with SQLSTATE `state`.
  static func hint(sqlState state: String) -> String {
    switch state {
    case "25006": return "Assay opens PostgreSQL sessions read-only and never writes to a source"
    case "28P01", "28000": return "check the user and password (the locator, PGPASSWORD or ~/.pgpass)"
    case "3D000": return "check the database name"
    case "42P01": return "check the table name; 'assay ls' lists the tables"
    case "42601": return "check the SQL"
    default: return "check the SQL and the table and column names"
    }
  }

  /// The error with `text` after the database's name, on one line, the password hidden in `text`.
  private func made(_ text: String, hint: String?) -> AssayError {
    let shown = password.map { PasswordEcho.hiding($0, in: text) } ?? text
    let line = "\(name): \(shown)".split(whereSeparator: \.isNewline).joined(separator: " ")
    return AssayError(message: line, hint: hint)
  }
}
