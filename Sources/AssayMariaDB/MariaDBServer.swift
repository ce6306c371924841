import AssayCore
import AssaySQL

/// A MariaDB or MySQL server and database, reached through libmariadb: a read-only session for
/// each operation.
public struct MariaDBServer: DatabaseServer {
  /// Where and as whom to connect.
  let endpoint: MariaDBEndpoint

  /// The server `locator` names (`mysql://user:password@host:port/database`), its missing parts
  /// from `~/.my.cnf` under `home` and from `environment`; an `AssayError` for a malformed locator.
  public init(locator: SourceLocator, environment: [String: String], home: String?) throws {
    endpoint = try MariaDBEndpoint(
      locator: locator, environment: environment, optionFile: ClientOptionFile.load(home: home))
  }

  /// The locator, password masked.
  public var displayName: String { endpoint.displayName }

  /// MySQL's SQL.
  public var dialect: SQLDialect { SQLDialect(.mysql) }

  /// A new read-only session.
  public func connect() throws -> any DatabaseConnection { try MariaDBConnection(endpoint: endpoint) }
}
