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
    let pages = FolderPages(count: folders.count, stopped: stopped)
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
        yield(entries(objects: page.objects, folders: [], hidden: hidden))
      }
      guard !stopped.isStopped else { return true }
    }
    if !objects.isEmpty { yield(entries(objects: Array(objects), folders: [], hidden: hidden)) }
    return true
  }
}

/// The pages of the folders a listing reads side by side: listing threads claim folders in order
/// and hand over their pages; the reader takes each folder's pages in turn. Pages of folders past
/// the one being read wait here, `aheadPages` at most: past that, their listing threads wait.
private final class FolderPages: @unchecked Sendable {  // every field is guarded by `condition`
  /// Pages held for folders past the one being read, at most.
  static let aheadPages = 32
  private let condition = NSCondition()
  private let count: Int
  private let stopped: StopFlag
  private var claimed = 0
  private var reading = 0
  private var held = 0
  private var pages: [[ListPage]]
  private var finished: [Bool]
  private var gone = false
  private var failure: (any Error)?

  /// Pages of `count` folders, for a reader that stops when `stopped` is set.
  init(count: Int, stopped: StopFlag) {
    self.count = count
    self.stopped = stopped
    pages = Array(repeating: [], count: count)
    finished = Array(repeating: false, count: count)
  }

  /// The next folder for a listing thread; nil when none is left, the reader is gone or a listing failed.
  func claim() -> Int? {
    condition.withLock {
      guard claimed < count, failure == nil, !isOver else { return nil }
      claimed += 1
      return claimed - 1
    }
  }

  /// Hands over a page of folder `index` (`last` when it is the folder's last), first waiting while
  /// `aheadPages` are held for folders past the one being read; false when the reader is gone.
  func deliver(_ page: ListPage, to index: Int, last: Bool) -> Bool {
    condition.lock()
    defer {
      condition.broadcast()
      condition.unlock()
    }
    while index != reading && held >= Self.aheadPages && !isOver { condition.wait() }
    guard !isOver else { return false }
    pages[index].append(page)
    finished[index] = last
    if index != reading { held += 1 }
    return true
  }

  /// Ends the listing with an error.
  func fail(_ error: any Error) { change { $0.failure = $0.failure ?? error } }

  /// The reader is gone: the listing threads stop after the page they are reading.
  func stop() { change { $0.gone = true } }

  /// Folder `index`'s next page; nil after its last, or once the listing is stopped; rethrows a
  /// listing's error once the pages that arrived before it are taken.
  func next(of index: Int) throws -> ListPage? {
    condition.lock()
    defer {
      condition.broadcast()
      condition.unlock()
    }
    if reading != index {
      reading = index
      held -= pages[index].count
    }
    // The stop flag is set from another thread without this lock: look at it a few times a second.
    while pages[index].isEmpty && !finished[index] && failure == nil && !isOver {
      _ = condition.wait(until: Date(timeIntervalSinceNow: 0.05))
    }
    if isOver { return nil }
    if !pages[index].isEmpty { return pages[index].removeFirst() }
    if let failure { throw failure }
    return nil
  }

  /// Whether the reader is gone or was stopped (with the lock held).
  private var isOver: Bool { gone || stopped.isStopped }

  private func change(_ body: (FolderPages) -> Void) {
    condition.lock()
    body(self)
    condition.broadcast()
    condition.unlock()
  }
}
