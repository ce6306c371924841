import AssayCSV
import AssayCore
import Foundation

/// Tables and files the synthesis tests share.
enum SynthFixtures {
  /// The package root.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// `sampledata/<name>.csv` as a table.
  static func sample(_ name: String) throws -> Table {
    try CSVReader.read(path: root.appendingPathComponent("sampledata/\(name).csv").path)
  }

  /// A CSV text as a table.
  static func table(csv: String, name: String = "fixture") throws -> Table {
    try CSVReader.read(bytes: Array(csv.utf8), name: name)
  }

  /// Every value of a column.
  static func values(_ column: Column) -> [Value] { (0..<column.count).map { column[$0] } }

  /// The non-null values of a column as doubles.
  static func numbers(_ column: Column) -> [Double] {
    var out: [Double] = []
    column.forEachDouble { out.append($0) }
    return out
  }
}
