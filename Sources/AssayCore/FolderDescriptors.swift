import Foundation

/// How many folders a walk holds open between finding them and listing them. A recursive walk
/// opens each subfolder relative to its parent as it finds it: that one `openat` tells whether the
/// folder can be read and is later listed without looking its path up again. Past the budget, or
/// when the process runs out of descriptors, a folder is checked with `faccessat` and opened by its
/// path when its turn comes.
final class FolderDescriptors: @unchecked Sendable {  // `held` is guarded by `lock`
  /// Folders held open at most, far below the usual limit of 1,024 descriptors a process.
  static let budget = 256

  private let lock = NSLock()
  private var held = 0

  /// The subfolder `name` of the open folder `parent`, opened for listing: `.opened` with its
  /// descriptor (counted as held), `.refused` with the `errno` of a folder that cannot be read,
  /// or `.deferred` when the budget is spent or descriptors ran out (nothing was learned).
  func open(_ name: String, in parent: Int32) -> Opening {
    let granted = lock.withLock {
      held += 1
      if held <= Self.budget { return true }
      held -= 1
      return false
    }
    guard granted else { return .deferred }
    let descriptor = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
    if descriptor >= 0 { return .opened(descriptor) }
    let failure = errno
    lock.withLock { held -= 1 }
    return failure == EMFILE || failure == ENFILE ? .deferred : .refused(failure)
  }

  /// Hands back a descriptor `open` gave, once the folder is listed (its stream closed it) or
  /// abandoned (`closing` it here).
  func release(_ descriptor: Int32, closing: Bool) {
    if closing { close(descriptor) }
    lock.withLock { held -= 1 }
  }

  /// What opening a subfolder gave.
  enum Opening {
    /// Open, to be listed through this descriptor.
    case opened(Int32)
    /// Not readable, for this `errno`.
    case refused(Int32)
    /// Not tried or not possible now: check and open it by its path later.
    case deferred
  }
}
