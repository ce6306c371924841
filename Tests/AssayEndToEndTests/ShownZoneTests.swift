import Foundation
import Testing

/// `--tz` (`-O tz=`) shows the timestamps written with a zone at the offset asked for, in JSON,
/// JSON Lines and Parquet as in CSV; wall-clock times stay as written.
struct ShownZoneTests {
  /// The same two rows as CSV, JSON Lines, a JSON document and Parquet (written by Assay from the
  /// CSV), in a new folder: `at` written with a zone (`Z`, `+02:00`), `wall` without one.
  func files() throws -> String {
    let folder = NSTemporaryDirectory() + "assay-tz-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let rows = [
      ("2024-03-01T08:00:00Z", "2024-03-01 08:00:00", 1),
      ("2024-03-01T11:30:00+02:00", "2024-03-01 09:00:00", 2),
    ]
    let csv = "at,wall,v\n" + rows.map { "\($0.0),\($0.1),\($0.2)\n" }.joined()
    let records = rows.map { #"{"at": "\#($0.0)", "wall": "\#($0.1)", "v": \#($0.2)}"# }
    try csv.write(toFile: folder + "/t.csv", atomically: false, encoding: .utf8)
    try records.joined(separator: "\n").write(toFile: folder + "/t.jsonl", atomically: false, encoding: .utf8)
    try ("[" + records.joined(separator: ",") + "]").write(
      toFile: folder + "/t.json", atomically: false, encoding: .utf8)
    let written = try AssayProcess.run(["--batch", folder + "/t.csv", "-o", folder + "/t.parquet"])
    #expect(written.status == 0, "\(written.stderr)")
    return folder
  }

  @Test func jsonAndParquetShowZonedTimesAtTheOffsetAsCSVDoes() throws {
    let folder = try files()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    for name in ["t.csv", "t.jsonl", "t.json", "t.parquet"] {
      for arguments in [["--tz", "+05:30"], ["-O", "tz=+05:30"]] {
        let result = try AssayProcess.run(["describe", folder + "/" + name] + arguments)
        #expect(result.status == 0, "\(name): \(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(
          lines.contains {
            $0.hasPrefix(
              "at      timestamp      2      0         2  2024-03-01 13:30:00+05:30  2024-03-01 15:00:00+05:30"
            )
          }, "\(name): \(result.stdout)")
        #expect(
          lines.contains {
            $0.hasPrefix(
              "wall    timestamp      2      0         2  2024-03-01 08:00:00        2024-03-01 09:00:00  ")
          }, "\(name): \(result.stdout)")
      }
    }
    let utc = try AssayProcess.run(["describe", folder + "/t.parquet", "--tz", "UTC"])
    #expect(utc.stdout.contains("2024-03-01 08:00:00Z  2024-03-01 09:30:00Z"), "\(utc.stdout)")
  }

  /// A filter's time written without a zone is a wall-clock time at the offset shown, for the row
  /// groups a Parquet file's statistics rule out as for the rows read.
  @Test func aFilterOfParquetRowGroupsReadsTimesAtTheOffsetShown() throws {
    let folder = try files()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let made = try AssayProcess.shell(
      #"python3 -c "$1" "$2""#,
      arguments: [
        """
        import datetime, sys, pyarrow as pa, pyarrow.parquet as pq
        times = [datetime.datetime(2024, 3, 1, 6 + v, tzinfo=datetime.timezone.utc) for v in range(6)]
        table = pa.table({"at": pa.array(times, pa.timestamp("us", tz="UTC")), "v": list(range(6))})
        pq.write_table(table, sys.argv[1], row_group_size=1)
        """, folder + "/groups.parquet",
      ])
    #expect(made.status == 0, "\(made.stderr)")
    for (zone, filter, rows) in [
      ("+05:30", "at == '2024-03-01 14:30:00'", ["2024-03-01 14:30:00+05:30,3"]),
      (
        "+05:30", "at < '2024-03-01 13:00:00'",
        ["2024-03-01 11:30:00+05:30,0", "2024-03-01 12:30:00+05:30,1"]
      ),
      (
        "-05:00", "at <= '2024-03-01 03:00:00'",
        ["2024-03-01 01:00:00-05:00,0", "2024-03-01 02:00:00-05:00,1", "2024-03-01 03:00:00-05:00,2"]
      ),
      (
        "+05:30", "at >= '2024-03-01T10:00:00Z'",
        ["2024-03-01 15:30:00+05:30,4", "2024-03-01 16:30:00+05:30,5"]
      ),
    ] {
      let result = try AssayProcess.run(
        ["--batch", folder + "/groups.parquet", "--tz=" + zone, "--where", filter])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout == (["at,v"] + rows).joined(separator: "\n") + "\n", "\(zone) \(filter)")
    }
  }

  @Test func anOffsetThatIsNoneIsOneLine() throws {
    let folder = try files()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    for name in ["t.jsonl", "t.parquet"] {
      try AssayProcess.run(["describe", folder + "/" + name, "--tz", "Mars"]).expectOneLineFailure(
        mentions: ["\(folder)/\(name): tz=Mars is not UTC or an offset", "e.g. -O tz=+05:30"])
    }
  }
}
