import AssayCore
import Foundation

/// The entries a listing has shown so far, by name, so that Enter on a row of the listing (or of
/// a filter of it) finds the entry to open. Filled by the listing's load, read by the run loop.
final class EntryBook: @unchecked Sendable {
  // `entries` is read and written only while `lock` is held.
  private let lock = NSLock()
  private var entries: [String: CollectionEntry] = [:]

  /// Keeps a page of entries.
  func add(_ page: [CollectionEntry]) {
    lock.withLock { for entry in page { entries[entry.name] = entry } }
  }

  /// The entry listed under `name`, if any.
  func entry(named name: String) -> CollectionEntry? { lock.withLock { entries[name] } }
}
