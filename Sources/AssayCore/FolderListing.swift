import Foundation

/// One folder's entries in name order, and the subfolders a recursive walk enters after it.
struct ListedFolder: Sendable {
  /// The entries, in name order (none in a walk for totals only).
  var entries: [CollectionEntry] = []
  /// The entries counted, in a walk for totals only.
  var totals = CollectionSummary()
  /// How many entries `totals` counted.
  var counted = 0
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
  /// read a listing) and stats each entry. A recursive walk opens each subfolder it will enter
  /// relative to this one through `descriptors`, which tells whether it can be read. With
  /// `totalsOnly`, entries are counted and not kept, names stay in the order the folder gives them,
  /// and a folder the file system reports as one is not stat'ed.
  static func list(
    _ folder: Folder, scope: ListScope, totalsOnly: Bool, descriptors: FolderDescriptors
  ) -> ListedFolder {
    guard let handle = openFolder(folder, descriptors: descriptors) else {
      return ListedFolder(failure: errno)
    }
    defer { closedir(handle) }
    let descriptor = dirfd(handle)
    let base = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
    var names: [(name: String, isFolder: Bool)] = []
    while let dirent = readdir(handle) {
      let name = withUnsafePointer(to: &dirent.pointee.d_name) { field in
        field.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: field.pointee)) {
          bytes in
          bytes[0] == 0x2E && (!scope.hidden || bytes[1] == 0 || (bytes[1] == 0x2E && bytes[2] == 0))
            ? nil : String(cString: bytes)
        }
      }
      if let name { names.append((name, dirent.pointee.d_type == UInt8(DT_DIR))) }
    }
    if !totalsOnly { names.sort { $0.name.precedesInByteOrder($1.name) } }  // totals need no order
    var listed = ListedFolder()
    if !totalsOnly { listed.entries.reserveCapacity(names.count) }
    for (name, isFolder) in names {
      var entry =
        isFolder && totalsOnly
        ? CollectionEntry(name: name, locator: name, kind: .folder)
        : entry(named: name, in: descriptor, sniffAll: scope.sniffAll)
      var opened: Int32?
      if entry.kind == .folder {
        if scope.recursive && entry.linkTarget == nil {
          opened = enter(name, in: descriptor, descriptors: descriptors, note: &entry.note)
        } else {
          entry.note = accessProblem(of: name, in: descriptor)
        }
        if entry.note != nil { entry.kind = .unreadable }
      }
      let entered = scope.recursive && entry.kind == .folder && entry.linkTarget == nil
      if !totalsOnly || entered {
        entry.name = folder.prefix.joined(with: name)
        entry.locator = base.joined(with: name)
      }
      if entered {
        listed.subfolders.append(Folder(path: entry.locator, prefix: entry.name + "/", descriptor: opened))
      }
      if totalsOnly {
        listed.totals.add(entry)
        listed.counted += 1
      } else {
        listed.entries.append(entry)
      }
    }
    return listed
  }

  /// The folder's stream: through the descriptor its parent's listing opened, or by its path.
  private static func openFolder(_ folder: Folder, descriptors: FolderDescriptors) -> OpaquePointer? {
    guard let descriptor = folder.descriptor else { return opendir(folder.path) }
    guard let handle = fdopendir(descriptor) else {
      let failure = errno
      descriptors.release(descriptor, closing: true)
      errno = failure
      return nil
    }
    descriptors.release(descriptor, closing: false)
    return handle
  }

  /// Opens the subfolder `name` for the walk to enter: its descriptor, or nil when it is to be
  /// opened by its path later; `note` says why when it cannot be read.
  private static func enter(
    _ name: String, in descriptor: Int32, descriptors: FolderDescriptors, note: inout String?
  ) -> Int32? {
    switch descriptors.open(name, in: descriptor) {
    case .opened(let subfolder): return subfolder
    case .refused(let failure): note = "folder: \(String(cString: strerror(failure)))"
    case .deferred: note = accessProblem(of: name, in: descriptor)
    }
    return nil
  }

  /// Why the folder `name` cannot be listed, or nil when it can.
  static func accessProblem(of name: String, in descriptor: Int32) -> String? {
    faccessat(descriptor, name, R_OK | X_OK, 0) == 0 ? nil : "folder: \(String(cString: strerror(errno)))"
  }
}
