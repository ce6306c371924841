/// The rows a worksheet's table has, from the extent it records of itself (`<dimension
/// ref="A1:F120"/>`, near the start of its part) and its first row with values, read without
/// reading the rest of its cells: what a listing shows as the sheet's rows, the count a load gives.
enum SheetExtent {
  /// Bytes of the part read to find its extent and its first row with values; both come before the
  /// rest of its data.
  static let searched = 64 << 10

  /// The data rows of the sheet at `part`: from its first row with values to its extent's last row,
  /// less that first row when it names the columns (`SheetTable`'s rule: any of its cells is text);
  /// nil when the part records no extent where it should, its first row with values does not end
  /// within the bytes searched, or it cannot be read.
  static func rows(of part: String, in archive: WorkbookArchive) -> Int? {
    guard let head = try? archive.readPrefix(part, count: searched),
      let cursor = try? XMLCursor(head, part: part)
    else { return nil }
    var lastRow: Int?
    while let node = try? cursor.next() {
      guard case .start = node else { continue }
      if cursor.isNamed("sheetData") { break }
      guard cursor.isNamed("dimension") else { continue }
      cursor.forEachAttribute { name, value in
        guard cStringIs(name, "ref") else { return }
        lastRow = String(cString: value).split(separator: ":").compactMap { CellReference($0.utf8) }.last?.row
      }
    }
    guard let lastRow else { return nil }
    switch SheetTopRow.find(cursor) {
    case .empty: return 0
    case .row(let top, let namesColumns): return max(0, lastRow - top + 1 - (namesColumns ? 1 : 0))
    case nil: return nil
    }
  }
}
