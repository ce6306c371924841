import AssayCore

/// What every database loader does with its options: `table` opens one table or view, `query`
/// the result of a read-only query, neither the database as a collection of its tables.
public enum DatabaseOpening {
  /// The options every database loader declares.
  public static let options = [
    LoaderOption("table", help: "a table or view to open, as name or schema.name"),
    LoaderOption("query", help: "a read-only SELECT whose result to open"),
  ]

  /// Opens `server` as `options` ask, after one session shows the database can be reached (so a
  /// wrong password or a missing file is reported here, once).
  public static func open(_ server: any DatabaseServer, options: SourceOptions) throws -> OpenedSource {
    try server.connect().close()
    if let query = options.named["query"] {
      guard options.named["table"] == nil else {
        throw AssayError(
          message: "\(server.displayName): both a table and a query were given", hint: "give one of them")
      }
      return .table(DatabaseTable(server: server, reference: .query(query), columns: options.columns))
    }
    if let table = options.named["table"] {
      return .table(DatabaseTable(server: server, reference: .named(table), columns: options.columns))
    }
    return .collection(DatabaseSource(server: server))
  }
}
