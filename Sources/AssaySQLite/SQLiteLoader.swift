import AssayCore
import AssaySQL

/// Opens SQLite databases: `sqlite:path.db`, or any file whose first bytes are SQLite's header,
/// whatever its name. Read-only, always.
public struct SQLiteLoader: SourceLoader {
  /// A loader.
  public init() {}

  /// `sqlite:`, SQLite's signature, and the usual extensions; `table` and `query`.
  public var declaration: LoaderDescription {
    LoaderDescription(
      name: "SQLite", schemes: ["sqlite"], signatures: [.sqlite], extensions: [".sqlite", ".sqlite3", ".db"],
      options: DatabaseOpening.options)
  }

  /// The database as a collection of its tables, or the table or query the options name.
  public func open(_ request: SourceRequest) throws -> OpenedSource {
    var path = request.locator.path
    if request.locator.scheme == "sqlite", path.hasPrefix("//") { path = String(path.dropFirst(2)) }
    return try DatabaseOpening.open(SQLiteServer(path: path), options: request.options)
  }
}
