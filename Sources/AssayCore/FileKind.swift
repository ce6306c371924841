/// What a file holds, judged by its first bytes and then its extension.
public enum FileKind: String, Sendable, Equatable, CaseIterable {
  case image, audio, video, document, table, json, log, archive, database, other

  /// The kind of a file from its leading bytes (at least 12 when available) and its name.
  public static func of(name: String, leadingBytes bytes: [UInt8]) -> FileKind {
    magicKind(bytes) ?? extensionKind(name) ?? .other
  }

  /// The kind that the file's signature bytes announce, if recognised and not a container.
  public static func magicKind(_ bytes: [UInt8]) -> FileKind? {
    FileSignature.of(bytes)?.kind  // compressed: the extension (e.g. .csv.gz) says more
  }

  /// The kind the file's extension suggests, if known; `.gz`, `.zst` and `.bz2` look at the inner extension.
  public static func extensionKind(_ name: String) -> FileKind? {
    var parts = name.lowercased().split(separator: ".").suffix(3)
    guard parts.count > 1 else { return nil }
    if let last = parts.last, compressedExtensions.contains(String(last)) {
      parts.removeLast()
      guard parts.count > 1 else { return .archive }
    }
    return extensionKinds[String(parts[parts.endIndex - 1])]
  }

  private static let compressedExtensions: Set<String> = ["gz", "zst", "bz2", "xz"]

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
