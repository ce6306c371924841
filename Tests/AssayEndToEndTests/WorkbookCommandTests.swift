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

  @Test func lsListsTheSheetsWithTheirRows() throws {
    let listed = try assay("ls", "corpus.xlsx", "--format", "csv")
    #expect(listed.status == 0, "\(listed.stderr)")
    let rows = listed.stdout.split(separator: "\n").map { line -> String in
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      return fields.count > 4 ? [fields[0], fields[1], fields[4]].joined(separator: " ") : line.description
    }
    let expected = [
      "name kind rows", "Empty table 0", "Merged table 2", "NoHeader table 1", "Offset table 2",
      "Rich table 1",
      "Sales table 6",
    ]
    #expect(rows == expected)
    let all = try assay("ls", "--all", "corpus.xlsx")
    #expect(all.stdout.contains("Hidden"), "\(all.stdout)")
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
