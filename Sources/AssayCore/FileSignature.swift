/// The leading bytes that announce a file format ("magic"), and what they announce.
public struct FileSignature: Sendable, Equatable {
  /// What a file with this signature is, for people: "a SQLite database".
  public let description: String
  /// The kind of file the signature decides, or nil for a container (gzip, zip) whose kind its
  /// name tells better (`.csv.gz`, `.xlsx`).
  public let kind: FileKind?
  /// Byte runs that must all be present, each at its offset.
  public let parts: [(offset: Int, bytes: [UInt8])]

  /// A signature of one or more byte runs at offsets.
  public init(_ description: String, kind: FileKind?, parts: [(offset: Int, bytes: [UInt8])]) {
    self.description = description
    self.kind = kind
    self.parts = parts
  }

  /// A signature of one byte run at `offset`.
  public init(_ description: String, kind: FileKind?, bytes: [UInt8], at offset: Int = 0) {
    self.init(description, kind: kind, parts: [(offset, bytes)])
  }

  /// A signature of one ASCII run at `offset`.
  public init(_ description: String, kind: FileKind?, ascii: String, at offset: Int = 0) {
    self.init(description, kind: kind, bytes: Array(ascii.utf8), at: offset)
  }

  /// The number of leading bytes that `known` needs to tell every format apart.
  public static let leadingByteCount = 16

  /// True when `bytes` (a file's first bytes) carry this signature.
  public func matches(_ bytes: some Collection<UInt8>) -> Bool {
    let head = bytes.prefix(Self.leadingByteCount)
    return parts.allSatisfy { part in
      head.count >= part.offset + part.bytes.count && head.dropFirst(part.offset).starts(with: part.bytes)
    }
  }

  /// Two signatures are the same when they describe the same format.
  public static func == (a: FileSignature, b: FileSignature) -> Bool {
    a.description == b.description && a.kind == b.kind
  }

  /// The SQLite 3 database header.
  public static let sqlite = FileSignature("a SQLite database", kind: .database, ascii: "SQLite format 3\0")
  /// Parquet's leading magic.
  public static let parquet = FileSignature("a Parquet file", kind: .table, ascii: "PAR1")
  /// gzip-compressed data.
  public static let gzip = FileSignature("gzip-compressed data", kind: nil, bytes: [0x1F, 0x8B])
  /// A zip archive (also .xlsx, .docx, .jar).
  public static let zip = FileSignature("a zip archive", kind: nil, bytes: [0x50, 0x4B, 0x03, 0x04])

  /// Every signature Assay recognises, asked in order.
  public static let known: [FileSignature] = [
    FileSignature("a PNG image", kind: .image, bytes: [0x89, 0x50, 0x4E, 0x47]),
    FileSignature("a JPEG image", kind: .image, bytes: [0xFF, 0xD8, 0xFF]),
    FileSignature("a GIF image", kind: .image, ascii: "GIF8"),
    FileSignature(
      "a WebP image", kind: .image, parts: [(0, Array("RIFF".utf8)), (8, Array("WEBP".utf8))]),
    FileSignature(
      "a WAV recording", kind: .audio, parts: [(0, Array("RIFF".utf8)), (8, Array("WAVE".utf8))]),
    FileSignature("an MP3 recording", kind: .audio, ascii: "ID3"),
    FileSignature("a FLAC recording", kind: .audio, ascii: "fLaC"),
    FileSignature("an Ogg stream", kind: .audio, ascii: "OggS"),
    FileSignature("an MP4/QuickTime video", kind: .video, ascii: "ftyp", at: 4),
    FileSignature("a Matroska/WebM video", kind: .video, bytes: [0x1A, 0x45, 0xDF, 0xA3]),
    FileSignature("a PDF document", kind: .document, ascii: "%PDF"),
    parquet,
    FileSignature("an ORC file", kind: .table, ascii: "ORC"),
    FileSignature("an Avro file", kind: .table, bytes: Array("Obj".utf8) + [1]),
    sqlite,
    gzip,
    zip,
    FileSignature("zstd-compressed data", kind: nil, bytes: [0x28, 0xB5, 0x2F, 0xFD]),
    FileSignature("bzip2-compressed data", kind: nil, ascii: "BZh"),
    FileSignature("xz-compressed data", kind: nil, bytes: [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]),
  ]

  /// True when every byte the signature checks is a printable ASCII character, so text may
  /// begin with it too.
  public var isPrintable: Bool { parts.allSatisfy { $0.bytes.allSatisfy { (0x20...0x7E).contains($0) } } }

  /// The first known signature that `bytes` carry, if any.
  public static func of(_ bytes: some Collection<UInt8>) -> FileSignature? {
    known.first { $0.matches(bytes) }
  }
}
