/// The relationships part beside a workbook part (`_rels/NAME.rels`): what each relationship id
/// leads to, and of which type.
struct Relationships {
  /// One relationship: its type URI and the part it leads to.
  struct Link {
    /// The type URI, such as `…/relationships/worksheet`.
    let type: String
    /// The target part's path in the archive.
    let part: String
  }

  /// The links by id (`rId1`).
  let links: [String: Link]

  /// The relationships of the part at `source` in `archive`; none when the archive has no
  /// relationships part for it.
  init(of source: String, in archive: WorkbookArchive) throws {
    let path = PartPath.relationships(of: source)
    guard archive.contains(path) else {
      links = [:]
      return
    }
    let cursor = try XMLCursor(try archive.read(path), part: "\(archive.name): \(path)")
    var links: [String: Link] = [:]
    while let node = try cursor.next() {
      guard case .start = node, cursor.isNamed("Relationship") else { continue }
      var (id, type, target, external) = ("", "", "", false)
      cursor.forEachAttribute { name, value in
        if cStringIs(name, "Id") { id = String(cString: value) }
        if cStringIs(name, "Type") { type = String(cString: value) }
        if cStringIs(name, "Target") { target = String(cString: value) }
        if cStringIs(name, "TargetMode") { external = cStringIs(value, "External") }
      }
      guard !external, links[id] == nil else { continue }
      links[id] = Link(type: type, part: PartPath.resolve(target, from: source))
    }
    self.links = links
  }

  /// The first link whose type ends with `/suffix` (`officeDocument`, `sharedStrings`, `styles`).
  func first(ofType suffix: String) -> Link? {
    links.keys.sorted().lazy.compactMap { links[$0] }.first { $0.type.hasSuffix("/" + suffix) }
  }
}
