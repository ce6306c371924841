import Foundation
import Testing

/// A binary column (PostgreSQL's bytea, a MariaDB or SQLite BLOB) written out by `--batch -o` holds
/// every byte, as psql writes a bytea (`\x` and hex): in CSV, and in Parquet read back. Each
/// source's query puts the engine's own hex of the value beside it, as the reference.
struct BinaryExportTests {
  /// The rows of the CSV `--batch` writes of `source` with `options`, and of the Parquet file it
  /// writes read back as CSV: each as lines.
  static func exported(_ source: String, _ options: [String]) throws -> (csv: [String], parquet: [String]) {
    let folder = NSTemporaryDirectory() + "assay-binary-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let csv = try AssayProcess.run(["--batch", source] + options + ["-o", folder + "/out.csv"])
    #expect(csv.status == 0, "\(csv.stderr)")
    let parquet = try AssayProcess.run(["--batch", source] + options + ["-o", folder + "/out.parquet"])
    #expect(parquet.status == 0, "\(parquet.stderr)")
    let back = try AssayProcess.run(["--batch", folder + "/out.parquet", "-o", folder + "/back.csv"])
    #expect(back.status == 0, "\(back.stderr)")
    let lines = { (name: String) in
      try String(contentsOfFile: folder + "/" + name, encoding: .utf8).split(separator: "\n").map(String.init)
    }
    return (try lines("out.csv"), try lines("back.csv"))
  }

  /// Each row `id,value,reference` holds the reference's text as its value, in both files.
  static func expectWhole(_ exported: (csv: [String], parquet: [String]), rows: Int) {
    #expect(exported.csv == exported.parquet)
    #expect(exported.csv.count == rows + 1, "\(exported.csv)")
    for line in exported.csv.dropFirst() {
      let cells = line.split(separator: ",", omittingEmptySubsequences: false)
      #expect(cells.count == 3 && cells[1] == cells[2], "\(line)")
    }
  }

  @Test func sqliteBlobs() throws {
    let path = try SQLiteFixture.database(
      named: "blobs.db",
      """
      db.execute("CREATE TABLE blobs (id INTEGER, b BLOB)")
      db.execute("INSERT INTO blobs VALUES (1, x'89504e470d0a1a0a0001'), (2, x''), (3, randomblob(5000))")
      """)
    defer { SQLiteFixture.remove(path) }
    let exported = try Self.exported(
      path, ["-O", "query=SELECT id, b, '\\x' || lower(hex(b)) AS reference FROM blobs ORDER BY id"])
    Self.expectWhole(exported, rows: 3)
    #expect(exported.csv[1] == "1,\\x89504e470d0a1a0a0001,\\x89504e470d0a1a0a0001")
  }

  @Test(.enabled(if: ProcessInfo.processInfo.environment["ASSAY_TEST_POSTGRES"] != nil))
  func postgresBytea() throws {
    let query = """
      SELECT id, value, '\\x' || encode(value, 'hex') AS reference
      FROM (SELECT id, raw AS value FROM every_type
        UNION ALL SELECT 4, decode(repeat('00ff7f', 5000), 'hex')) AS t ORDER BY id
      """
    let exported = try Self.exported(PostgresCommandTests.locator, ["-O", "query=" + query])
    Self.expectWhole(exported, rows: 4)
    #expect(exported.csv[1] == "1,\\x89504e470d0a1a0a0001,\\x89504e470d0a1a0a0001")
  }

  @Test(.enabled(if: ProcessInfo.processInfo.environment["ASSAY_TEST_MARIADB"] != nil))
  func mariadbBlobs() throws {
    let query = """
      SELECT id, value, CONCAT('\\\\x', LOWER(HEX(value))) AS reference
      FROM (SELECT id, blob_value AS value FROM every_type
        UNION ALL SELECT 4, REPEAT(x'00ff7f', 5000)) AS t ORDER BY id
      """
    let locator = ProcessInfo.processInfo.environment["ASSAY_TEST_MARIADB"] ?? ""
    let exported = try Self.exported(locator, ["-O", "query=" + query])
    Self.expectWhole(exported, rows: 4)
    #expect(exported.csv[1] == "1,\\x89504e470d0a1a0a00,\\x89504e470d0a1a0a00")
  }
}
