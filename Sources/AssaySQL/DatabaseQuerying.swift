import AssayCore

extension DatabaseSource: Querying {
  /// The query's result, read from this database.
  public func table(forQuery query: String) -> any TableSource {
    DatabaseTable(server: server, reference: .query(query), heldRows: heldRows)
  }
}

extension DatabaseTable: Querying {
  /// The query's result, read from this table's database.
  public func table(forQuery query: String) -> any TableSource {
    DatabaseTable(server: server, reference: .query(query), heldRows: heldRows)
  }
}
