/// The number format of each cell style (`<cellXfs>` of `xl/styles.xml`) as far as dates go: which
/// styles make a cell's number a date, a time or an elapsed time. A cell names its style by
/// position (`s="3"`).
struct CellStyles: Sendable {
  /// Per style, its time format; nil for a style that shows plain numbers.
  let timeFormats: [TimeFormat?]

  /// No styles: every number is a number.
  init() { timeFormats = [] }

  /// The styles of the part at `path` in `archive`.
  init(_ path: String, in archive: WorkbookArchive) throws {
    let cursor = try XMLCursor(try archive.read(path), part: "\(archive.name): \(path)")
    var codes: [Int: String] = [:]
    var formatIDs: [Int] = []
    var (inFormats, inCellFormats) = (false, false)
    while let node = try cursor.next() {
      switch node {
      case .start(let empty):
        if cursor.isNamed("numFmts") {
          inFormats = !empty
        } else if inFormats, cursor.isNamed("numFmt") {
          var (id, code): (Int?, String) = (nil, "")
          cursor.forEachAttribute { name, value in
            if cStringIs(name, "numFmtId") { id = Int(String(cString: value)) }
            if cStringIs(name, "formatCode") { code = String(cString: value) }
          }
          if let id { codes[id] = code }
        } else if cursor.isNamed("cellXfs") {
          inCellFormats = !empty
        } else if inCellFormats, cursor.isNamed("xf") {
          var id = 0
          cursor.forEachAttribute { name, value in
            if cStringIs(name, "numFmtId") { id = Int(String(cString: value)) ?? 0 }
          }
          formatIDs.append(id)
        }
      case .end:
        if cursor.isNamed("numFmts") { inFormats = false }
        if cursor.isNamed("cellXfs") { inCellFormats = false }
      case .text: continue
      }
    }
    timeFormats = formatIDs.map { id in codes[id].map { TimeFormat.of(code: $0) } ?? TimeFormat.builtIn(id) }
  }

  /// The time format of style `index`; nil for plain numbers and for styles the part lacks.
  func timeFormat(ofStyle index: Int) -> TimeFormat? {
    timeFormats.indices.contains(index) ? timeFormats[index] : nil
  }
}
