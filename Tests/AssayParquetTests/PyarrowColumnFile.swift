import Foundation
import Testing

/// A Parquet file written by pyarrow, for readers' tests against the reference
/// writer.
enum PyarrowColumnFile {
  /// Writes a file whose column `name` holds the pyarrow array `array` (a Python expression over
  /// `pa` and `decimal`, such as `pa.array([1, None], pa.uint64())`); its path.
  static func written(name: String, array: String) throws -> String {
    try written(table: "pa.table({'\(name)': \(array)})")
  }

  /// Writes a file of the pyarrow table `table` (a Python expression over `pa` and `decimal`);
  /// its path.
  static func written(table: String) throws -> String {
    let path = NSTemporaryDirectory() + "assay-pyarrow-\(getpid())-\(UUID().uuidString).parquet"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", "-c",
      "import sys, decimal, pyarrow as pa, pyarrow.parquet as pq; pq.write_table(\(table), sys.argv[1])",
      path,
    ]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    return path
  }
}
