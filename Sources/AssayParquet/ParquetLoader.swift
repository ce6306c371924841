import AssayCore
import Foundation

/// Opens Parquet files (`.parquet`, or any file that starts and ends with `PAR1`).
public struct ParquetLoader: SourceLoader {
  /// A loader.
  public init() {}

  /// The signature and the names.
  public var declaration: LoaderDescription {
    LoaderDescription(
      name: "Parquet", signatures: [.parquet], extensions: [".parquet", ".parq"], options: [.shownZone])
  }

  /// Opens the file (or folder of files) and reads its footer; only the columns the request names
  /// are read when it loads.
  public func open(_ request: SourceRequest) throws -> OpenedSource {
    let path = request.locator.path
    let name = request.locator.displayName
    let zone = try TimeZoneForm.shown(by: request.options, source: name)
    var status = stat()
    if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
      var dataset = try ParquetDataset(
        path: path, name: name, columns: request.options.columns, filter: request.options.filter)
      dataset.displayZone = zone
      return .table(dataset)
    }
    var source = try ParquetSource(
      path: path, name: name, columns: request.options.columns, filter: request.options.filter)
    source.displayZone = zone
    return .table(source)
  }

  /// A folder opens as one table when it holds Parquet files and nothing else (partition folders
  /// `key=value/` and bookkeeping files like `_SUCCESS` aside).
  public func opensFolder(atPath path: String) -> Bool { ParquetDataset.files(in: path) != nil }
}
