import AssayCore
import Foundation
import Testing

@testable import AssayParquet

/// Files Assay writes read back equal in pyarrow, polars and DuckDB (Scripts/check_written.py), and
/// in Assay's own reader.
struct ParquetWriterTests {
  /// A table of every column type, with nulls (a column of nulls only), unicode, a long text, and enough rows for several
  /// row groups and pages with the writer's sizes set small.
  static let table: Table = {
    let rows = 2_500
    func maybe(_ row: Int, _ value: Value, every: Int) -> Value { row % every == 3 ? .null : value }
    let texts = [
      "", "héllo wörld", "日本語", "emoji 😀", "line\nbreak", "\"quoted\", comma",
      String(repeating: "x", count: 300),
    ]
    return Table(
      name: "written",
      columns: [
        Column(name: "id", type: .int, values: (0..<rows).map { .int(Int64($0) * 7_919 - 5_000_000) }),
        Column(
          name: "x", type: .double,
          values: (0..<rows).map { maybe($0, .double(Double($0) / 8 - 100.25), every: 11) }),
        Column(
          name: "flag", type: .bool, values: (0..<rows).map { maybe($0, .bool($0 % 3 == 0), every: 13) }),
        Column(
          name: "day", type: .date,
          values: (0..<rows).map { maybe($0, .date(Int32($0) * 3 - 2_000), every: 17) }),
        Column(
          name: "at", type: .timestamp,
          values: (0..<rows).map {
            maybe(
              $0, .timestamp(Timestamp(microseconds: Int64($0) * 3_600_000_123 - 10_000_000_000, zone: .utc)),
              every: 7)
          }),
        Column(
          name: "local", type: .timestamp,
          values: (0..<rows).map { .timestamp(Timestamp(microseconds: Int64($0) * 1_000_000, zone: .naive)) }),
        Column(
          name: "span", type: .duration,
          values: (0..<rows).map { maybe($0, .duration(Int64($0) * 1_500), every: 5) }),
        // Durations that no time of day holds (negative, past a day).
        Column(
          name: "lag", type: .duration,
          values: (0..<rows).map { maybe($0, .duration((Int64($0) - 100) * 86_400_000_000), every: 6) }),
        Column(
          name: "category", type: .string,
          values: (0..<rows).map { maybe($0, .string(["a", "b", "ç"][$0 % 3]), every: 9) }),
        Column(
          name: "note", type: .string,
          values: (0..<rows).map { maybe($0, .string("\(texts[$0 % texts.count]) \($0)"), every: 4) }),
        // Text without a value, and text whose later row groups hold only nulls: pages of nulls
        // without a dictionary, and dictionary-encoded pages without a code.
        Column(name: "nothing", type: .string, values: Array(repeating: .null, count: rows)),
        Column(
          name: "early", type: .string,
          values: (0..<rows).map { $0 < 900 ? .string(["p", "q"][$0 % 2]) : .null }),
      ])
  }()

  @Test(arguments: ParquetWriter.Compression.allCases)
  func peersReadWhatAssayWrites(compression: ParquetWriter.Compression) async throws {
    var writer = ParquetWriter(compression: compression)
    writer.rowGroupRows = 1_000
    writer.pageRows = 300
    let path = NSTemporaryDirectory() + "assay-written-\(compression)-\(getpid()).parquet"
    let expectedPath = path + ".expected.json"
    defer {
      unlink(path)
      unlink(expectedPath)
    }
    try AtomicFile.writeBytes(to: path) { write in try writer.write(Self.table, to: write) }
    try Data(ReferenceJSON.text(of: Self.table).utf8).write(to: URL(fileURLWithPath: expectedPath))
    #expect(try ParquetScripts.run("check_written.py", [path, expectedPath, "--strict-layout"]) == 0)
    let back = try await ParquetSource(path: path, name: "written", columns: nil).loadAll()
    for (mine, theirs) in zip(Self.table.columns, back.columns) {
      // Durations within a day are written as TIME(MICROS); others, which Parquet has no type
      // for, as plain microseconds.
      let expectedType: ColumnType = mine.name == "lag" ? .int : mine.type
      #expect(theirs.type == expectedType, "\(mine.name)")
      func same(_ row: Int) -> Bool {
        if case .duration(let d) = mine[row], expectedType == .int { return theirs[row] == .int(d) }
        return mine[row].description == theirs[row].description
      }
      for row in 0..<Self.table.rowCount where !same(row) {
        Issue.record("\(mine.name) row \(row): \(theirs[row]) read back, \(mine[row]) written")
        break
      }
    }
  }
}

/// A table in the reference format of Scripts/reference.py.
enum ReferenceJSON {
  static func text(of table: Table) -> String {
    let columns = table.columns.map { column -> String in
      let zone = column.type == .timestamp ? (column.timeZone == .naive ? "\"naive\"" : "\"utc\"") : "null"
      let cells = (0..<table.rowCount).map { cell(column[$0]) }.joined(separator: ",")
      return
        "{\"name\":\(TableWriter.jsonString(column.name)),\"type\":\"\(column.type.rawValue)\",\"zone\":\(zone),\"cells\":[\(cells)]}"
    }
    return "{\"rows\":\(table.rowCount),\"columns\":[\(columns.joined(separator: ","))]}"
  }

  static func cell(_ value: Value) -> String {
    switch value {
    case .null: return "null"
    case .int(let v): return "\"\(v)\""
    case .double(let v): return "\"\(v)\""
    case .bool(let v): return v ? "true" : "false"
    case .date(let d): return "\(d)"
    case .timestamp(let t): return "\(t.microseconds)"
    case .duration(let d): return "\(d)"
    case .string(let s): return TableWriter.jsonString(s)
    }
  }
}
