import CMariaDB

/// Stops a statement on the server: `KILL QUERY <thread id>` sent on a connection of its own, as
/// the blocked session cannot send anything while its statement runs. The session stays open.
enum MariaDBQueryKill {
  /// Asks the server to stop what session `threadID` runs now; a failure to reach the server is
  /// ignored (the statement then ends on its own).
  static func send(threadID: UInt, endpoint: MariaDBEndpoint) {
    guard let handle = try? MariaDBLink.open(endpoint) else { return }
    defer { mysql_close(handle) }
    let statement = "KILL QUERY \(threadID)"
    mysql_real_query(handle, statement, UInt(statement.utf8.count))
  }
}
