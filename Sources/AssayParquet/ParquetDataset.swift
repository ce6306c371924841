import AssayCSV
import AssayCore
import Foundation

/// A folder of Parquet files read as one table, Hive-style partition folders (`year=2024/month=03/`)
/// giving columns after the files' own: what Spark, pyarrow and DuckDB write for a partitioned table.
public struct ParquetDataset: SchemaAnswering {
  /// The folder as given.
  public let displayName: String
  var reading: ParquetLoad

  /// The zone form its zone-aware (UTC-adjusted) timestamps are shown in; nil: UTC.
  public var displayZone: TimeZoneForm? {
    get { reading.displayZone }
    set { reading.displayZone = newValue }
  }

  /// Files whose names say they are bookkeeping (`_SUCCESS`, `.crc` files) rather than data.
  static func isBookkeeping(_ name: String) -> Bool { name.hasPrefix("_") || name.hasPrefix(".") }

  /// Whether a name is a Parquet file's.
  static func isParquet(_ name: String) -> Bool {
    let lowered = name.lowercased()
    return lowered.hasSuffix(".parquet") || lowered.hasSuffix(".parq")
  }

  /// The data files under `path` with their partition folders, in path order; nil when the folder
  /// holds anything but Parquet files (then it is a folder to list, not a table).
  static func files(in path: String) -> [(path: String, partitions: [(key: String, value: String)])]? {
    var found: [(path: String, partitions: [(key: String, value: String)])] = []
    func walk(_ folder: String, _ partitions: [(key: String, value: String)], depth: Int) -> Bool {
      guard depth < 16, let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
        return false
      }
      for name in names.sorted() where !isBookkeeping(name) {
        let child = folder + "/" + name
        var status = stat()
        guard lstat(child, &status) == 0 else { return false }
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
          var partition = partitions
          if let equals = name.firstIndex(of: "="), equals != name.startIndex {
            let value = String(name[name.index(after: equals)...])
            partition.append((String(name[..<equals]), value.removingPercentEncoding ?? value))
          }
          guard walk(child, partition, depth: depth + 1) else { return false }
        case S_IFREG where isParquet(name):
          found.append((child, partitions))
          guard found.count <= 100_000 else { return false }
        default:
          return false
        }
      }
      return true
    }
    guard walk(path.hasSuffix("/") ? String(path.dropLast()) : path, [], depth: 0), !found.isEmpty else {
      return nil
    }
    return found
  }

  /// Opens every file's footer under `path` (named `name`), to load the columns `columns` names
  /// (nil: all, the partition columns included).
  public init(path: String, name: String, columns: [String]?, filter: String? = nil) throws {
    displayName = name
    guard let files = Self.files(in: path) else {
      throw AssayError(
        message: "\(name): not a folder of Parquet files", hint: "list it with assay ls \(name)")
    }
    let keys = files[0].partitions.map(\.key)
    if let odd = files.first(where: { $0.partitions.map(\.key) != keys }) {
      throw AssayError(
        message:
          "\(odd.path): its partition folders (\(odd.partitions.map(\.key).joined(separator: "/"))) differ from the others'",
        hint: "every file must sit under the same key=value folders")
    }
    let partitionColumns = keys.indices.map { k -> (name: String, type: ColumnType) in
      let values = files.map(\.partitions[k].value).filter { $0 != "__HIVE_DEFAULT_PARTITION__" }
      return (keys[k], values.allSatisfy { Int64($0) != nil } ? .int : .string)
    }
    let wanted = columns.map(Set.init)
    let fileColumns = columns?.filter { !keys.contains($0) }
    var parts: [ParquetPart] = []
    var firstPlans: [(String, ColumnType)]?
    for file in files {
      let bytes = MappedBytes(file: try MappedFile(path: file.path, name: file.path, sequential: false))
      let footer: ParquetFooter
      do { footer = try ParquetFooter(bytes) } catch let failure as ParquetFailure {
        throw failure.error(in: file.path)
      }
      let reader = try ParquetReader(bytes: bytes, footer: footer, columns: fileColumns, name: file.path)
      let plans = reader.plans.map { ($0.name, $0.type) }
      if let firstPlans, !plans.elementsEqual(firstPlans, by: { $0 == $1 }) {
        throw AssayError(
          message: "\(file.path): its columns differ from \(files[0].path)'s",
          hint: "a folder reads as one table when its files share their columns")
      }
      firstPlans = plans
      let values = partitionColumns.indices.map { k -> Value in
        let text = file.partitions[k].value
        if text == "__HIVE_DEFAULT_PARTITION__" { return .null }
        return partitionColumns[k].type == .int ? .int(Int64(text) ?? 0) : .string(text)
      }
      parts.append(ParquetPart(reader: reader, partitions: values))
    }
    let kept = partitionColumns.indices.filter { wanted?.contains(keys[$0]) ?? true }
    reading = ParquetLoad(
      name: name,
      parts: parts.map { part in
        ParquetPart(reader: part.reader, partitions: kept.map { part.partitions[$0] })
      },
      partitionColumns: kept.map { partitionColumns[$0] }, filter: filter)
  }

  /// The row count and the columns' nulls as the files' footers and partition folders give them.
  public func metadataSchema() -> SourceSchema { reading.metadataSchema() }

  /// Loads on a background thread, as `ParquetSource.load` does.
  public func load() -> AsyncThrowingStream<LoadUpdate, Error> {
    let reading = self.reading
    return LoadControl.updates(interval: .zero) { control in _ = try reading.run(control: control) }
  }
}
