import AssayCore
import AssaySQL
import Foundation

/// Opens PostgreSQL databases: `postgres://user:password@host:port/database` (or `postgresql://`),
/// the missing parts taken from libpq's environment variables and password file; `sslmode` as
/// libpq's (`disable`, `prefer`, `require`). Every session is read-only.
public struct PostgresLoader: SourceLoader {
  /// A loader.
  public init() {}

  /// `postgres:` and `postgresql:`; `table`, `query` and `sslmode`.
  public var declaration: LoaderDescription {
    LoaderDescription(
      name: "PostgreSQL", schemes: ["postgres", "postgresql"],
      options: DatabaseOpening.options + [
        LoaderOption("sslmode", help: "disable, prefer (the default) or require: whether to encrypt")
      ])
  }

  /// The database as a collection of its tables, or the table or query the options name.
  public func open(_ request: SourceRequest) throws -> OpenedSource {
    let environment = ProcessInfo.processInfo.environment
    let address = try PostgresAddress(
      path: request.locator.path, sslMode: request.options.named["sslmode"], environment: environment,
      home: environment["HOME"] ?? NSHomeDirectory())
    return try DatabaseOpening.open(PostgresServer(address: address), options: request.options)
  }
}
