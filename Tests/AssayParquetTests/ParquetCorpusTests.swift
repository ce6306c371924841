import AssayCore
import Foundation
import Testing

@testable import AssayParquet

/// Every file of the generated corpus (Scripts/make_corpus.py: pyarrow, polars, DuckDB and
/// Spark-style writers, every encoding, codec and type) reads to exactly what pyarrow reads, cell by
/// cell; every damaged file is one clear error.
@Suite(.serialized) struct ParquetCorpusTests {
  /// The corpus, written once for the suite into a temporary folder.
  static let corpus: Result<String, Error> = Result {
    let folder = NSTemporaryDirectory() + "assay-parquet-corpus-\(getpid())"
    try? FileManager.default.removeItem(atPath: folder)
    let status = try ParquetScripts.run("make_corpus.py", [folder])
    guard status == 0 else { throw AssayError(message: "make_corpus.py failed with status \(status)") }
    return folder
  }

  /// The corpus files its manifest lists.
  static func files(in folder: String) throws -> [String] {
    let manifest = try #require(
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: URL(fileURLWithPath: folder + "/manifest.json")))
        as? [[String: Any]])
    return manifest.compactMap { $0["file"] as? String }
  }

  @Test func everyFileReadsAsPyarrowReadsIt() async throws {
    let folder = try Self.corpus.get()
    let files = try Self.files(in: folder)
    #expect(files.count >= 50, "the corpus lists \(files.count) files")
    for file in files {
      let path = folder + "/" + file
      let source = try ParquetSource(path: path, name: file, columns: nil)
      let table = try await source.loadAll()
      let expected = try ExpectedTable(path: String(path.dropLast(".parquet".count)) + ".expected.json")
      let differences = expected.differences(from: table)
      #expect(differences.isEmpty, "\(file): \(differences.prefix(5).joined(separator: "; "))")
    }
  }

  @Test func theFooterTellsTheSchemaALoadGives() async throws {
    let folder = try Self.corpus.get()
    var counted = 0
    var uncounted = 0
    for file in try Self.files(in: folder) {
      let source = try ParquetSource(path: folder + "/" + file, name: file, columns: nil)
      let schema = source.metadataSchema()
      let table = try await source.loadAll()
      #expect(schema.rows == table.rowCount, "\(file)")
      #expect(schema.columns.map(\.name) == table.columnNames, "\(file)")
      #expect(schema.columns.map(\.type) == table.columns.map(\.type), "\(file)")
      for (entry, column) in zip(schema.columns, table.columns) {
        if let nulls = entry.nulls {
          #expect(nulls == column.nullCount, "\(file) \(entry.name): \(nulls) vs \(column.nullCount)")
          counted += 1
        } else {
          uncounted += 1
        }
      }
    }
    // pyarrow, polars and DuckDB write null counts for flat columns; nested ones are loaded.
    #expect(counted > 10 * uncounted, "\(counted) columns counted by the footer, \(uncounted) not")
    let hive = try ParquetDataset(path: folder + "/hive", name: "hive", columns: nil)
    let table = try await hive.loadAll()
    #expect(
      hive.metadataSchema().columns.map { $0.nulls ?? -1 } == table.columns.map(\.nullCount),
      "the partition columns' nulls are the rows of files in empty partitions")
  }

  @Test func aHiveFolderReadsAsOneTableWithItsPartitionColumns() async throws {
    let folder = try Self.corpus.get()
    let table = try await ParquetDataset(path: folder + "/hive", name: "hive", columns: nil).loadAll()
    let differences = try ExpectedTable(path: folder + "/hive.expected.json").differences(from: table)
    #expect(differences.isEmpty, "\(differences.prefix(5).joined(separator: "; "))")
    let projected = try await ParquetDataset(path: folder + "/hive", name: "hive", columns: ["month", "id"])
      .loadAll()
    #expect(projected.columnNames == ["id", "month"])
    #expect(ParquetLoader().opensFolder(atPath: folder + "/hive"))
    #expect(!ParquetLoader().opensFolder(atPath: folder), "the corpus folder also holds JSON files")
  }

  @Test(arguments: [
    ("id >= 4000 and id < 4100", 1), ("id == 17 or id == 4999", 2), ("key == 'k002600'", 1),
    ("maybe == null", 9), ("maybe > 4200", 2), ("day < \"2019-07-01\"", 2), ("x > 1e9", 0),
    ("not id < 100", 10),
  ])
  func rowGroupsAFilterRulesOutAreNotRead(filter: String, groupsRead: Int) throws {
    let path = try Self.corpus.get() + "/stats_sorted.parquet"
    let file = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    let all = try ParquetSource(name: "all", bytes: BufferBytes(file), columns: nil).loadNow()
    let bytes = ColumnProjectionTests.CountingBytes(file)
    let pruned = try ParquetSource(name: "pruned", bytes: bytes, columns: nil, filter: filter).loadNow()
    #expect(pruned.rowCount == groupsRead * 500, "\(filter): \(pruned.rowCount) rows read")
    // The rows the filter keeps are all among those read.
    let expression = try FilterExpression.parse(filter, for: all)
    let kept = all.gathering(rows: try expression.rows(in: all))
    let keptFromPruned = pruned.gathering(
      rows: try FilterExpression.parse(filter, for: pruned).rows(in: pruned))
    #expect(
      TableWriter.string(kept, format: .csv) == TableWriter.string(keptFromPruned, format: .csv), "\(filter)")
    if groupsRead <= 2 {
      #expect(bytes.bytesAsked < file.count / 2, "\(filter): asked \(bytes.bytesAsked) bytes")
    }
  }

  @Test func partitionsAFilterRulesOutAreNotRead() async throws {
    let folder = try Self.corpus.get() + "/hive"
    let all = try await ParquetDataset(path: folder, name: "hive", columns: nil).loadAll()
    let pruned = try await ParquetDataset(path: folder, name: "hive", columns: nil, filter: "year == 2024")
      .loadAll()
    let year = try #require(all.column(named: "year"))
    #expect(pruned.rowCount == (0..<all.rowCount).filter { year[$0] == .int(2024) }.count)
  }

  @Test func damagedFilesAreOneClearLine() async throws {
    let folder = try Self.corpus.get() + "/bad"
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
      $0.hasSuffix(".parquet")
    }.sorted()
    #expect(names.count >= 8)
    for name in names {
      do {
        let source = try ParquetSource(path: folder + "/" + name, name: name, columns: nil)
        _ = try await source.loadAll()
        Issue.record("\(name) was read")
      } catch let error as AssayError {
        #expect(error.message.hasPrefix(name + ": "), "\(name): \(error.message)")
        #expect(!error.message.contains("\n"), "\(name): \(error.message)")
      }
    }
  }
}

/// The scripts beside these tests.
enum ParquetScripts {
  /// The folder holding them.
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/Scripts"

  /// Runs `python3 folder/script arguments...`, its output passed through; returns its exit status.
  static func run(_ script: String, _ arguments: [String]) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", folder + "/" + script] + arguments
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }
}

/// A reference table as `Scripts/reference.py` writes it: per column its name, Assay type, zone
/// and cells.
struct ExpectedTable {
  struct ExpectedColumn {
    let name: String
    let type: String
    let zone: String?
    let cells: [Any]
  }

  let rows: Int
  let columns: [ExpectedColumn]

  init(path: String) throws {
    let object = try JSONSerialization.jsonObject(
      with: Data(contentsOf: URL(fileURLWithPath: path)), options: [.fragmentsAllowed])
    let top = try #require(object as? [String: Any])
    rows = try #require(top["rows"] as? Int)
    columns = try #require(top["columns"] as? [[String: Any]]).map { column in
      ExpectedColumn(
        name: column["name"] as? String ?? "", type: column["type"] as? String ?? "",
        zone: column["zone"] as? String, cells: column["cells"] as? [Any] ?? [])
    }
  }

  /// How `table` differs from the reference, one line per difference.
  func differences(from table: Table) -> [String] {
    var out: [String] = []
    if table.rowCount != rows { out.append("\(table.rowCount) rows, expected \(rows)") }
    if table.columnNames != columns.map(\.name) {
      out.append("columns \(table.columnNames), expected \(columns.map(\.name))")
      return out
    }
    for (column, expected) in zip(table.columns, columns) {
      if column.type.rawValue != expected.type {
        out.append("\(column.name): type \(column.type.rawValue), expected \(expected.type)")
        continue
      }
      if let zone = expected.zone {
        let actual = column.timeZone == .utc ? "utc" : "naive"
        if actual != zone { out.append("\(column.name): zone \(actual), expected \(zone)") }
      }
      for row in 0..<min(rows, table.rowCount, expected.cells.count)
      where !Self.matches(column[row], expected.cells[row]) {
        out.append("\(column.name) row \(row): \(column[row]) vs \(expected.cells[row])")
        if out.count > 20 { return out }
      }
    }
    return out
  }

  /// True when a cell holds what the reference cell says.
  static func matches(_ value: Value, _ cell: Any) -> Bool {
    if cell is NSNull { return value == .null }
    switch value {
    case .null: return false
    case .int(let v): return (cell as? String).flatMap { Int64($0) } == v
    case .double(let v):
      guard let text = cell as? String, let x = Double(text) else { return false }
      return x.isNaN ? v.isNaN : x.bitPattern == v.bitPattern
    case .bool(let v): return (cell as? Bool) == v
    case .date(let d): return (cell as? NSNumber)?.int64Value == Int64(d)
    case .timestamp(let t): return (cell as? NSNumber)?.int64Value == t.microseconds
    case .duration(let d): return (cell as? NSNumber)?.int64Value == d
    case .string(let s):
      guard let text = cell as? String else { return false }
      return s == text || sameJSON(s, text)
    }
  }

  /// True when two texts are the same JSON value (nested fields may differ in spacing or number form).
  static func sameJSON(_ a: String, _ b: String) -> Bool {
    guard let x = try? JSONSerialization.jsonObject(with: Data(a.utf8), options: [.fragmentsAllowed]),
      let y = try? JSONSerialization.jsonObject(with: Data(b.utf8), options: [.fragmentsAllowed])
    else { return false }
    return (x as? NSObject)?.isEqual(y) ?? false
  }
}
