/// A source that keeps every statement it sent to its database, for people to read: what
/// `--explain` prints and the table screen shows.
public protocol StatementLogging: Sendable {
  /// What the source is, for people (password masked).
  var displayName: String { get }
  /// The statements sent so far, in order, each followed by a comment line with its parameters
  /// and the rows it returned.
  var statementsSent: String { get }
}
