import AssayCore
import AssayOffice
import Foundation
import ZIPFoundation

/// Reads the input as an .xlsx workbook and every sheet of it, with small bounds (1 MiB a part,
/// 65,536 cells a sheet): an input that is a zip (`PK…`) as the whole workbook, so the archive's
/// directory and headers are what varies; any other input as the XML of the one sheet of a small
/// workbook with shared strings and date, time and elapsed-time styles, so the cells are. The
/// workbook is written to a file, as Assay reads workbooks. An `AssayError` is an answer; a crash,
/// a trap or a hang is a failure.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzXLSX(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let input = Data(UnsafeBufferPointer(start: data, count: size))
  // The file goes with its input: a run ends without cleaning up, and would leave the last one.
  defer { try? FileManager.default.removeItem(atPath: SheetWorkbook.file) }
  guard let bytes = input.starts(with: [0x50, 0x4B]) ? input : SheetWorkbook.around(input),
    FileManager.default.createFile(atPath: SheetWorkbook.file, contents: bytes),
    let workbook = try? Workbook(
      path: SheetWorkbook.file, name: "fuzz", limits: Workbook.Limits(partBytes: 1 << 20, cells: 1 << 16))
  else { return 0 }
  _ = try? WorkbookSource(workbook: workbook).entries(ListScope(hidden: true))
  for name in workbook.sheetNames {
    if let table = try? workbook.sheet(named: name).read() {
      for column in table.columns { _ = (0..<table.rowCount).map { column[$0].description } }
    }
  }
  return 0
}

/// A workbook of one sheet whose XML is given, written as a zip in memory.
enum SheetWorkbook {
  /// The file each input's workbook is written to (in memory where the system has /dev/shm).
  static let file =
    (FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm/" : NSTemporaryDirectory())
    + "assay-fuzz-xlsx-\(getpid()).xlsx"

  /// The parts besides the sheet: the workbook, its relationships, shared strings (one of them rich
  /// text) and styles whose formats are a date, a date-time, a time, an elapsed time and a custom date.
  static let parts: [(String, String)] = [
    (
      "xl/workbook.xml",
      #"<workbook xmlns:r="r"><workbookPr date1904="0"/><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#
    ),
    (
      "xl/_rels/workbook.xml.rels",
      #"<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="x/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="x/styles" Target="/xl/styles.xml"/></Relationships>"#
    ),
    (
      "xl/sharedStrings.xml",
      #"<sst><si><t>name</t></si><si><r><t>ri</t></r><r><t>ch</t></r><rPh><t>x</t></rPh></si><si><t xml:space="preserve"> a_x000D_b </t></si></sst>"#
    ),
    (
      "xl/styles.xml",
      #"<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="22"/><xf numFmtId="21"/><xf numFmtId="46"/><xf numFmtId="164"/></cellXfs></styleSheet>"#
    ),
  ]

  /// The workbook's zip with `sheet` as its sheet's XML; nil when ZIPFoundation cannot write it.
  static func around(_ sheet: Data) -> Data? {
    guard let archive = try? Archive(data: Data(), accessMode: .create) else { return nil }
    for (path, contents) in parts.map({ ($0.0, Data($0.1.utf8)) }) + [("xl/worksheets/sheet1.xml", sheet)] {
      let added: ()? = try? archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(contents.count)
      ) { position, count in contents.subdata(in: Int(position)..<Int(position) + count) }
      guard added != nil else { return nil }
    }
    return archive.data
  }
}
