/// The extent a worksheet records of itself (`<dimension ref="A1:F120"/>`, near the start of its
/// part), read without reading its cells: what a listing shows as the sheet's rows.
enum SheetExtent {
  /// Bytes of the part read to find its extent; it comes before the sheet's views and data.
  static let searched = 16 << 10

  /// The data rows of the sheet at `part` (its extent's rows less the header row); nil when the
  /// part records no extent where it should, or cannot be read.
  static func rows(of part: String, in archive: WorkbookArchive) -> Int? {
    guard let head = try? archive.readPrefix(part, count: searched),
      let cursor = try? XMLCursor(head, part: part)
    else { return nil }
    while let node = try? cursor.next() {
      guard case .start = node else { continue }
      if cursor.isNamed("sheetData") { return nil }
      guard cursor.isNamed("dimension") else { continue }
      var rows: Int?
      cursor.forEachAttribute { name, value in
        guard cStringIs(name, "ref") else { return }
        let ends = String(cString: value).split(separator: ":").compactMap { CellReference($0.utf8) }
        if let first = ends.first, let last = ends.last { rows = max(0, last.row - first.row) }
      }
      return rows
    }
    return nil
  }
}
