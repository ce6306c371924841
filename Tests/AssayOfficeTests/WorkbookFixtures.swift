import AssayCore
import Foundation
import Testing

@testable import AssayOffice

/// The workbooks `workbooks.py` writes with openpyxl, made once per test run in a folder of their
/// own, and what openpyxl reads from each.
enum WorkbookFixtures {
  /// The script beside this file.
  static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/workbooks.py"

  /// The folder holding the workbooks (made on first use).
  static let folder: String = {
    let folder = NSTemporaryDirectory() + "assay-xlsx-\(getpid())"
    _ = python(["make", folder])
    return folder
  }()

  /// The path of the workbook `name` (`corpus.xlsx`).
  static func path(_ name: String) -> String { folder + "/" + name }

  /// One sheet as openpyxl reads it: column names and rows of cells (nil, or a kind and a value).
  struct ExpectedSheet {
    /// The sheet's name.
    let name: String
    /// The column names.
    let columns: [String]
    /// The rows; each cell nil or (kind, value): "n" a number as text, "s" text, "b" "true" or
    /// "false", "t" microseconds as text.
    let rows: [[(kind: String, value: String)?]]
  }

  /// Every sheet of the workbook `name` as openpyxl reads it.
  static func expected(_ name: String) throws -> [ExpectedSheet] {
    let output = python(["expect", path(name)])
    let sheets = try #require(try JSONSerialization.jsonObject(with: output) as? [[String: Any]])
    return try sheets.map { sheet in
      let rows = try #require(sheet["rows"] as? [[Any]])
      return ExpectedSheet(
        name: try #require(sheet["name"] as? String), columns: try #require(sheet["columns"] as? [String]),
        rows: rows.map { row in
          row.map { cell in
            guard let pair = cell as? [Any], let kind = pair.first as? String, let value = pair.last else {
              return nil
            }
            return (kind, (value as? Bool).map { $0 ? "true" : "false" } ?? "\(value)")
          }
        })
    }
  }

  /// What `python3 workbooks.py ARGUMENTS` prints.
  private static func python(_ arguments: [String]) -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    do { try process.run() } catch { return Data() }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return data
  }

  /// The value Assay should hold in a column of `type` for a cell openpyxl read as `cell`.
  static func value(_ cell: (kind: String, value: String)?, as type: ColumnType) -> Value {
    guard let (kind, text) = cell else { return .null }
    switch (kind, type) {
    case ("n", .int): return Double(text).flatMap { Int64(exactly: $0) }.map { .int($0) } ?? .string(text)
    case ("n", .double): return Double(text).map { .double($0) } ?? .string(text)
    case ("n", .string):
      return .string(
        Double(text).map { Int64(exactly: $0).map(String.init) ?? NumberFormatting.shortest($0) } ?? text)
    case ("b", .bool): return .bool(text == "true")
    case ("b", .string): return .string(text)
    case ("t", .date): return Int64(text).map { .date(Int32($0 / TimeText.microsPerDay)) } ?? .string(text)
    case ("t", .timestamp):
      return Int64(text).map { .timestamp(Timestamp(microseconds: $0)) } ?? .string(text)
    case ("t", .duration): return Int64(text).map { .duration($0) } ?? .string(text)
    default: return .string(text)
    }
  }
}
