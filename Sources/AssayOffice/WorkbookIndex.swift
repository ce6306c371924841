import AssayCore

/// What a workbook's own part (`xl/workbook.xml`, found through `_rels/.rels`) says: its worksheets
/// in order and where each one's cells are, its date system, and the parts all sheets share.
struct WorkbookIndex: Sendable {
  /// One worksheet.
  struct Sheet: Sendable, Equatable {
    /// The name on its tab.
    let name: String
    /// Its part in the archive (`xl/worksheets/sheet1.xml`), nil when no relationship leads to one.
    let part: String?
    /// True for a sheet hidden from the tabs.
    let hidden: Bool
  }

  /// The worksheets in tab order (chart and dialog sheets hold no cells and are left out).
  let sheets: [Sheet]
  /// True when serial day 0 is 1904-01-01 (`<workbookPr date1904="1"/>`), else 1899-12-30.
  let uses1904: Bool
  /// The shared-strings part, when the workbook has one.
  let sharedStrings: String?
  /// The styles part, when the workbook has one.
  let styles: String?

  /// The index of the workbook in `archive`; an `AssayError` when the archive holds no workbook.
  init(_ archive: WorkbookArchive) throws {
    let root = try Relationships(of: "", in: archive)
    let main = root.first(ofType: "officeDocument")?.part ?? "xl/workbook.xml"
    guard archive.contains(main) else {
      throw AssayError(message: "\(archive.name): a zip archive without \(main), so not an .xlsx workbook")
    }
    let links = try Relationships(of: main, in: archive)
    let cursor = try XMLCursor(try archive.read(main), part: "\(archive.name): \(main)")
    var (sheets, uses1904): ([Sheet], Bool) = ([], false)
    while let node = try cursor.next() {
      guard case .start = node else { continue }
      if cursor.isNamed("workbookPr") {
        cursor.forEachAttribute { name, value in
          if cStringIs(name, "date1904") { uses1904 = cStringIs(value, "1") || cStringIs(value, "true") }
        }
      } else if cursor.isNamed("sheet") {
        var (name, id, hidden) = ("", "", false)
        cursor.forEachAttribute { attribute, value in
          if cStringIs(attribute, "name") { name = String(cString: value) }
          if cStringIs(attribute, "id") { id = String(cString: value) }
          if cStringIs(attribute, "state") { hidden = !cStringIs(value, "visible") }
        }
        let link = links.links[id]
        guard link.map({ $0.type.hasSuffix("/worksheet") }) ?? true else { continue }
        sheets.append(Sheet(name: name, part: link?.part, hidden: hidden))
      }
    }
    self.sheets = sheets
    self.uses1904 = uses1904
    sharedStrings = links.first(ofType: "sharedStrings")?.part
    styles = links.first(ofType: "styles")?.part
  }

  /// The sheet named `name` (exactly, else ignoring case); an `AssayError` listing the sheets when
  /// there is none.
  func sheet(named name: String, in workbook: String) throws -> Sheet {
    if let sheet = sheets.first(where: { $0.name == name })
      ?? sheets.first(where: {
        $0.name.lowercased() == name.lowercased()
      })
    {
      return sheet
    }
    throw AssayError(
      message: "\(workbook): no sheet named '\(SafeText.visible(name))'",
      hint: sheets.isEmpty
        ? "the workbook has no worksheets"
        : "its sheets are: " + sheets.map { SafeText.visible($0.name) }.joined(separator: ", "))
  }
}
