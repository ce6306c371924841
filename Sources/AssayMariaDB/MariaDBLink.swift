import AssayCore
import CMariaDB
import Foundation

/// Opens libmariadb connections to an endpoint: TCP to any host but `localhost` (the local
/// socket), UTF-8 (`utf8mb4`) text, and no option file read by the library (the endpoint has read
/// `~/.my.cnf` already).
enum MariaDBLink {
  /// Seconds to wait for the server to answer a connection.
  static let connectTimeoutSeconds: UInt32 = 10

  /// libmariadb loaded and `mysql_library_init` (`mysql_server_init`) run, once before the first
  /// connection (it is not safe to race); nil when ready, else why the library cannot be used.
  private static let libraryFailure: String? = {
    if let failure = assay_mariadb_load() { return String(cString: failure) }
    return mysql_server_init(0, nil, nil) == 0 ? nil : "the MariaDB client library could not start"
  }()

  /// A connected handle; an `AssayError` with the server's message when none can be had. The
  /// caller closes it with `mysql_close`.
  static func open(_ endpoint: MariaDBEndpoint) throws -> UnsafeMutablePointer<MYSQL> {
    if let libraryFailure { throw AssayError(message: "\(endpoint.displayName): \(libraryFailure)") }
    guard let handle = mysql_init(nil) else {
      throw AssayError(message: "\(endpoint.displayName): the MariaDB client library could not start")
    }
    var timeout = connectTimeoutSeconds
    mysql_options(handle, MYSQL_OPT_CONNECT_TIMEOUT, &timeout)
    var protocolType = (endpoint.host == "localhost" ? MYSQL_PROTOCOL_SOCKET : MYSQL_PROTOCOL_TCP).rawValue
    mysql_options(handle, MYSQL_OPT_PROTOCOL, &protocolType)
    mysql_options(handle, MYSQL_SET_CHARSET_NAME, "utf8mb4")
    let database = endpoint.database.isEmpty ? nil : endpoint.database
    let connected = mysql_real_connect(
      handle, endpoint.host, endpoint.user, endpoint.password, database, endpoint.port, endpoint.socket, 0)
    guard connected != nil else {
      let error = MariaDBFailure.connecting(handle, endpoint: endpoint)
      mysql_close(handle)
      throw error
    }
    return handle
  }
}
