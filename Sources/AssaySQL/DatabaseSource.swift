import AssayCore
import Foundation

/// A database as a collection: its tables and views, with the catalog's estimates of rows and
/// bytes, listed in one query; opening one gives a `DatabaseTable`.
public struct DatabaseSource: CollectionSource {
  /// The database.
  public let server: any DatabaseServer
  /// Rows a sheet of one of its tables holds at once on screen, when a person gave it.
  let heldRows: Int?

  /// A collection of the tables of `server`'s database, whose sheets hold `heldRows` rows at once
  /// on screen when given.
  public init(server: any DatabaseServer, heldRows: Int? = nil) {
    self.server = server
    self.heldRows = heldRows
  }

  /// The database, password masked.
  public var displayName: String { server.displayName }

  /// The catalog as one page, read on a background thread; stopping the listing cancels the
  /// catalog query on the server.
  public func list(_ scope: ListScope) -> AsyncThrowingStream<[CollectionEntry], Error> {
    let server = server
    return AsyncThrowingStream { continuation in
      let session = SessionSlot()
      continuation.onTermination = { _ in session.cancel() }
      session.runDetached(on: server) { connection in
        continuation.yield(try connection.catalog().map(Self.entry))
      } done: { error in
        if let error { continuation.finish(throwing: error) } else { continuation.finish() }
      }
    }
  }

  /// The listing entry of a catalog table: named `schema.name`, kind table (a view says so in its
  /// note), with the catalog's row and byte estimates.
  static func entry(_ table: CatalogTable) -> CollectionEntry {
    let reference = TableReference.table(schema: table.schema, name: table.name)
    return CollectionEntry(
      name: reference.displayName, locator: reference.locator, kind: .table, size: table.bytes,
      rows: table.estimatedRows, note: table.engine ?? (table.isView ? "view" : nil))
  }

  /// Opens a listed table or view as a sheet that streams its rows and computes its summaries in
  /// SQL; `options.columns` limits the columns read.
  public func open(_ entry: CollectionEntry, options: SourceOptions) throws -> OpenedSource {
    guard let reference = TableReference(locator: entry.locator) else {
      throw AssayError(message: "\(displayName): '\(entry.name)' is not a table of this database")
    }
    return .table(
      DatabaseTable(
        server: server, reference: reference, columns: options.columns,
        heldRows: try DatabaseOpening.heldRows(options) ?? heldRows))
  }
}
