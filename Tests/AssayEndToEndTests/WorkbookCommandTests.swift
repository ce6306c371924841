import Foundation
import Testing

/// The workbooks the .xlsx reader's tests write (`Tests/AssayOfficeTests/workbooks.py`, openpyxl),
/// made once per run in a folder of their own.
enum Workbooks {
  /// The folder holding them.
  static let folder: String = {
    let folder = NSTemporaryDirectory() + "assay-workbooks-\(getpid())"
    let script = AssayProcess.packageRoot + "/Tests/AssayOfficeTests/workbooks.py"
    _ = try? AssayProcess.run(["python3", script, "make", folder], executable: "/usr/bin/env")
    return folder
  }()
}

/// `assay` on .xlsx workbooks: `ls` lists the sheets, a sheet opens by name, damaged files are one line.
@Suite("xlsx workbooks with the assay binary") struct WorkbookCommandTests {
  /// `assay ARGUMENTS` run in the workbooks' folder.
  func assay(_ arguments: String...) throws -> AssayProcess.Result {
    try AssayProcess.run(arguments, directory: Workbooks.folder)
  }

  /// Each sheet's name and rows as openpyxl reads the workbook, in tab order, shaped by the
  /// reader's rules (`workbooks.py expect`: a first row of numbers alone is data).
  func openpyxlRows(_ name: String) throws -> [String] {
    let script = AssayProcess.packageRoot + "/Tests/AssayOfficeTests/workbooks.py"
    let printed = try AssayProcess.run(
      ["python3", script, "expect", Workbooks.folder + "/" + name], executable: "/usr/bin/env")
    let sheets = try #require(
      try JSONSerialization.jsonObject(with: Data(printed.stdout.utf8)) as? [[String: Any]])
    return sheets.map { "\($0["name"] ?? "") table \(($0["rows"] as? [Any])?.count ?? -1)" }
  }

  @Test func lsListsTheSheetsInTabOrderWithTheRowsALoadGives() throws {
    let listed = try assay("ls", "--all", "corpus.xlsx", "--format", "csv")
    #expect(listed.status == 0, "\(listed.stderr)")
    let rows = listed.stdout.split(separator: "\n").map { line -> String in
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      return fields.count > 4 ? [fields[0], fields[1], fields[4]].joined(separator: " ") : line.description
    }
    let expected = [
      "Sales table 6", "Merged table 2", "Empty table 0", "NoHeader table 2", "Offset table 2",
      "Hidden table 1",
      "Rich table 1",
    ]
    #expect(rows == ["name kind rows"] + expected)
    #expect(try openpyxlRows("corpus.xlsx") == expected)
    let visible = try assay("ls", "corpus.xlsx")
    #expect(!visible.stdout.contains("Hidden"), "\(visible.stdout)")
    #expect(
      visible.stdout.hasSuffix("\n6 sheets; 13 rows as the sheets record their extents\n"),
      "\(visible.stdout)")
    let headerless = try assay("schema", "corpus.xlsx?sheet=NoHeader")
    #expect(
      headerless.stdout.hasPrefix("corpus.xlsx?sheet=NoHeader: 2 rows, 3 columns\n"), "\(headerless.stdout)")
  }

  /// openpyxl's write-only workbooks record no extent: their rows are unknown until loaded, blank
  /// in the listing, and the summary says so rather than counting 0.
  @Test func lsLeavesTheRowsOfASheetWithoutAnExtentUnknown() throws {
    let listed = try assay("ls", "streamed.xlsx")
    #expect(listed.status == 0, "\(listed.stderr)")
    #expect(
      listed.stdout == """
        name     kind   size  modified  rows  link  note
        ───────  ─────  ────  ────────  ────  ────  ────
        Rows     table
        Numbers  table

        2 sheets; rows not known (a sheet that records no extent is counted only by loading it)

        """, "\(listed.stdout)")
    let json = try assay("ls", "streamed.xlsx", "--format", "json")
    #expect(
      json.stdout.contains("\"tables\": {\"count\": 2, \"rows\": null, \"bytes\": 0}"), "\(json.stdout)")
    let schema = try assay("schema", "streamed.xlsx?sheet=Rows")
    #expect(schema.stdout.hasPrefix("streamed.xlsx?sheet=Rows: 2,000 rows, 2 columns\n"), "\(schema.stdout)")
  }

  /// A serial past 9999-12-31 (2958465.9999 in a 1904 workbook: 10004-01-01) is no Excel date: the
  /// cell keeps its number, and the column, now of two kinds, is text.
  @Test func aDateSerialPastTheLastExcelDateKeepsItsNumber() throws {
    let output = NSTemporaryDirectory() + "assay-late-date-\(UUID().uuidString).csv"
    defer { try? FileManager.default.removeItem(atPath: output) }
    let exported = try assay("--batch", "late-date.xlsx", "-o", output)
    #expect(exported.status == 0, "\(exported.stderr)")
    let written = try String(contentsOfFile: output, encoding: .utf8)
    #expect(written == "moment\n2001-09-09 01:46:40\n2958465.9999\n", "\(written)")
  }

  @Test func describeOpensTheSheetTheLocatorOrOptionNames() throws {
    for arguments in [
      ["describe", "corpus.xlsx?sheet=Sales"], ["describe", "corpus.xlsx", "-O", "sheet=Sales"],
    ] {
      let described = try AssayProcess.run(arguments, directory: Workbooks.folder)
      #expect(described.status == 0, "\(described.stderr)")
      let lines = described.stdout.split(separator: "\n")
      for (column, type) in [
        ("id", "int"), ("price", "double"), ("when", "date"), ("at", "timestamp"), ("time", "duration"),
        ("flag", "bool"),
      ] {
        #expect(
          lines.contains { $0.hasPrefix(column + " ") && $0.contains(" " + type + " ") },
          "\(column): \(described.stdout)")
      }
    }
  }

  @Test func aHeadlessCommandReadsTheOnlySheetAndRefusesToGuessAmongSeveral() throws {
    let single = try assay("describe", "single.xlsx")
    #expect(single.status == 0)
    #expect(single.stdout.contains("score"))
    let several = try assay("describe", "corpus.xlsx")
    #expect(several.status == 1)
    #expect(
      several.stderr
        == "assay: corpus.xlsx: a workbook of 6 sheets (Sales, Merged, Empty, NoHeader, Offset, Rich), not one table — name one with -O sheet=Sales, or list them with assay ls corpus.xlsx\n"
    )
    let unknown = try assay("describe", "corpus.xlsx?sheet=Nope")
    #expect(
      unknown.stderr.hasPrefix("assay: corpus.xlsx: no sheet named 'Nope' — its sheets are: Sales, Merged"))
  }

  @Test(arguments: [
    ["ls", "text.xlsx"], ["ls", "other-zip.xlsx"], ["ls", "truncated.xlsx"],
    ["describe", "missing-sheet.xlsx?sheet=Merged"], ["describe", "malformed.xlsx?sheet=Sales"],
    ["describe", "laughs.xlsx?sheet=Sales"], ["ls", "nowhere.xlsx"],
  ])
  func aDamagedWorkbookIsOneLineNamingIt(arguments: [String]) throws {
    let result = try AssayProcess.run(arguments, directory: Workbooks.folder)
    let file = String(arguments[1].prefix { $0 != "?" })
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("assay: \(file): "), "\(result.stderr)")
    #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
  }
}
