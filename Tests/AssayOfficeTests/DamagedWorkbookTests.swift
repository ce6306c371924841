import AssayCore
import Foundation
import Testing

@testable import AssayOffice

/// Files named .xlsx that are not whole workbooks give one line naming the file and what is wrong.
@Suite("damaged workbooks") struct DamagedWorkbookTests {
  /// The error reading every sheet of the workbook `file` gives (opening it first), as one line.
  static func failure(_ file: String, limits: Workbook.Limits = Workbook.Limits()) -> String {
    do {
      let workbook = try Workbook(path: WorkbookFixtures.path(file), name: file, limits: limits)
      for name in workbook.sheetNames { _ = try workbook.sheet(named: name).read() }
      return "no error"
    } catch {
      return "\(error)"
    }
  }

  @Test(arguments: [
    ("text.xlsx", "text.xlsx: not a zip archive, so not an .xlsx workbook"),
    ("other-zip.xlsx", "other-zip.xlsx: a zip archive without xl/workbook.xml, so not an .xlsx workbook"),
    (
      "truncated.xlsx",
      "truncated.xlsx: truncated: the zip archive has no end record — copy or download it again"
    ),
    (
      "missing-sheet.xlsx",
      "missing-sheet.xlsx: the part xl/worksheets/sheet2.xml is missing from the archive"
    ),
    (
      "unended.xlsx",
      "unended.xlsx: the part xl/worksheets/sheet1.xml is damaged (its compressed data ends early)"
    ),
    ("laughs.xlsx", "laughs.xlsx: xl/worksheets/sheet1.xml: has a DTD, which no workbook part has; not read"),
  ])
  func aDamagedFileIsOneLineNamingIt(file: String, message: String) {
    #expect(Self.failure(file) == message)
  }

  @Test func aSheetWhoseDeflatedDataRunsOnIsListedWithoutItsRows() throws {
    let workbook = try Workbook(path: WorkbookFixtures.path("unended.xlsx"), name: "unended.xlsx")
    let entries = try WorkbookSource(workbook: workbook).entries(ListScope(hidden: true))
    #expect(entries.map(\.name) == workbook.sheetNames)
    #expect(entries.first?.rows == nil)
    #expect(entries.dropFirst().allSatisfy { $0.rows != nil })
  }

  @Test func malformedXMLNamesThePartAndLine() {
    let message = Self.failure("malformed.xlsx")
    #expect(
      message.hasPrefix("malformed.xlsx: xl/worksheets/sheet1.xml: malformed XML at line 1: "), "\(message)")
    #expect(!message.contains("\n"))
  }

  @Test(arguments: ["bomb.xlsx", "lying-bomb.xlsx"])
  func aPartInflatingPastTheBoundIsRefused(file: String) {
    let limits = Workbook.Limits(partBytes: 1 << 20, cells: 1 << 20)
    #expect(
      Self.failure(file, limits: limits)
        == "\(file): the part xl/worksheets/sheet1.xml inflates to over 1 MiB; not read — a part that large is more likely a zip bomb than a sheet"
    )
  }

  @Test func valuesFarApartAreRefusedRatherThanFillingMemory() throws {
    let cells = try sheet(
      #"<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>"#
    )
    #expect(throws: AssayError.self) { try SheetTable(name: "far").table(cells) }
  }

  @Test func aCellReferenceOutsideASheetIsAnError() {
    #expect(throws: AssayError.self) { try sheet(#"<row><c r="XFE1"><v>1</v></c></row>"#) }
    #expect(throws: AssayError.self) { try sheet(#"<row r="0"><c><v>1</v></c></row>"#) }
    #expect(throws: AssayError.self) { try sheet(#"<row><c t="s"><v>3</v></c></row>"#) }
    #expect(throws: AssayError.self) { try sheet(#"<row><c><v>twelve</v></c></row>"#) }
  }
}

/// The cells of a sheet whose `<sheetData>` holds `rows`, followed by `after` (`<mergeCells>`).
func sheet(_ rows: String, after: String = "") throws -> SheetCells {
  let xml =
    #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
    + rows + "</sheetData>" + after + "</worksheet>"
  return try SheetReader(context: SheetContext()).read(XMLCursor(Array(xml.utf8), part: "sheet")) { _, _ in }
}
