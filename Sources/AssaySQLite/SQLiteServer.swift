import AssayCore
import AssaySQL

/// A SQLite database file, opened read-only for each operation.
public struct SQLiteServer: DatabaseServer {
  /// The file's path.
  public let path: String

  /// The database in the file at `path`.
  public init(path: String) { self.path = path }

  /// The path, as given.
  public var displayName: String { path }

  /// SQLite's SQL.
  public var dialect: SQLDialect { SQLDialect(.sqlite) }

  /// A read-only session on the file.
  public func connect() throws -> any DatabaseConnection { try SQLiteConnection(path: path) }
}
