import AssayCore
import Foundation
import Testing

@testable import AssayCSV

/// Real-world shapes that a strict reader refuses open, equal to what pandas reads with the
/// matching options, whatever the chunking; each repair is named in a warning.
@Suite(.serialized) struct RepairTests {
  /// A file shape, the options Assay is given, pandas' matching `read_csv` options, and the warnings.
  struct Case: Sendable, CustomStringConvertible {
    var description: String
    var text: String
    var options: [String: String] = [:]
    var pandas: String
    var warnings: [String]
  }

  static let cases: [Case] = [
    Case(
      description: "short rows",
      text:
        "id,name,born,died,note\n1,Buzz,1993-08-16,1996-06-17,x\n2,Rex,1998-01-02\n3,Hamm\n4,Slink,2001-03-04,2003-05-06,y\n",
      pandas: "{}",
      warnings: ["2 rows had fewer fields than the header; filled with empty values (first: line 3)"]),
    Case(
      description: "comment lines between rows, proposed",
      text: "x,y,label\n1.5,2,a\n## +ve denormals ##\n2.5,3,b\n# another note\n3.5,4,c\n4.5,5,d\n",
      pandas: "{\"comment\": \"#\"}",
      warnings: [
        "lines starting with '#' break the rows: read as comments and skipped (--comment none reads them)",
        "skipped 2 comment lines starting with '#' (first: line 3)",
      ]),
    Case(
      description: "comment lines, given",
      text: "x,y\n1,2\n// a note, with a comma\n3,4\n", options: ["comment": "//"],
      pandas: "{\"comment\": \"/\"}",
      warnings: ["skipped 1 comment line starting with '//' (first: line 3)"]),
    Case(
      description: "a preamble above headerless numbers",
      text:
        "178,13,class_0,class_1,class_2\n14.23,1.71,2.43,15.6,127,2.8,3.06,.28,2.29,5.64,1.04,3.92,1065,0\n13.2,1.78,2.14,11.2,100,2.65,2.76,.26,1.28,4.38,1.05,3.4,1050,0\n13.16,2.36,2.67,18.6,101,2.8,3.24,.3,2.81,5.68,1.03,3.17,1185,1\n",
      pandas: "{\"skiprows\": 1, \"header\": null}",
      warnings: [
        "line 1 (\"178,13,class_0,class_1,class_2\") did not fit the rows below and was skipped as a preamble (--skip 0 reads them)"
      ]),
    Case(
      description: "a title and a blank line above the header",
      text: "Station report\n\ncity,temp,rain\nOslo,3.5,12\nRome,15.0,4\nLima,19.5,0\n",
      pandas: "{\"skiprows\": 2}",
      warnings: [
        "line 1 (\"Station report\") did not fit the rows below and was skipped as a preamble (--skip 0 reads them)"
      ]),
    Case(
      description: "skip given",
      text: "exported 2024-01-01\nrows: 2\na,b\n1,2\n3,4\n", options: ["skip": "2"],
      pandas: "{\"skiprows\": 2}", warnings: []),
    Case(
      description: "NA spellings",
      text: "x,label\n1.5,a\nNA,b\n2.5,N/A\n-,null\nNaN,-\n3.5,None\n",
      pandas: "{\"na_values\": [\"-\"]}", warnings: []),
    Case(
      description: "null texts given",
      text: "x,label\n1.5,NA\n?,b\n2.5,?\n", options: ["null": "?"],
      pandas: "{\"na_values\": [\"?\"], \"keep_default_na\": false}", warnings: []),
    Case(
      description: "null texts given that are long or look like numbers",
      text: "n,label,x\n1,missing,2.5\n-999,b,missing\n3,missing,0.5\n4,a longer label,-999\n",
      options: ["null": "missing,-999"],
      pandas: "{\"na_values\": [\"missing\", \"-999\"], \"keep_default_na\": false}", warnings: []),
    Case(
      description: "decimal commas and dots between thousands",
      text: "name;price;qty\nA;1.234,5;3\nB;-0,25;1.000\nC;12;7\nD;1.000.000,125;\n",
      pandas: "{\"sep\": \";\", \"decimal\": \",\", \"thousands\": \".\"}",
      warnings: [
        "numbers are written with a decimal comma (1.234,5) and read so (--decimal . reads them as text)"
      ]),
    Case(
      description: "single quotes and backslash escapes",
      text: "id,name,note\n1,'Smith, J.','said \\'hi\\''\n2,'Lee','plain'\n3,'O''Hara','a\\\\b'\n",
      options: ["quote": "'", "escape": "\\"],
      pandas: "{\"quotechar\": \"'\", \"escapechar\": \"\\\\\"}", warnings: []),
    Case(
      description: "backslash escapes in double quotes",
      text: "id,text\n1,\"a \\\"quoted\\\" word\"\n2,\"back\\\\slash\"\n", options: ["escape": "\\"],
      pandas: "{\"escapechar\": \"\\\\\"}", warnings: []),
    Case(
      description: "header row given",
      text: "units,m,s\na,b,c\n1,2,3\n4,5,6\n", options: ["header-row": "2"],
      pandas: "{\"header\": 1}", warnings: []),
  ]

  @Test(arguments: cases)
  func opensAsPandasReadsIt(_ testCase: Case) throws {
    let path = NSTemporaryDirectory() + "assay-repair-\(getpid())-\(UUID().uuidString).csv"
    try testCase.text.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let reference = try Self.pandasCells(path: path, options: testCase.pandas)
    let options = SourceOptions(named: testCase.options)
    for chunkSize in [1, 5, 1 << 20] {
      for parallel in [true, false] {
        let (table, warnings) = try Self.read(
          testCase.text, options: options, chunkSize: chunkSize, parallel: parallel)
        let shape = "chunk size \(chunkSize), parallel \(parallel)"
        if let columns = reference.columns { #expect(table.columnNames == columns, "\(shape)") }
        #expect(
          Self.differences(table, reference.rows).isEmpty,
          "\(shape): \(Self.differences(table, reference.rows))")
        #expect(warnings == testCase.warnings, "\(shape)")
      }
    }
    let streamed = try TableText.readStreamed(testCase.text, options: options, chunkSize: 4)
    #expect(Self.differences(streamed, reference.rows).isEmpty, "streamed")
  }

  @Test func longRowsKeepTheirExtraFieldsInAddedColumns() throws {
    let text = "a,b\n1,2\n3,4,five,6\n7,8\n9,10,\"x,y\"\n"
    for chunkSize in [1, 3, 1 << 20] {
      let (table, warnings) = try Self.read(
        text, options: SourceOptions(), chunkSize: chunkSize, parallel: true)
      #expect(table.columnNames == ["a", "b", "_extra1", "_extra2"])
      #expect(
        TableText.cells(table) == [
          [.int(1), .int(2), .null, .null], [.int(3), .int(4), .string("five"), .string("6")],
          [.int(7), .int(8), .null, .null], [.int(9), .int(10), .string("x,y"), .null],
        ])
      #expect(
        warnings == [
          "2 rows had more fields than the header; their extra fields are in _extra1, _extra2 (first: line 3)"
        ])
    }
  }

  @Test(arguments: [
    ("utf16le", "utf-16"), ("utf16be", "utf-16"), ("latin1", "latin-1"),
  ])
  func encodedFilesReadAsPandasReadsThem(encoding: String, pandasName: String) throws {
    let text = "name,city,n\nJosé,Zürich,1\nÅsa,Malmö,2\nAnn,Oslo,3\n"
    let bytes: [UInt8]
    switch encoding {
    case "utf16le": bytes = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    case "utf16be": bytes = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    default: bytes = text.unicodeScalars.map { UInt8($0.value) }
    }
    let path = NSTemporaryDirectory() + "assay-encoding-\(getpid())-\(encoding).csv"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let reference = try Self.pandasCells(path: path, options: "{\"encoding\": \"\(pandasName)\"}")
    // UTF-16 is found by its byte order mark; Latin-1 must be named.
    let named = encoding == "latin1" ? ["encoding": "latin1"] : [:]
    let warnings = LockedWarnings()
    let control = LoadControl(interval: .zero) { _, progress in
      if progress.finished { warnings.set(progress.warnings) }
    }
    let table = try CSVSource(locator: path, options: SourceOptions(named: named)).run(control: control)
    #expect(table.columnNames == reference.columns)
    #expect(Self.differences(table, reference.rows).isEmpty, "\(Self.differences(table, reference.rows))")
    let name = encoding == "utf16le" ? "UTF-16 (little-endian)" : "UTF-16 (big-endian)"
    #expect(warnings.value == (named.isEmpty ? ["read as \(name) and converted to UTF-8"] : []))
    if !named.isEmpty {
      let error = try #require(TableText.error(bytes, name: "l1.csv"))
      #expect(
        error.description
          == "l1.csv:2:1 (byte 15): invalid UTF-8 in a field — it looks like Latin-1: read it with --encoding latin1, or save the file as UTF-8"
      )
    }
  }

  @Test func strictRefusesEveryRepairedShape() throws {
    for testCase in Self.cases
    where testCase.options.isEmpty && testCase.description.contains(/row|comment|preamble|title/) {
      let error = TableText.error(Array(testCase.text.utf8), options: SourceOptions(named: ["strict": "yes"]))
      #expect(
        error?.message.hasPrefix("row has ") == true, "\(testCase.description): \(String(describing: error))")
    }
  }

  /// Reads `text` as a file is read, with the warnings its last update carries.
  static func read(_ text: String, options: SourceOptions, chunkSize: Int, parallel: Bool) throws -> (
    Table, [String]
  ) {
    let bytes = Array(text.utf8)
    let warnings = LockedWarnings()
    let control = LoadControl(interval: .zero) { _, progress in
      if progress.finished { warnings.set(progress.warnings) }
    }
    let table = try bytes.withUnsafeBufferPointer { buffer in
      try CSVReader.load(
        base: buffer.baseAddress.unsafelyUnwrapped, count: bytes.count, name: "test.csv", options: options,
        chunkSize: chunkSize, parallel: parallel, control: control, release: { _, _ in })
    }
    return (table, warnings.value)
  }

  /// The warnings of a load's last update, set from its thread.
  final class LockedWarnings: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    var value: [String] { lock.withLock { stored } }
    func set(_ warnings: [String]) { lock.withLock { stored = warnings } }
  }

  /// pandas' columns (nil without a header) and cells for the file at `path`.
  static func pandasCells(path: String, options: String) throws -> (columns: [String]?, rows: [[Any]]) {
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/Scripts/pandas_cells.py"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script, path, options]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    return (object["columns"] as? [String], try #require(object["rows"] as? [[Any]]))
  }

  /// Where the table's cells differ from pandas' (numbers compared as numbers, NaN as null).
  static func differences(_ table: Table, _ rows: [[Any]]) -> [String] {
    var found: [String] = []
    if table.rowCount != rows.count { return ["\(table.rowCount) rows, pandas has \(rows.count)"] }
    for (row, cells) in rows.enumerated() {
      for (column, cell) in cells.enumerated() {
        let ours = table.columns[column][row]
        let same: Bool
        switch (ours, cell) {
        case (.null, is NSNull): same = true
        case (_, let number as NSNumber) where !(cell is String):
          same = ours.doubleValue == number.doubleValue
        case (_, let text as String): same = ours.description == text || ours.doubleValue == Double(text)
        default: same = false
        }
        if !same { found.append("row \(row) column \(column): \(ours) vs \(cell)") }
      }
    }
    return found
  }
}
