/// Opens sources of one kind (CSV files, SQLite databases, S3 objects, ...).
public protocol SourceLoader: Sendable {
  /// True when this loader handles the locator (by scheme, extension or sniffing).
  func canOpen(_ locator: String) -> Bool
  /// Opens the source; errors are `AssayError`s that name the locator.
  func open(_ locator: String, options: SourceOptions) throws -> any TableSource
}

/// Options a person can give about how to read a source.
public struct SourceOptions: Sendable, Equatable {
  /// Force (true) or forbid (false) a header row; nil sniffs.
  public var header: Bool?
  /// Force a field delimiter; nil sniffs.
  public var delimiter: UInt8?
  /// The only columns to load, by name; nil loads every column. The table holds them in the
  /// source's order (not the order given), each once; a name the source lacks is an error that
  /// lists the names it has.
  public var columns: [String]?

  /// Options; nil means "detect" (and, for `columns`, "all").
  public init(header: Bool? = nil, delimiter: UInt8? = nil, columns: [String]? = nil) {
    self.header = header
    self.delimiter = delimiter
    self.columns = columns
  }
}

/// Picks the loader for a source locator (`data.csv`, `-`, `sqlite:x.db`, `s3://...`).
public struct LoaderRegistry: Sendable {
  /// The loaders, asked in order.
  public let loaders: [any SourceLoader]

  /// A registry asking these loaders in order.
  public init(loaders: [any SourceLoader]) { self.loaders = loaders }

  /// Opens a locator with the first loader that accepts it.
  public func open(_ locator: String, options: SourceOptions = SourceOptions()) throws -> any TableSource {
    guard let loader = loaders.first(where: { $0.canOpen(locator) }) else {
      throw AssayError(
        message: "\(locator): no loader for this kind of source",
        hint: "Assay reads .csv, .tsv, .csv.gz files and - (stdin)")
    }
    return try loader.open(locator, options: options)
  }
}
