import AssayCore
import AssaySQL
import Foundation

/// Opens MySQL and MariaDB databases, `mysql://user:password@host:port/database` or `mariadb://…`,
/// through libmariadb, the engine's own C client. Read-only, always.
public struct MariaDBLoader: SourceLoader {
  /// A loader.
  public init() {}

  /// `mysql:` and `mariadb:`; `table` and `query`.
  public var declaration: LoaderDescription {
    LoaderDescription(name: "MySQL/MariaDB", schemes: ["mysql", "mariadb"], options: DatabaseOpening.options)
  }

  /// The database as a collection of its tables, or the table or query the options name.
  public func open(_ request: SourceRequest) throws -> OpenedSource {
    let environment = ProcessInfo.processInfo.environment
    let server = try MariaDBServer(
      locator: request.locator, environment: environment, home: environment["HOME"])
    return try DatabaseOpening.open(server, options: request.options)
  }
}
