import Foundation

/// A local folder as a collection: its files and subfolders, listed fast with `readdir` and
/// `fstatat`; opening a subfolder gives another `FolderSource`, a file whatever the registry makes of it.
public struct FolderSource: CollectionSource {
  /// The folder's path, as given.
  public let path: String
  /// The path, for people.
  public var displayName: String { path }
  /// Opens the files in the folder.
  public let registry: LoaderRegistry

  /// A source for the folder at `path` (links followed); an `AssayError` when it is not a folder
  /// or cannot be listed.
  public init(path: String, registry: LoaderRegistry) throws {
    var status = stat()
    guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR, let handle = opendir(path) else {
      throw FolderWalk.unlistable(path)
    }
    closedir(handle)
    self.path = path
    self.registry = registry
  }

  /// Lists on a background thread, a folder (or up to 2,048 entries) per page; cancelling the
  /// consuming task stops the walk at its next folder or page.
  public func list(_ scope: ListScope) -> AsyncThrowingStream<[CollectionEntry], Error> {
    AsyncThrowingStream { continuation in
      let monitor = WorkMonitor()
      continuation.onTermination = { _ in monitor.stop() }
      let walk = FolderWalk(root: path, scope: scope)
      Thread.detachNewThread {
        do {
          try walk.run(monitor: monitor) { continuation.yield($0) }
          continuation.finish()
        } catch is CancellationError {
          continuation.finish()
        } catch {
          continuation.finish(throwing: error)
        }
      }
    }
  }

  /// Lists synchronously on the calling thread, handing each page to `page`.
  public func walk(
    _ scope: ListScope, monitor: WorkMonitor = WorkMonitor(), page: ([CollectionEntry]) -> Void
  )
    throws
  {
    try FolderWalk(root: path, scope: scope).run(monitor: monitor, page: page)
  }

  /// The totals of a listing, walked on the calling thread (and helpers) without keeping the
  /// entries or making their paths.
  public func summary(_ scope: ListScope, monitor: WorkMonitor = WorkMonitor()) throws -> CollectionSummary {
    try FolderWalk(root: path, scope: scope).totals(monitor: monitor)
  }

  /// Opens a listed entry through the registry; a special entry is an `AssayError` naming what it is.
  public func open(_ entry: CollectionEntry, options: SourceOptions) throws -> OpenedSource {
    if entry.kind.isSpecial {
      throw AssayError(
        message:
          "\(entry.locator): \(entry.kind.description)\(entry.note.map { " (\($0))" } ?? ""), not opened",
        hint: "open a file or a folder")
    }
    return try registry.open(entry.locator, options: options)
  }
}
