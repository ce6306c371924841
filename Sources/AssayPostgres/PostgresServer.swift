import AssayCore
import AssaySQL

/// A PostgreSQL database, a new read-only session opened for each operation.
public struct PostgresServer: DatabaseServer {
  /// Where the database is and who connects.
  let address: PostgresAddress

  /// The database at `address`.
  init(address: PostgresAddress) { self.address = address }

  /// `postgres://user@host:port/database`: never the password.
  public var displayName: String { address.displayName }

  /// PostgreSQL's SQL.
  public var dialect: SQLDialect { SQLDialect(.postgres) }

  /// A new read-only session; an `AssayError` with the server's message when it cannot be had.
  public func connect() throws -> any DatabaseConnection {
    try PostgresSession.open(address, name: displayName)
  }
}
