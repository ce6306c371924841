import AssayCSV
import AssayCore
import Foundation

/// A Parquet file as a table source: the footer is read when it opens (a damaged file is refused
/// then), the row groups when it loads, several at once, with a snapshot after each batch.
public struct ParquetSource: SchemaAnswering {
  /// The locator as given.
  public let displayName: String
  /// The load of the file's row groups.
  var reading: ParquetLoad

  /// The zone form its zone-aware (UTC-adjusted) timestamps are shown in; nil: UTC.
  public var displayZone: TimeZoneForm? {
    get { reading.displayZone }
    set { reading.displayZone = newValue }
  }

  /// Opens `bytes` (named `name`) and reads its footer, to load the fields `columns` names (nil:
  /// every field).
  public init(name: String, bytes: any ParquetBytes, columns: [String]?, filter: String? = nil) throws {
    displayName = name
    do {
      let footer = try ParquetFooter(bytes)
      let reader = try ParquetReader(bytes: bytes, footer: footer, columns: columns, name: name)
      reading = ParquetLoad(
        name: name, parts: [ParquetPart(reader: reader, partitions: [])], partitionColumns: [], filter: filter
      )
    } catch let failure as ParquetFailure {
      throw failure.error(in: name)
    }
  }

  /// Opens the local file at `path`.
  public init(path: String, name: String, columns: [String]?, filter: String? = nil) throws {
    try InputChecks.checkFile(path: path, name: name)
    try self.init(
      name: name, bytes: MappedBytes(file: try MappedFile(path: path, name: name, sequential: false)),
      columns: columns,
      filter: filter)
  }

  /// Loads every row group on the calling thread, without snapshots.
  public func loadNow() throws -> Table { try run(control: LoadControl()) }

  /// Loads on a background thread, yielding a snapshot after each batch of row groups; cancelling
  /// the consuming task stops the load after the chunks being decoded.
  public func load() -> AsyncThrowingStream<LoadUpdate, Error> {
    let source = self
    return LoadControl.updates(interval: .zero) { control in _ = try source.run(control: control) }
  }

  /// Reads every row group on the calling thread, reporting to `control`.
  func run(control: LoadControl) throws -> Table { try reading.run(control: control) }

  /// The row count and the columns' nulls as the footer's row groups and statistics give them.
  public func metadataSchema() -> SourceSchema { reading.metadataSchema() }
}
