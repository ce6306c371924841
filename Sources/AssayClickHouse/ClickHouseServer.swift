import AssayCore
import AssaySQL
import Foundation

/// A ClickHouse server reached over its HTTP interface: every session is a series of requests,
/// each read-only (`readonly=2`), named by a query id of Assay's choosing and limited in time.
public struct ClickHouseServer: DatabaseServer {
  /// Where the server is and who signs in.
  let endpoint: ClickHouseEndpoint
  /// The server's time zone, asked once, for DateTime columns that name none.
  let zone = ServerZone()
  /// Whether the account takes the settings Assay sends.
  let settings = AccountSettings()

  /// The server at `endpoint`.
  init(endpoint: ClickHouseEndpoint) { self.endpoint = endpoint }

  /// The locator, password masked.
  public var displayName: String { endpoint.displayName }

  /// ClickHouse's SQL.
  public var dialect: SQLDialect { SQLDialect(.clickhouse) }

  /// A session; its first one asks the server's time zone, which also proves the account.
  public func connect() throws -> any DatabaseConnection {
    let connection = ClickHouseConnection(endpoint: endpoint, zone: zone, settings: settings)
    try zone.learn {
      try connection.fetch("SELECT timezone()", within: ClickHouseConnection.firstAnswerSeconds).rows.first?
        .first?.description ?? "UTC"
    }
    return connection
  }
}

/// The server's time zone, learned by the first session and kept for the others.
final class ServerZone: @unchecked Sendable {  // `identifier` is guarded by `lock`
  private let lock = NSLock()
  private var identifier: String?

  /// The zone's identifier (`UTC` until learned).
  var name: String { lock.withLock { identifier ?? "UTC" } }

  /// Learns the zone by `ask` unless it is known.
  func learn(_ ask: () throws -> String) throws {
    guard lock.withLock({ identifier == nil }) else { return }
    let learned = try ask()
    lock.withLock { identifier = learned }
  }
}

/// Whether an account takes the settings Assay sends with every statement (`readonly=2`,
/// `max_execution_time`). An account whose profile is read-only (`readonly=1`) refuses any setting:
/// its statements go without them, the server keeping the account read-only and its own time limit.
final class AccountSettings: @unchecked Sendable {  // `refused` is guarded by `lock`
  private let lock = NSLock()
  private var refused = false

  /// True until the account refused a setting.
  var areSent: Bool { lock.withLock { !refused } }

  /// Whether `exception` (an answer's body) is the account refusing a setting, as `confirmed`
  /// tells (a statement that only reads, sent with the settings, refused too: a statement's own
  /// `SET readonly = 0` is refused in the same words); if so, settings are no longer sent.
  func noteRefusal(_ exception: String, confirmed: () -> Bool) -> Bool {
    let (code, message) = ClickHouseFailure.exception(exception)
    guard code == ClickHouseFailure.Code.readOnly, message.contains("setting"), areSent, confirmed() else {
      return false
    }
    return lock.withLock {
      defer { refused = true }
      return !refused
    }
  }
}
