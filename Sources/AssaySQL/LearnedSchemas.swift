import AssayCore
import Synchronization

/// The columns a sheet's statements give, learned from the engine once per statement and kept for
/// the sheet's life, so a command that opens a sheet and then summarises it asks once.
final class LearnedSchemas: Sendable {
  private let learned = Mutex<[String: Table]>([:])

  /// No columns learned yet.
  init() {}

  /// The columns learned for the statement `key` names, learned by `learn` the first time (a
  /// failure is not kept: the next call asks again).
  func columns(for key: String, learn: () throws -> Table) throws -> Table {
    if let known = learned.withLock({ $0[key] }) { return known }
    let table = try learn()
    learned.withLock { $0[key] = table }
    return table
  }
}
