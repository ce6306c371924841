import AssayAnalysis
import AssayCore
import AssayJSON
import Foundation

/// How alike the records of a set of JSON files are, measured on a sample of them: which fields
/// (dotted key paths) each record has, and whether a field's type agrees from file to file.
public struct JSONShape: Sendable, Equatable {
  /// JSON files in the set.
  public var files: Int
  /// Files read for the measurement.
  public var sampledFiles: Int
  /// Records (objects) read from the sampled files.
  public var records: Int
  /// Distinct fields met in those records.
  public var fields: Int
  /// Fields that vary: present in fewer than `JSONShapeSampler.commonShare` of the records, or of a
  /// different type in different files.
  public var varyingFields: Int

  /// A measurement from its parts.
  public init(files: Int, sampledFiles: Int, records: Int, fields: Int, varyingFields: Int) {
    self.files = files
    self.sampledFiles = sampledFiles
    self.records = records
    self.fields = fields
    self.varyingFields = varyingFields
  }

  /// The share of fields that vary (0 when no field was met).
  public var variance: Double { fields > 0 ? Double(varyingFields) / Double(fields) : 0 }
}

/// Measures the shape of JSON files by reading a seeded random sample of them.
public enum JSONShapeSampler {
  /// Files read at most.
  public static let sampleFiles = 50
  /// Records read at most from each sampled file.
  public static let recordsPerFile = 100
  /// A field present in at least this share of the records is common to them.
  public static let commonShare = 0.9
  /// Files up to this size are read whole; of a larger JSON Lines file only the lines within its
  /// first `largestFile` bytes are read, and a larger document is passed over: a sample stays quick.
  public static let largestFile = 1 << 20

  /// The shape of the records in the JSON files at `paths` (each `(path, bytes)`); nil when no
  /// sampled file could be read.
  public static func measure(_ files: [(path: String, bytes: Int)]) -> JSONShape? {
    let candidates = files.filter { $0.bytes <= largestFile || JSONFormat(name: $0.path) == .lines }
    let tables = sample(candidates, by: \.path).compactMap { try? records($0.path, bytes: $0.bytes) }
    return measure(tables: tables, files: files.count)
  }

  /// At most `sampleFiles` of `items`, drawn with a fixed seed from their order by `name`.
  public static func sample<Item>(_ items: [Item], by name: (Item) -> String) -> [Item] {
    let ordered = items.sorted { name($0) < name($1) }
    return SeededRandom.sampleIndices(sampleFiles, of: ordered.count, seed: 1).map { $0.map { ordered[$0] } }
      ?? ordered
  }

  /// The shape of the first `recordsPerFile` records of each of `tables` (files read from a set of
  /// `files` JSON files); nil when none holds a record.
  public static func measure(tables: [Table], files: Int) -> JSONShape? {
    let read = tables.filter { $0.rowCount > 0 }
    guard !read.isEmpty else { return nil }
    var tally = FieldTally()
    for table in read { tally.add(table, rows: min(table.rowCount, recordsPerFile)) }
    return JSONShape(
      files: files, sampledFiles: read.count, records: tally.records, fields: tally.presence.count,
      varyingFields: tally.varying(commonShare: commonShare))
  }

  /// The shape of a table read from one JSON or JSON Lines file: each row is a record, and a field
  /// is a flattened column (a file's columns each have one type, so only presence can vary).
  public static func measure(table: Table) -> JSONShape {
    var tally = FieldTally()
    tally.add(table, rows: table.rowCount)
    return JSONShape(
      files: 1, sampledFiles: 1, records: tally.records, fields: tally.presence.count,
      varyingFields: tally.varying(commonShare: commonShare))
  }

  /// The records of one file: all of a small one, the whole lines within the first `largestFile`
  /// bytes of a large plain JSON Lines file.
  private static func records(_ path: String, bytes: Int) throws -> Table {
    guard bytes > largestFile else { return try JSONReader.read(path: path) }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw AssayError(message: "cannot read", location: SourceLocation(source: path))
    }
    defer { try? handle.close() }
    let head = [UInt8](try handle.read(upToCount: largestFile) ?? Data())
    let whole = head.lastIndex(of: UInt8(ascii: "\n")).map { Array(head[...$0]) } ?? []
    return try JSONReader.read(bytes: whole, name: path, format: .lines)
  }
}

/// Per field: how many records have it, and the types it was read as.
private struct FieldTally {
  var records = 0
  var presence: [String: Int] = [:]
  var types: [String: Set<String>] = [:]

  /// Counts the fields of the first `rows` records of a file read as a table.
  mutating func add(_ table: Table, rows: Int) {
    records += rows
    for column in table.columns {
      let present = (0..<rows).filter { !column[$0].isNull }.count
      guard present > 0 else { continue }
      presence[column.name, default: 0] += present
      types[column.name, default: []].insert(column.type.isNumeric ? "number" : column.type.rawValue)
    }
  }

  /// Fields in fewer than `commonShare` of the records, or read as more than one type.
  func varying(commonShare: Double) -> Int {
    presence.filter { field, count in
      Double(count) < commonShare * Double(records) || (types[field]?.count ?? 0) > 1
    }.count
  }
}
