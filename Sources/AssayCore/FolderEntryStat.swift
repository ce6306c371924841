import Foundation

/// Stat'ing one entry of an open folder and telling its kind.
extension FolderWalk {
  /// The entry `name` in the open folder `descriptor`, with `name` as its name and locator (the
  /// listing makes them paths). A folder's kind says nothing of whether it can be read: the
  /// listing learns that as it opens or checks it. (Names go to the system through `withCString`,
  /// which copies a short name to the stack where passing the `String` would allocate.)
  static func entry(named name: String, in descriptor: Int32, sniffAll: Bool) -> CollectionEntry {
    var status = stat()
    guard name.withCString({ fstatat(descriptor, $0, &status, AT_SYMLINK_NOFOLLOW) }) == 0 else {
      return CollectionEntry(
        name: name, locator: name, kind: .unreadable, note: String(cString: strerror(errno)))
    }
    var entry = CollectionEntry(
      name: name, locator: name, kind: .other, modified: modified(status),
      isRegularFile: status.st_mode & S_IFMT == S_IFREG)
    if status.st_mode & S_IFMT == S_IFLNK {
      entry.linkTarget = linkTarget(name, in: descriptor)
      guard name.withCString({ fstatat(descriptor, $0, &status, 0) }) == 0 else {
        let failure = errno
        entry.kind = failure == ELOOP ? .linkLoop : failure == EACCES ? .unreadable : .brokenLink
        entry.note = String(cString: strerror(failure))
        return entry
      }
    }
    let classified = entry.linkTarget.map { $0.split(separator: "/").last.map(String.init) ?? $0 } ?? name
    entry.kind = kind(
      of: status, named: name, classifiedAs: classified, in: descriptor, sniffAll: sniffAll, note: &entry.note
    )
    if entry.kind != .folder { entry.size = Int(status.st_size) }
    return entry
  }

  /// What the (already followed) `status` of `name` says it is. A regular file's kind comes from
  /// its first bytes, then the extension of `classified` (a link's target name); without
  /// `sniffAll`, from the extension alone when it names a kind.
  static func kind(
    of status: stat, named name: String, classifiedAs classified: String, in descriptor: Int32,
    sniffAll: Bool, note: inout String?
  ) -> EntryKind {
    switch status.st_mode & S_IFMT {
    case S_IFDIR: return .folder
    case S_IFREG:
      if !sniffAll, let kind = FileKind.extensionKind(classified) { return EntryKind(kind) }
      guard let bytes = leadingBytes(of: name, in: descriptor) else {
        note = String(cString: strerror(errno))
        return .unreadable
      }
      return EntryKind(FileKind.of(name: classified, leadingBytes: bytes))
    case S_IFIFO: return .fifo
    case S_IFCHR, S_IFBLK: return .device
    case S_IFSOCK: return .socket
    default: return .other
    }
  }

  /// A regular file's first bytes, or nil when it cannot be opened. Opened non-blocking, so a file
  /// swapped for a FIFO since it was stat'ed cannot hang the walk.
  static func leadingBytes(of name: String, in descriptor: Int32) -> [UInt8]? {
    let file = name.withCString { openat(descriptor, $0, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY) }
    guard file >= 0 else { return nil }
    defer { close(file) }
    var bytes = [UInt8](repeating: 0, count: FileSignature.leadingByteCount)
    let count = bytes.withUnsafeMutableBytes { read(file, $0.baseAddress, $0.count) }
    return Array(bytes.prefix(max(0, count)))
  }

  /// Where the link `name` points, as written in the link.
  static func linkTarget(_ name: String, in descriptor: Int32) -> String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlinkat(descriptor, name, &buffer, buffer.count - 1)
    return count < 0 ? "" : String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// The modification time in `status`.
  static func modified(_ status: stat) -> Date {
    #if os(Linux)
      let time = status.st_mtim
    #else
      let time = status.st_mtimespec
    #endif
    return Date(timeIntervalSince1970: Double(time.tv_sec) + Double(time.tv_nsec) / 1e9)
  }
}
