import Foundation

/// The folders of a walk and their listings, shared by the walking thread, which hands out the
/// listings in its order, and helper threads that list folders ahead of it. Folders are numbered
/// as they are found (the root is 0); a listing's subfolders are queued as soon as it is done,
/// the first subfolder on top, so the threads work near where the walk goes next.
final class FolderQueue: @unchecked Sendable {  // every stored property is guarded by `condition`
  /// The root's number.
  static let rootNumber = 0

  private let condition = NSCondition()
  private let list: @Sendable (FolderWalk.Folder) -> ListedFolder
  private let descriptors: FolderDescriptors
  private var folders: [FolderWalk.Folder]
  private var taken: [Bool]
  /// Numbers of folders to list, the next on top; a number may stay here after it was taken.
  private var waiting: [Int]
  /// Listings done and not yet handed out, by folder number: an array (a dictionary's first use
  /// looks its key type's conformances up, a cost at every start) of boxes, a word per folder.
  private var listed: [Done?] = [nil]
  private var closed = false
  private var helpers = 0

  /// A queue holding `root`, whose folders are listed with `list`; folders left unlisted when it
  /// closes hand their descriptors back to `descriptors`.
  init(
    root: FolderWalk.Folder, descriptors: FolderDescriptors,
    list: @escaping @Sendable (FolderWalk.Folder) -> ListedFolder
  ) {
    self.list = list
    self.descriptors = descriptors
    folders = [root]
    taken = [false]
    waiting = [Self.rootNumber]
  }

  /// Starts `count` threads that list waiting folders until the queue is closed.
  func startHelpers(_ count: Int) {
    condition.withLock { helpers += count }
    for _ in 0..<count {
      Thread.detachNewThread { self.help() }
    }
  }

  /// The listing of folder `number`, removed from the queue: listed on this thread when no helper
  /// has taken it yet; while a helper lists it, this thread lists other waiting folders.
  func listing(of number: Int) -> ListedFolder {
    condition.lock()
    defer { condition.unlock() }
    while true {
      if let done = listed[number].take() { return done.listing }
      if !taken[number] {
        taken[number] = true
        listAndStore(number)
      } else if let other = nextWaiting() {
        listAndStore(other)
      } else {
        condition.wait()
      }
    }
  }

  /// Stops the helpers, waits until each has finished the folder it was listing, and closes the
  /// folders left unlisted.
  func close() {
    condition.lock()
    defer { condition.unlock() }
    closed = true
    condition.broadcast()
    while helpers > 0 { condition.wait() }
    for (folder, wasTaken) in zip(folders, taken) where !wasTaken {
      if let descriptor = folder.descriptor { descriptors.release(descriptor, closing: true) }
    }
  }

  /// A helper thread's work: list waiting folders until the queue is closed.
  private func help() {
    condition.lock()
    defer { condition.unlock() }
    while !closed {
      if let number = nextWaiting() {
        listAndStore(number)
      } else {
        condition.wait()
      }
    }
    helpers -= 1
    condition.broadcast()
  }

  /// Takes the next waiting folder not yet taken (with the lock held).
  private func nextWaiting() -> Int? {
    while let number = waiting.popLast() {
      if !taken[number] {
        taken[number] = true
        return number
      }
    }
    return nil
  }

  /// Lists folder `number` without the lock, then numbers and queues its subfolders and stores the
  /// listing (called and returning with the lock held).
  private func listAndStore(_ number: Int) {
    let folder = folders[number]
    condition.unlock()
    var done = list(folder)
    condition.lock()
    done.subfolderNumbers = Array(folders.count..<folders.count + done.subfolders.count)
    folders += done.subfolders
    taken += repeatElement(false, count: done.subfolders.count)
    listed += repeatElement(nil, count: done.subfolders.count)
    waiting += done.subfolderNumbers.reversed()
    listed[number] = Done(listing: done)
    condition.broadcast()
  }

  /// A listing done, boxed so that the folders waiting for theirs take a word each.
  private final class Done {
    /// The listing.
    let listing: ListedFolder

    /// A box holding `listing`.
    init(listing: ListedFolder) { self.listing = listing }
  }
}
