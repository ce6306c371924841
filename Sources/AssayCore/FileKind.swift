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
    if case .some(.some(let kind)) = name.utf8.withContiguousStorageIfAvailable(asciiExtensionKind) {
      return kind
    }
    var parts = name.lowercased().split(separator: ".").suffix(3)
    guard parts.count > 1 else { return nil }
    if let last = parts.last, compressedExtensions.contains(String(last)) {
      parts.removeLast()
      guard parts.count > 1 else { return .archive }
    }
    return extensionKinds[String(parts[parts.endIndex - 1])]
  }

  /// `extensionKind` of an ASCII name, read from its bytes without splitting it into strings;
  /// nil when the name is not ASCII (lowercasing it may then change more than A to Z).
  private static func asciiExtensionKind(_ name: UnsafeBufferPointer<UInt8>) -> FileKind?? {
    guard name.allSatisfy({ $0 < 0x80 }) else { return nil }
    // The last two of the last three non-empty dot-separated parts, as `split(separator: ".")`.
    var (last, previous, parts) = (0..<0, 0..<0, 0)
    var end = name.count
    for dot in stride(from: name.count - 1, through: -1, by: -1) where parts < 3 {
      guard dot < 0 || name[dot] == UInt8(ascii: ".") else { continue }
      if end > dot + 1 {
        if parts == 0 { last = dot + 1..<end } else if parts == 1 { previous = dot + 1..<end }
        parts += 1
      }
      end = dot
    }
    guard parts > 1 else { return .some(nil) }
    guard compressedKeys.contains(key(name[last])) else { return extensionKeys[key(name[last])] }
    return parts > 2 ? extensionKeys[key(name[previous])] : .archive
  }

  /// An ASCII extension of up to 8 bytes, lowercased and packed into an integer (no byte is zero,
  /// so lengths cannot collide); 0 for a longer one, which no known extension is.
  private static func key(_ bytes: some Collection<UInt8>) -> UInt64 {
    guard bytes.count <= 8 else { return 0 }
    return bytes.reduce(0) { $0 << 8 | UInt64($1 >= 0x41 && $1 <= 0x5A ? $1 | 0x20 : $1) }
  }

  private static let compressedKeys = compressedExtensions.map { key($0.utf8) }

  private static let extensionKeys = Dictionary(
    uniqueKeysWithValues: extensionKinds.map { (key($0.key.utf8), $0.value) })

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
