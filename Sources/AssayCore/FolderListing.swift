import Foundation

/// One folder's entries in name order, and the subfolders a recursive walk enters after it.
struct ListedFolder: Sendable {
  /// The entries, in name order.
  var entries: [CollectionEntry] = []
  /// The subfolders to walk (recursive walks only), in name order.
  var subfolders: [FolderWalk.Folder] = []
  /// Their numbers in the walk's `FolderQueue`, once it has numbered them.
  var subfolderNumbers: [Int] = []
  /// The `errno` of a folder that could not be opened.
  var failure: Int32?
}

extension FolderWalk {
  /// Lists `folder` as `scope` asks: reads its names (`.`, `..` and hidden ones skipped by their
  /// bytes, before any string is made), sorts them in byte order (as `ls` with LC_ALL=C, as people
  /// read a listing) and stats each entry. Without `namesPaths`, entries keep their bare name as name and locator (folders the walk
  /// enters excepted): two strings an entry fewer, for totals.
  static func list(_ folder: Folder, scope: ListScope, namesPaths: Bool) -> ListedFolder {
    guard let handle = opendir(folder.path) else { return ListedFolder(failure: errno) }
    defer { closedir(handle) }
    let descriptor = dirfd(handle)
    let base = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
    var names: [String] = []
    while let dirent = readdir(handle) {
      let name = withUnsafePointer(to: &dirent.pointee.d_name) { field in
        field.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: field.pointee)) {
          bytes in
          bytes[0] == 0x2E && (!scope.hidden || bytes[1] == 0 || (bytes[1] == 0x2E && bytes[2] == 0))
            ? nil : String(cString: bytes)
        }
      }
      if let name { names.append(name) }
    }
    names.sort { $0.precedesInByteOrder($1) }
    var listed = ListedFolder()
    listed.entries.reserveCapacity(names.count)
    for name in names {
      var entry = entry(named: name, in: descriptor, sniffAll: scope.sniffAll)
      let entered = scope.recursive && entry.kind == .folder && entry.linkTarget == nil
      if namesPaths || entered {
        entry.name = folder.prefix.joined(with: name)
        entry.locator = base.joined(with: name)
      }
      if entered { listed.subfolders.append(Folder(path: entry.locator, prefix: entry.name + "/")) }
      listed.entries.append(entry)
    }
    return listed
  }
}
