import AssayCSV
import AssayCore
import AssayJSON
import AssayParquet
import AssayStoreText
import Foundation

/// A bucket, or a prefix in one, as a collection: its objects and (without `--recursive`) its
/// common prefixes as folders, listed a page (up to 1,000 keys) at a time through continuation
/// tokens (a recursive listing of a few folders reads them side by side: `listSideBySide`);
/// stopping the listing stops it between pages, keeping what arrived. Objects are kinded
/// by their names, as a folder's files whose names say their kind.
public struct StoreCollection: CollectionSource {
  /// The store.
  public let store: any ObjectStore
  /// The bucket.
  public let bucket: String
  /// The prefix listed: empty, or ending with `/`.
  public let prefix: String

  /// The objects under `prefix` of `bucket`.
  public init(store: any ObjectStore, bucket: String, prefix: String) {
    self.store = store
    self.bucket = bucket
    self.prefix = prefix
  }

  /// `s3://bucket/prefix/`.
  public var displayName: String { store.locator(bucket: bucket, key: prefix) }

  /// The entries page by page, on a thread of their own.
  public func list(_ scope: ListScope) -> AsyncThrowingStream<[CollectionEntry], Error> {
    let source = self
    return AsyncThrowingStream { continuation in
      let stopped = StopFlag()
      continuation.onTermination = { _ in stopped.stop() }
      Thread.detachNewThread {
        do {
          let yield = { (entries: [CollectionEntry]) in _ = continuation.yield(entries) }
          if scope.recursive, try source.listSideBySide(hidden: scope.hidden, stopped: stopped, yield: yield)
          {
            continuation.finish()
            return
          }
          var token: String?
          repeat {
            let page = try source.store.list(
              bucket: source.bucket, prefix: source.prefix, delimiter: scope.recursive ? nil : "/",
              token: token)
            yield(source.entries(objects: page.objects, folders: page.prefixes, hidden: scope.hidden))
            token = page.nextToken
          } while token != nil && !stopped.isStopped
          continuation.finish()
        } catch {
          continuation.finish(throwing: error)
        }
      }
    }
  }

  /// A page's entries (its objects, and the common prefixes as `folders`): names relative to the
  /// prefix listed, hidden ones (a part starting with a dot) only when asked for.
  func entries(objects: [StoreObject], folders: [String], hidden: Bool) -> [CollectionEntry] {
    let folders = folders.map { key in
      CollectionEntry(
        name: String(key.dropFirst(prefix.count).dropLast()),
        locator: store.locator(bucket: bucket, key: key),
        kind: .folder)
    }
    let objects = objects.filter { !$0.key.hasSuffix("/") }.map { object in
      let name = String(object.key.dropFirst(prefix.count))
      return CollectionEntry(
        name: name, locator: store.locator(bucket: bucket, key: object.key),
        kind: EntryKind(FileKind.of(name: name, leadingBytes: [])), size: object.size,
        modified: object.modified,
        note: object.storageClass.flatMap { $0 == "STANDARD" ? nil : $0 }, isRegularFile: true)
    }
    let all = folders + objects
    guard !hidden else { return all }
    return all.filter { entry in !entry.name.split(separator: "/").contains { $0.hasPrefix(".") } }
  }

  /// A folder's listing, an object opened as a table, or another object's metadata and first
  /// kilobyte (`ObjectPreview`).
  public func open(_ entry: CollectionEntry, options: SourceOptions) throws -> OpenedSource {
    let key = String(entry.locator.dropFirst(store.locator(bucket: bucket, key: "").count))
    if entry.kind == .folder {
      return .collection(StoreCollection(store: store, bucket: bucket, prefix: key))
    }
    guard let object = try store.head(bucket: bucket, key: key) else {
      throw AssayError(
        message: "\(store.locator(bucket: bucket, key: key)): no such object", hint: "list the prefix again")
    }
    guard StoreCollection.holdsTable(object.key) else {
      return .table(ObjectPreview(store: store, bucket: bucket, object: object))
    }
    return .table(try StoreCollection.table(store: store, bucket: bucket, object: object, options: options))
  }

  /// Whether a key names a table Assay streams from a store: `.csv`, `.tsv`, `.txt`, `.jsonl`,
  /// `.ndjson`, gzipped or not, and Parquet files. A `.json` object is a document of any shape more
  /// often than a table: it shows as a preview, and opens as a table when downloaded.
  static func holdsTable(_ key: String) -> Bool {
    if isParquet(key) || isJSONLines(key) { return true }
    var lowered = key.lowercased()
    if lowered.hasSuffix(".gz") { lowered.removeLast(3) }
    return [".csv", ".tsv", ".txt"].contains(where: lowered.hasSuffix)
  }

  /// Whether a key names JSON Lines (`.jsonl`, `.ndjson`, gzipped or not).
  static func isJSONLines(_ key: String) -> Bool { JSONFormat(name: key) == .lines }

  /// Whether a key names a Parquet file.
  static func isParquet(_ key: String) -> Bool {
    let lowered = key.lowercased()
    return lowered.hasSuffix(".parquet") || lowered.hasSuffix(".parq")
  }

  /// The table an object holds, streamed from the store: CSV, TSV and JSON Lines objects,
  /// gzip-compressed or not, and Parquet files, of which only the footer and the column chunks a
  /// command uses are fetched.
  /// - Throws: `AssayError` naming what the object is when Assay reads no table from it.
  static func table(store: any ObjectStore, bucket: String, object: StoreObject, options: SourceOptions)
    throws
    -> any TableSource
  {
    let name = store.locator(bucket: bucket, key: object.key)
    let compressed = object.key.lowercased().hasSuffix(".gz")
    guard holdsTable(object.key) else {
      let kind = EntryKind(FileKind.of(name: object.key, leadingBytes: []))
      throw AssayError(
        message: "\(name): \(kind.description), \(object.size) bytes: not a table Assay reads from a store",
        hint:
          "CSV, TSV, JSON Lines and Parquet objects (.csv, .tsv, .csv.gz, .jsonl, .parquet) open as tables")
    }
    let size = object.size
    if isParquet(object.key) {
      try requireTableOptions(options, of: ParquetLoader().declaration, name: name)
      var source = try ParquetSource(
        name: name, bytes: ObjectBytes(store: store, bucket: bucket, key: object.key, size: size),
        columns: options.columns, filter: options.filter)
      source.displayZone = try TimeZoneForm.shown(by: options, source: name)
      return source
    }
    // A compressed object's size says nothing of the text's: no total for progress.
    let open: @Sendable () throws -> any ByteStream = {
      let stream = ObjectStream(store: store, bucket: bucket, key: object.key, size: size)
      return compressed ? try InflatingStream(stream, name: name) : stream
    }
    if isJSONLines(object.key) {
      try requireTableOptions(options, of: JSONLoader().declaration, name: name)
      return JSONSource(
        name: name, totalBytes: compressed ? nil : size, options: JSONLoader.resolvingColumns(options),
        open: open)
    }
    try requireTableOptions(options, of: CSVLoader().declaration, name: name)
    return try CSVSource.streamed(
      name: name, totalBytes: compressed ? nil : size, options: options, open: open)
  }

  /// The options an object's reader may take (every store loader's `tableOptions`): CSV's, JSON
  /// Lines' and Parquet's, each name once (not `encoding`: only a plain file is converted).
  public static let tableOptions: [LoaderOption] = {
    var seen = Set<String>()
    let all = CSVLoader().declaration.options + JSONLoader.options + ParquetLoader().declaration.options
    return all.filter { !["format", "encoding"].contains($0.name) && seen.insert($0.name).inserted }
  }()

  /// Checks that each table option in `options` is one `reader` (the reader of the object `name`)
  /// takes; the store's own options pass. An `AssayError` naming the first other one.
  static func requireTableOptions(_ options: SourceOptions, of reader: LoaderDescription, name: String) throws
  {
    let taken = Set(reader.options.map(\.name))
    let tableNames = Set(tableOptions.map(\.name))
    guard
      let foreign = options.named.keys.sorted().first(where: {
        tableNames.contains($0) && !taken.contains($0)
      })
    else { return }
    throw AssayError(
      message: "\(name): unknown option '\(foreign)' for a \(reader.name) object",
      hint: "it takes \(reader.optionNames)")
  }
}

/// A flag one thread sets and another reads.
final class StopFlag: @unchecked Sendable {  // `stopped` is guarded by `lock`
  private let lock = NSLock()
  private var stopped = false

  /// Sets the flag.
  func stop() { lock.withLock { stopped = true } }

  /// Whether it is set.
  var isStopped: Bool { lock.withLock { stopped } }
}
