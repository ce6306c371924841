import AssayCore

/// Opens Parquet files (`.parquet`, or any file that starts and ends with `PAR1`).
public struct ParquetLoader: SourceLoader {
  /// A loader.
  public init() {}

  /// The signature and the names.
  public var declaration: LoaderDescription {
    LoaderDescription(name: "Parquet", signatures: [.parquet], extensions: [".parquet", ".parq"])
  }

  /// Opens the file and reads its footer; only the columns the request names are read when it loads.
  public func open(_ request: SourceRequest) throws -> OpenedSource {
    .table(
      try ParquetSource(
        path: request.locator.path, name: request.locator.displayName, columns: request.options.columns))
  }
}
