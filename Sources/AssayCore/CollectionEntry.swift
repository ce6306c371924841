import Foundation

/// One entry of a collection listing: a file, a folder, or a special entry such as a FIFO.
public struct CollectionEntry: Sendable, Equatable {
  /// The name relative to the listed collection (`2024/sales.csv` in a recursive listing).
  public var name: String
  /// What `CollectionSource.open` and the loader registry take to open it (a local path, a URL).
  public var locator: String
  /// What the entry is.
  public var kind: EntryKind
  /// Bytes, when known (files, and folders as the file system reports them).
  public var size: Int?
  /// The last modification, when known.
  public var modified: Date?
  /// Rows, where known without reading the data (a database's catalogue); nil otherwise.
  public var rows: Int?
  /// Where a symbolic link points, when the entry is one; such entries are shown, not descended into.
  public var linkTarget: String?
  /// Why a special entry is what it is ("permission denied"), when there is more to say.
  public var note: String?

  /// An entry; unknown facts are nil.
  public init(
    name: String, locator: String, kind: EntryKind, size: Int? = nil, modified: Date? = nil, rows: Int? = nil,
    linkTarget: String? = nil, note: String? = nil, isRegularFile: Bool = false
  ) {
    self.name = name
    self.locator = locator
    self.kind = kind
    self.size = size
    self.modified = modified
    self.rows = rows
    self.linkTarget = linkTarget
    self.note = note
    self.isRegularFile = isRegularFile
  }

  /// True for a regular file reached directly, not through a link (readable or not): what a
  /// summary counts and sums, as `find -type f` does.
  public var isRegularFile: Bool
}
