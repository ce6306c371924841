import AssayCore
import AssayStoreText
import Foundation

extension StoreCollection {
  /// Threads that list the first level's folders at once.
  static let folderListers = 4
  /// First-level folders listed side by side at most; past it (or when the first level takes more
  /// than one page) a recursive listing reads the prefix whole, so a level of many small folders
  /// costs no request per folder.
  static let mostFoldersSideBySide = 64

  /// A recursive listing whose first level is a page of a few folders: that page is read with the
  /// delimiter, then each folder whole on one of `folderListers` threads, and `yield` gets the
  /// pages in key order (the first level's objects between the folders, each folder's pages as
  /// they arrive), as one listing without the delimiter would give them. A store answers each page
  /// in a round trip; listing the folders side by side overlaps those. A first level without
  /// folders is the whole listing. False, having yielded nothing, when the first level is not one
  /// page of at most `mostFoldersSideBySide` folders.
  func listSideBySide(hidden: Bool, stopped: StopFlag, yield: ([CollectionEntry]) -> Void) throws -> Bool {
    let top = try store.list(bucket: bucket, prefix: prefix, delimiter: "/", token: nil)
    guard top.nextToken == nil, top.prefixes.count <= Self.mostFoldersSideBySide else {
      return false
    }
    let folders = top.prefixes
    let pages = FolderPages(count: folders.count)
    defer { pages.stop() }
    let (store, bucket) = (store, bucket)
    for _ in 0..<min(Self.folderListers, folders.count) {
      Thread.detachNewThread {
        while let index = pages.claim() {
          do {
            var token: String?
            repeat {
              let page = try store.list(bucket: bucket, prefix: folders[index], delimiter: nil, token: token)
              token = page.nextToken
              guard pages.deliver(page, to: index, last: token == nil) else { return }
            } while token != nil
          } catch {
            pages.fail(error)
            return
          }
        }
      }
    }
    var objects = top.objects[...]
    for (index, folder) in folders.enumerated() {
      let before = objects.prefix { $0.key.utf8.lexicographicallyPrecedes(folder.utf8) }
      objects = objects.dropFirst(before.count)
      if !before.isEmpty { yield(entries(objects: Array(before), folders: [], hidden: hidden)) }
      while let page = try pages.next(of: index) {
        guard !stopped.isStopped else { return true }
        yield(entries(objects: page.objects, folders: [], hidden: hidden))
      }
    }
    if !objects.isEmpty { yield(entries(objects: Array(objects), folders: [], hidden: hidden)) }
    return true
  }
}

/// The pages of the folders a listing reads side by side: listing threads claim folders in order
/// and hand over their pages; the reader takes each folder's pages in turn.
private final class FolderPages: @unchecked Sendable {  // every field is guarded by `condition`
  private let condition = NSCondition()
  private let count: Int
  private var claimed = 0
  private var pages: [[ListPage]]
  private var finished: [Bool]
  private var stopped = false
  private var failure: (any Error)?

  /// Pages of `count` folders.
  init(count: Int) {
    self.count = count
    pages = Array(repeating: [], count: count)
    finished = Array(repeating: false, count: count)
  }

  /// The next folder for a listing thread; nil when none is left, the reader is gone or a listing failed.
  func claim() -> Int? {
    condition.withLock {
      guard claimed < count, !stopped, failure == nil else { return nil }
      claimed += 1
      return claimed - 1
    }
  }

  /// Hands over a page of folder `index` (`last` when it is the folder's last); false when the
  /// reader is gone.
  func deliver(_ page: ListPage, to index: Int, last: Bool) -> Bool {
    change {
      $0.pages[index].append(page)
      $0.finished[index] = last
      return !$0.stopped
    }
  }

  /// Ends the listing with an error.
  func fail(_ error: any Error) { change { $0.failure = $0.failure ?? error } }

  /// The reader is gone: the listing threads stop after the page they are reading.
  func stop() { change { $0.stopped = true } }

  /// Folder `index`'s next page; nil after its last; rethrows a listing's error.
  func next(of index: Int) throws -> ListPage? {
    condition.lock()
    defer { condition.unlock() }
    while pages[index].isEmpty && !finished[index] && failure == nil { condition.wait() }
    if let failure { throw failure }
    return pages[index].isEmpty ? nil : pages[index].removeFirst()
  }

  private func change<Result>(_ body: (FolderPages) -> Result) -> Result {
    condition.lock()
    defer {
      condition.broadcast()
      condition.unlock()
    }
    return body(self)
  }
}
