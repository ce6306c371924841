import AssayCSV
import AssayCore
import Foundation

/// Sample files of the repository, read with the CSV reader, for the projection tests.
enum ProjectionFixtures {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// `sampledata/<name>.csv` as a table.
  static func sample(_ name: String) throws -> Table {
    try CSVReader.read(path: root.appendingPathComponent("sampledata/\(name).csv").path)
  }

  /// A table of the given columns, each a list of values (nil = null), all doubles.
  static func table(_ columns: [(String, [Double?])]) -> Table {
    Table(
      name: "made.csv",
      columns: columns.map { name, values in
        Column(name: name, type: .double, values: values.map { $0.map(Value.double) ?? .null })
      })
  }
}
