/// What an entry of a collection is: a folder, a file of some kind, or a special file that is shown
/// for what it is and never opened.
public enum EntryKind: String, Sendable, Equatable, Hashable, CaseIterable {
  case folder, table, json, log, image, audio, video, document, archive, database, other
  /// A symbolic link whose target leads back to itself.
  case linkLoop = "link-loop"
  /// A symbolic link whose target does not exist.
  case brokenLink = "broken-link"
  /// An entry that cannot be read (permission denied).
  case unreadable
  /// A named pipe: opening it for reading would wait for a writer.
  case fifo
  /// A character or block device.
  case device
  /// A Unix domain socket.
  case socket

  /// The entry kind of a file of `kind`.
  public init(_ kind: FileKind) {
    switch kind {
    case .table: self = .table
    case .json: self = .json
    case .log: self = .log
    case .image: self = .image
    case .audio: self = .audio
    case .video: self = .video
    case .document: self = .document
    case .archive: self = .archive
    case .database: self = .database
    case .other: self = .other
    }
  }

  /// The file kind of an entry that is a file, nil for folders and special entries.
  public var fileKind: FileKind? { FileKind(rawValue: rawValue) }

  /// True for entries that cannot be opened: link loops, broken links, unreadable entries, FIFOs,
  /// devices and sockets.
  public var isSpecial: Bool { self != .folder && fileKind == nil }
}

extension EntryKind: CustomStringConvertible {
  /// The kind for people: "a FIFO (named pipe)", "a table".
  public var description: String {
    switch self {
    case .linkLoop: return "a symbolic link loop"
    case .brokenLink: return "a broken symbolic link"
    case .unreadable: return "unreadable"
    case .fifo: return "a FIFO (named pipe)"
    case .device: return "a device"
    case .socket: return "a socket"
    case .folder: return "a folder"
    case .other: return "a file"
    case .image, .audio, .archive: return "an \(rawValue) file"
    default: return "a \(rawValue) file"
    }
  }
}
