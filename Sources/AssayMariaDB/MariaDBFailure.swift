import AssayCore
import CMariaDB

/// The errors of libmariadb calls as people read them: one line naming the database (password
/// masked) with the server's message and what to check; `CancellationError` for a statement that
/// `KILL QUERY` stopped.
enum MariaDBFailure {
  /// Server error numbers told apart (`mysqld_error.h`, `errmsg.h`).
  enum Code {
    static let databaseAccessDenied: UInt32 = 1044
    static let accessDenied: UInt32 = 1045
    static let unknownDatabase: UInt32 = 1049
    static let syntax: UInt32 = 1064
    static let unknownTable: UInt32 = 1146
    static let interrupted: UInt32 = 1317
    static let readOnlyTransaction: UInt32 = 1792
    static let tableAccessDenied: UInt32 = 1142
    static let cannotConnectSocket: UInt32 = 2002
    static let cannotConnect: UInt32 = 2003
    static let unknownHost: UInt32 = 2005
    static let serverGone: UInt32 = 2006
    static let connectionLost: UInt32 = 2013
  }

  /// Why `handle` could not connect to `endpoint`.
  static func connecting(_ handle: UnsafeMutablePointer<MYSQL>, endpoint: MariaDBEndpoint) -> AssayError {
    let code = mysql_errno(handle)
    let hint: String
    switch code {
    case Code.accessDenied: hint = "check the user and password (in the locator, MYSQL_PWD or ~/.my.cnf)"
    case Code.unknownDatabase, Code.databaseAccessDenied:
      hint = "check the database name (`assay ls` on the server lists those the account may read)"
    case Code.cannotConnect, Code.cannotConnectSocket, Code.unknownHost:
      hint = "check the host and port, and that the server is running"
    default: hint = "check the locator and the server"
    }
    return AssayError(
      message: "\(endpoint.displayName): cannot connect: \(message(handle, endpoint))", hint: hint)
  }

  /// Why the last call on `handle` failed: `CancellationError` when `cancelled` or the server
  /// interrupted the statement, else an `AssayError`.
  static func statement(_ handle: UnsafeMutablePointer<MYSQL>, endpoint: MariaDBEndpoint, cancelled: Bool)
    -> Error
  {
    failure(
      code: mysql_errno(handle), text: message(handle, endpoint), endpoint: endpoint, cancelled: cancelled)
  }

  /// Why the last call on a prepared statement failed, as `statement` tells it.
  static func prepared(
    _ statement: UnsafeMutablePointer<MYSQL_STMT>, endpoint: MariaDBEndpoint, cancelled: Bool
  ) -> Error {
    let text = endpoint.masked(oneLine(String(cString: mysql_stmt_error(statement))))
    return failure(code: mysql_stmt_errno(statement), text: text, endpoint: endpoint, cancelled: cancelled)
  }

  private static func failure(code: UInt32, text: String, endpoint: MariaDBEndpoint, cancelled: Bool) -> Error
  {
    if cancelled || code == Code.interrupted { return CancellationError() }
    let hint: String
    switch code {
    case Code.readOnlyTransaction: hint = "Assay opens every session read-only and never writes to a source"
    case Code.unknownTable: hint = "check the table name; `assay ls` lists the tables"
    case Code.syntax: hint = "check the SQL"
    case Code.tableAccessDenied: hint = "the account may not read this table"
    case Code.serverGone, Code.connectionLost: hint = "the server closed the connection; try again"
    default: hint = "check the SQL and the table and column names"
    }
    // The library can leave the message empty (an error while rows were being read): the code says what.
    let said = text.isEmpty ? "the server reported error \(code)" : text
    return AssayError(message: "\(endpoint.displayName): \(said)", hint: hint)
  }

  /// The library's message for the last call on `handle`, on one line, password masked.
  private static func message(_ handle: UnsafeMutablePointer<MYSQL>, _ endpoint: MariaDBEndpoint) -> String {
    endpoint.masked(oneLine(String(cString: mysql_error(handle))))
  }

  private static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).joined(separator: " ")
  }
}
