/// Paths of parts inside a workbook's archive, as relationships name them.
enum PartPath {
  /// The part a relationship's `target` names, read from the part at `source`: an absolute target
  /// (`/xl/styles.xml`) from the archive's root, a relative one (`worksheets/sheet1.xml`,
  /// `../media/x.png`) from the source's folder.
  static func resolve(_ target: String, from source: String) -> String {
    var parts: [Substring] = []
    if !target.hasPrefix("/") { parts = source.split(separator: "/").dropLast() }
    for part in target.split(separator: "/") {
      switch part {
      case ".": continue
      case "..": _ = parts.popLast()
      default: parts.append(part)
      }
    }
    return parts.joined(separator: "/")
  }

  /// The relationships part of the part at `path`: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`.
  static func relationships(of path: String) -> String {
    var parts = path.split(separator: "/", omittingEmptySubsequences: false)
    let file = parts.popLast() ?? ""
    return (parts + ["_rels", file + ".rels"]).joined(separator: "/")
  }
}
