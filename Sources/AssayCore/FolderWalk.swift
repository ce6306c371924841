import Foundation

/// Walks a local folder with `opendir`/`readdir` and `fstatat`, each folder's entries in name
/// order, its subfolders' entries after it (depth first), handing them out in pages (`run`) or only
/// counting them (`totals`). A recursive walk lists folders on helper threads (one per core, three
/// at most) ahead of the walking thread, which takes their listings in that order. Each entry
/// is stat'ed without following links; a regular file's first bytes are read (opened
/// non-blocking) to tell its kind when its name does not tell it, or always with `sniffAll`;
/// FIFOs, devices and sockets are never opened; links are reported with their target's kind and
/// never descended into.
struct FolderWalk {
  /// A folder to list: its path, and what its entries' names start with in the listing.
  struct Folder: Sendable {
    /// The path to open.
    let path: String
    /// The folder's name in the listing followed by `/`; empty for the root.
    let prefix: String
    /// The folder, opened relative to its parent when its parent was listed (held for the walk
    /// by `FolderDescriptors`); nil when it is to be opened by its path.
    var descriptor: Int32? = nil
  }

  /// The folder, as given.
  let root: String
  /// What to list.
  let scope: ListScope
  /// Entries per page at most.
  var pageSize = 2048
  /// The longest a page waits to fill once it holds an entry.
  var pageInterval = Duration.milliseconds(50)
  /// Threads that list folders beside the walking one: one per core, three at most, none on one
  /// core. The walking thread mostly waits for their listings and hands them on, so one per core
  /// keeps every core listing (on two cores, 10,000 files: 20.6–22.2 ms against 21.8–24.7 with
  /// one helper). (The cores online, not `activeProcessorCount`, which reads the cgroup's files at
  /// every start.)
  static let helperCount: Int = {
    let cores = sysconf(Int32(_SC_NPROCESSORS_ONLN))
    return cores > 1 ? min(3, cores) : 0
  }()

  /// Walks depth first, handing entries to `page` when `pageSize` have gathered or `pageInterval`
  /// has passed (and the rest at the end); stops early when `monitor` is stopped. A folder below
  /// the root that cannot be read is listed as unreadable and not entered.
  func run(monitor: WorkMonitor, page: ([CollectionEntry]) -> Void) throws {
    var entries: [CollectionEntry] = []
    var lastPage = ContinuousClock.now
    func flush() throws {
      guard !entries.isEmpty else { return }
      page(entries)
      guard monitor.advance(rows: entries.count) else { throw CancellationError() }
      entries.removeAll(keepingCapacity: true)
      lastPage = .now
    }
    try eachListing(monitor: monitor, totalsOnly: false) { listed in
      // The folder's entries become the page when it is empty, without copying them one by one.
      if entries.isEmpty && listed.entries.count < pageSize { swap(&entries, &listed.entries) }
      var start = 0
      while start < listed.entries.count {
        let end = min(listed.entries.count, start + pageSize - entries.count)
        entries += listed.entries[start..<end]
        start = end
        if entries.count >= pageSize { try flush() }
      }
      if ContinuousClock.now - lastPage >= pageInterval { try flush() }
    }
    try flush()
  }

  /// The totals of the entries a walk would list, each folder's counted on the thread that listed
  /// it; no entry is kept and no path is made. Stops early when `monitor` is stopped.
  func totals(monitor: WorkMonitor) throws -> CollectionSummary {
    var totals = CollectionSummary()
    try eachListing(monitor: monitor, totalsOnly: true) { listed in
      totals.add(listed.totals)
      guard monitor.advance(rows: listed.counted) else { throw CancellationError() }
    }
    return totals
  }

  /// Lists the folders depth first (with helper threads listing ahead in a recursive walk), each
  /// counted rather than kept with `totalsOnly`, and hands each listing to `visit` in that order;
  /// throws when the root cannot be listed or `monitor` is stopped.
  private func eachListing(
    monitor: WorkMonitor, totalsOnly: Bool, _ visit: (inout ListedFolder) throws -> Void
  ) throws {
    let (scope, descriptors) = (scope, FolderDescriptors())
    let folders = FolderQueue(root: Folder(path: root, prefix: ""), descriptors: descriptors) {
      Self.list($0, scope: scope, totalsOnly: totalsOnly, descriptors: descriptors)
    }
    if scope.recursive { folders.startHelpers(Self.helperCount) }
    defer { folders.close() }
    var order = [FolderQueue.rootNumber]
    while let number = order.popLast() {
      try monitor.checkStopped()
      var listed = folders.listing(of: number)
      if let failure = listed.failure, number == FolderQueue.rootNumber {
        throw Self.unlistable(root, code: failure)
      }
      try visit(&listed)
      order += listed.subfolderNumbers.reversed()
    }
  }

  /// The error for a root folder that cannot be listed, for the error `code` (`errno` by default).
  static func unlistable(_ path: String, code: Int32 = errno) -> AssayError {
    AssayError(
      message: "\(path): cannot list the folder (\(String(cString: strerror(code))))",
      hint: "check that it exists and is readable")
  }
}
