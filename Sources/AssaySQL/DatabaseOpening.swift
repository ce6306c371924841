import AssayCore

/// What every database loader does with its options: `table` opens one table or view, `query`
/// the result of a read-only query, neither the database as a collection of its tables.
public enum DatabaseOpening {
  /// The options every database loader declares.
  public static let options = [
    LoaderOption("table", help: "a table or view to open, as name or schema.name"),
    LoaderOption("query", help: "a read-only SELECT whose result to open"),
    LoaderOption(
      "hold",
      help: "rows a sheet on screen holds at once (default: what fits in 96 MB); past them > and < read on, "
        + "and sort and filter run in the database"),
  ]

  /// The rows a sheet on screen holds, as `hold` gives them; nil when not given.
  /// - Throws: `AssayError` when `hold` is not a positive whole number.
  static func heldRows(_ options: SourceOptions) throws -> Int? {
    guard let text = options.named["hold"] else { return nil }
    guard let rows = Int(text), rows > 0 else {
      throw AssayError(
        message: "hold=\(text) is not a number of rows", hint: "give a whole number above 0, e.g. hold=100000"
      )
    }
    return rows
  }

  /// Opens `server` as `options` ask, after one session shows the database can be reached (so a
  /// wrong password or a missing file is reported here, once).
  public static func open(_ server: any DatabaseServer, options: SourceOptions) throws -> OpenedSource {
    let held = try heldRows(options)
    try server.connect().close()
    if let query = options.named["query"] {
      guard options.named["table"] == nil else {
        throw AssayError(
          message: "\(server.displayName): both a table and a query were given", hint: "give one of them")
      }
      return .table(
        DatabaseTable(server: server, reference: .query(query), columns: options.columns, heldRows: held))
    }
    if let table = options.named["table"] {
      return .table(
        DatabaseTable(server: server, reference: .named(table), columns: options.columns, heldRows: held))
    }
    return .collection(DatabaseSource(server: server, heldRows: held))
  }
}
