import AssayCore

/// How a CSV source's irregular lines are read, from the loader's options: `strict=yes` refuses a
/// row whose field count differs from the header's (else short rows are padded with nulls and long
/// rows' extra fields go to added columns); `comment=#` skips lines starting with the marker
/// (`comment=none` turns off proposing one); `skip=N` skips the first N lines; `header-row=N` names
/// the line holding the header (the lines above it are skipped).
struct CSVRepairOptions: Sendable {
  /// Refuse ragged rows, and propose neither comments nor a preamble.
  var strict = false
  /// The comment marker's bytes, when lines starting with it are skipped.
  var comment: [UInt8]?
  /// True when no marker is to be proposed (`comment=none`).
  var commentRefused = false
  /// Lines to skip before the header (or the first row), when given.
  var skipLines: Int?
  /// True when `header-row` named the header's line, so the row there is the header.
  var headerNamed = false

  /// Lenient reading with nothing given.
  init() {}

  /// The options named in `options.named`; a malformed value is an `AssayError` naming `source`.
  init(_ options: SourceOptions, source: String) throws {
    if let text = options.named["strict"] {
      switch text.lowercased() {
      case "yes", "true", "1", "": strict = true
      case "no", "false", "0": strict = false
      default: throw AssayError(message: "\(source): strict=\(text) is not yes or no", hint: "e.g. --strict")
      }
    }
    if let text = options.named["comment"] {
      if text == "none" {
        commentRefused = true
      } else {
        guard !text.isEmpty, text.utf8.count <= 4, !text.contains(where: \.isNewline) else {
          throw AssayError(
            message: "\(source): comment=\(SafeText.visible(text)) is not a marker of 1 to 4 characters",
            hint: "e.g. --comment '#', or --comment none")
        }
        comment = Array(text.utf8)
      }
    }
    let skip = try Self.count(options.named["skip"], key: "skip", minimum: 0, source: source)
    let headerRow = try Self.count(options.named["header-row"], key: "header-row", minimum: 1, source: source)
    if skip != nil && headerRow != nil {
      throw AssayError(
        message: "\(source): skip and header-row both say where the rows start", hint: "give one of them")
    }
    skipLines = skip ?? headerRow.map { $0 - 1 }
    headerNamed = headerRow != nil
  }

  /// A whole number option at least `minimum`, when given.
  private static func count(_ text: String?, key: String, minimum: Int, source: String) throws -> Int? {
    guard let text else { return nil }
    guard let value = Int(text), value >= minimum, value <= 1_000_000 else {
      throw AssayError(
        message: "\(source): \(key)=\(SafeText.visible(text)) is not a line count",
        hint: "a whole number from \(minimum), e.g. --\(key) 2")
    }
    return value
  }
}
