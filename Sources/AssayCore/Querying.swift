/// A source that answers queries in its own language (a database's SQL): a query's result opens
/// as a table like any other.
public protocol Querying: Sendable {
  /// What the source is, for people (password masked).
  var displayName: String { get }
  /// The result of `query` as a table to load; nothing runs until it loads, and the engine judges
  /// the query (a write is refused by the read-only session).
  func table(forQuery query: String) -> any TableSource
}
