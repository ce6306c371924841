import AssayAnalysis
import AssayCSV
import AssayCore
import AssaySQL
import AssaySQLite
import Foundation
import Testing

/// A database engine the agreement tests run on: it stores tables and opens them as sheets.
/// PostgreSQL and MariaDB join with one conformance each, enabled by `ASSAY_TEST_POSTGRES` /
/// `ASSAY_TEST_MARIADB`, and one line in `TestDatabases.all`.
protocol TestDatabase: Sendable {
  /// The engine, for the test's name.
  var engine: SQLDialect.Engine { get }
  /// A server holding `tables`, each under its name, and a way to drop them afterwards.
  func serve(_ tables: [Table]) throws -> (server: any DatabaseServer, drop: @Sendable () -> Void)
}

/// SQLite, in a file written for the test.
struct SQLiteTestDatabase: TestDatabase {
  var engine: SQLDialect.Engine { .sqlite }

  func serve(_ tables: [Table]) throws -> (server: any DatabaseServer, drop: @Sendable () -> Void) {
    let file = try SQLiteFile(tables)
    return (SQLiteServer(path: file.path), { file.remove() })
  }
}

/// The databases the agreement tests run on.
enum TestDatabases {
  /// SQLite always; a server engine when its environment variable names one.
  static let all: [any TestDatabase] = [SQLiteTestDatabase()]

  /// Iris, read from the repository's sample file.
  static func iris() async throws -> Table {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let loader = try CSVSource(locator: root.appendingPathComponent("sampledata/iris.csv").path)
    var last: Table?
    for try await update in loader.load() { last = update.table }
    let table = try #require(last)
    return Table(name: "iris", columns: table.columns)
  }

  /// A sheet's rows, loaded as the application loads them.
  static func loaded(_ sheet: DatabaseTable) async throws -> Table {
    var last: Table?
    for try await update in sheet.load() { last = update.table }
    return try #require(last)
  }

  /// `rows` rows of every kind of column the engine summarises: integers, doubles (no NaN),
  /// dates and timestamps, each with nulls, and texts whose counts tie.
  static func generated(rows: Int, seed: UInt64 = 7) -> Table {
    var random = SeededRandom(seed: seed)
    func maybe(_ value: Value) -> Value { random.next() % 9 == 0 ? .null : value }
    var columns: [[Value]] = Array(repeating: [], count: 6)
    for row in 0..<rows {
      let roll = random.next()
      columns[0].append(maybe(.int(Int64(roll % 200) - 50)))
      columns[1].append(maybe(.double(random.nextGaussian(mean: 10, standardDeviation: 3))))
      columns[2].append(maybe(.date(Int32(18_000 + roll % 900))))
      columns[3].append(
        maybe(
          .timestamp(
            Timestamp(microseconds: 1_600_000_000_000_000 + Int64(roll % 5_000_000) * 1_000_000, zone: .naive)
          )))
      columns[4].append(maybe(.string(["pear", "fig", "apple", "kiwi", "plum", ""][row % 6])))
      columns[5].append(.string(["b", "a", "c"][Int(roll % 3)]))
    }
    let names = ["amount", "reading", "day", "moment", "fruit", "group"]
    let types: [ColumnType] = [.int, .double, .date, .timestamp, .string, .string]
    return Table(
      name: "generated",
      columns: (0..<6).map { Column(name: names[$0], type: types[$0], values: columns[$0]) })
  }
}
