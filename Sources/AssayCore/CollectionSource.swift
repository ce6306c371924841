/// What a listing covers.
public struct ListScope: Sendable, Equatable {
  /// List the entries of sub-collections too, depth first (never through links).
  public var recursive: Bool
  /// Include hidden entries (names starting with a dot) and descend into hidden folders.
  public var hidden: Bool
  /// Read every file's first bytes, so a file whose name misleads (a PNG named `x.csv`) is shown for
  /// what it is; otherwise only files whose name names no kind are read, which saves an open, a
  /// read and a close per file. Opening an entry always checks its first bytes.
  public var sniffAll: Bool

  /// A scope; the default is the top level without hidden entries, kinds by name where it tells.
  public init(recursive: Bool = false, hidden: Bool = false, sniffAll: Bool = false) {
    self.recursive = recursive
    self.hidden = hidden
    self.sniffAll = sniffAll
  }
}

/// A source that lists entries; opening an entry gives a table or another collection.
public protocol CollectionSource: Sendable {
  /// A name for people (URLs with any password masked).
  var displayName: String { get }
  /// Lists the entries a page at a time, so a large listing shows progress; cancelling the
  /// consuming task stops the listing. Special entries (FIFOs, link loops, ...) are listed, never
  /// opened or followed.
  func list(_ scope: ListScope) -> AsyncThrowingStream<[CollectionEntry], Error>
  /// Opens one of the listed entries; special entries are an `AssayError` that says what they are.
  func open(_ entry: CollectionEntry, options: SourceOptions) throws -> OpenedSource
  /// How its listing is ordered and summed up.
  var listingStyle: ListingStyle { get }
}

extension CollectionSource {
  /// Entries by name; tables and views with the catalog's rows.
  public var listingStyle: ListingStyle { .catalog }

  /// Every entry in `scope`, in listing order.
  public func listAll(_ scope: ListScope = ListScope()) async throws -> [CollectionEntry] {
    var entries: [CollectionEntry] = []
    for try await page in list(scope) { entries += page }
    return entries
  }
}

/// What opening a source gives: a table, or a collection of further sources.
public enum OpenedSource: Sendable {
  case table(any TableSource)
  case collection(any CollectionSource)

  /// The name of whichever was opened.
  public var displayName: String {
    switch self {
    case .table(let table): return table.displayName
    case .collection(let collection): return collection.displayName
    }
  }
}
