import AssayCore
import AssaySQL
import Foundation

/// Opens `clickhouse://user@host:8123/db` locators: the database as a collection of its tables,
/// one table (`table=`), or a query's result (`query=`); every summary computed by ClickHouse,
/// over all the shards of a `Distributed` table.
public struct ClickHouseLoader: SourceLoader {
  /// The loader.
  public init() {}

  /// ClickHouse's scheme and options: the database loaders' own, and `secure`, `timeout`.
  public var declaration: LoaderDescription {
    LoaderDescription(
      name: "ClickHouse", schemes: ["clickhouse"],
      options: DatabaseOpening.options + [
        LoaderOption("secure", help: "1 to speak HTTPS (the default for ports 8443 and 443)"),
        LoaderOption("timeout", help: "seconds a statement may run on the server (default 600; 0: no limit)"),
      ])
  }

  /// Opens the database, table or query `request` names, after one request shows the server
  /// answers and takes the account.
  public func open(_ request: SourceRequest) throws -> OpenedSource {
    let server = try ClickHouseServer(
      endpoint: ClickHouseEndpoint(
        locator: request.locator, options: request.options, environment: ProcessInfo.processInfo.environment))
    return try DatabaseOpening.open(server, options: request.options)
  }
}
