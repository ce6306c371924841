/// What a file holds, judged by its first bytes and then its extension.
public enum FileKind: String, Sendable, Equatable, CaseIterable {
  case image, audio, video, document, table, json, log, archive, database, other

  /// The kind of a file from its leading bytes (at least 12 when available) and its name.
  public static func of(name: String, leadingBytes bytes: [UInt8]) -> FileKind {
    magicKind(bytes) ?? extensionKind(name) ?? .other
  }

  /// The kind that the file's signature bytes announce, if recognised.
  static func magicKind(_ b: [UInt8]) -> FileKind? {
    func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
      b.count >= offset + prefix.count && Array(b[offset..<offset + prefix.count]) == prefix
    }
    let ascii = { (text: String) in Array(text.utf8) }
    if starts([0x89, 0x50, 0x4E, 0x47]) || starts([0xFF, 0xD8, 0xFF]) || starts(ascii("GIF8"))
      || (starts(ascii("RIFF")) && starts(ascii("WEBP"), at: 8))
    {
      return .image
    }
    if (starts(ascii("RIFF")) && starts(ascii("WAVE"), at: 8)) || starts(ascii("ID3"))
      || starts(ascii("fLaC"))
      || starts(ascii("OggS"))
    {
      return .audio
    }
    if starts(ascii("ftyp"), at: 4) || starts([0x1A, 0x45, 0xDF, 0xA3]) { return .video }
    if starts(ascii("%PDF")) { return .document }
    if starts(ascii("PAR1")) || starts(ascii("ORC")) || starts(ascii("Obj") + [1]) { return .table }
    if starts(ascii("SQLite format 3")) { return .database }
    return nil  // unknown, or compressed: the extension (e.g. .csv.gz) says more
  }

  /// The kind the file's extension suggests, if known; `.gz`, `.zst` and `.bz2` look at the inner extension.
  static func extensionKind(_ name: String) -> FileKind? {
    var parts = name.lowercased().split(separator: ".").map(String.init)
    guard parts.count > 1 else { return nil }
    let compressed: Set<String> = ["gz", "zst", "bz2", "xz"]
    if let last = parts.last, compressed.contains(last) {
      parts.removeLast()
      guard parts.count > 1 else { return .archive }
    }
    return extensionKinds[parts[parts.count - 1]]
  }

  private static let extensionKinds: [String: FileKind] = {
    let groups: [FileKind: [String]] = [
      .image: ["jpg", "jpeg", "png", "gif", "webp", "bmp", "tif", "tiff", "heic", "svg"],
      .audio: ["wav", "mp3", "flac", "ogg", "m4a", "aac", "opus"],
      .video: ["mp4", "mov", "mkv", "webm", "avi", "m4v"],
      .document: ["pdf", "doc", "docx", "odt", "ppt", "pptx", "txt", "md", "rtf", "html"],
      .table: ["csv", "tsv", "parquet", "orc", "avro", "xlsx", "xls"],
      .json: ["json", "jsonl", "ndjson", "xml", "yaml", "yml"],
      .log: ["log"],
      .archive: ["zip", "tar", "tgz", "7z", "rar", "bak"],
      .database: ["db", "sqlite", "sqlite3"],
    ]
    var map: [String: FileKind] = [:]
    for (kind, extensions) in groups { for ext in extensions { map[ext] = kind } }
    return map
  }()
}
