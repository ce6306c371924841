import AssayCore

extension DatabaseTable: StatementLogging {
  /// The statements of the table's load and summaries, as `--explain` prints them.
  public var statementsSent: String { log.explanation }
}
