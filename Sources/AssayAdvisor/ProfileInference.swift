import AssayCore

/// Turns a data profile into answers, each marked as inferred with the evidence that led to it.
/// The thresholds follow the storage guide: consistent types → tabular, many nulls → varying shape,
/// long date ranges with growing ids → events, unstructured files → objects. The size answer comes from
/// the byte bounds the rule book gives the `size` question.
public enum ProfileInference {
  /// A null ratio at or above this suggests records whose shape varies.
  public static let varyingShapeNullRatio = 0.3
  /// A date range at least this long, with an id that only grows, suggests an append-only event log.
  public static let eventSpanDays = 28

  /// The answers a profile supports under a rule book.
  public static func answers(from profile: DataProfile, book: RuleBook) -> [Answer] {
    switch profile {
    case .table(let table): return answers(from: table, book: book)
    case .folder(let folder): return answers(from: folder, book: book)
    }
  }

  /// Answers from a loaded table: data shape, size tier and, for mostly numeric tables, analytics.
  public static func answers(from table: TableProfile, book: RuleBook) -> [Answer] {
    var found: [Answer] = []
    let shape = "\(NumberFormatting.grouped(table.rows)) rows × \(table.columns) columns"
    if let span = table.dateSpanDays, span >= eventSpanDays, let id = table.increasingIDColumn {
      found.append(
        inferred(
          "data", "events",
          "dates span \(NumberFormatting.grouped(span)) days and \(SafeText.visible(id)) only grows"))
    } else if table.nullRatio >= varyingShapeNullRatio {
      found.append(
        inferred("data", "documents", "\(percent(table.nullRatio)) of cells are empty in \(shape)"))
    } else {
      let types = table.columnTypes.map { "\($0.count) \($0.type.rawValue)" }.joined(separator: ", ")
      found.append(
        inferred(
          "data", "tabular", "\(shape) of consistent types (\(types)), \(percent(table.nullRatio)) null"))
    }
    if let bytes = table.bytes, let tier = sizeTier(bytes, in: book) {
      found.append(inferred("size", tier, "\(NumberFormatting.bytes(bytes)) on disk"))
    }
    if table.columns > 0, table.numericColumns * 2 > table.columns, found.first?.value != "documents" {
      found.append(
        inferred(
          "access", "analytics",
          "\(table.numericColumns) of \(table.columns) columns are numeric measurements"))
    }
    return found
  }

  /// Answers from a folder: tabular, documents or events when most files are tables, JSON or logs
  /// (then analysed by scans), otherwise files read whole; and the size tier.
  public static func answers(from folder: FolderProfile, book: RuleBook) -> [Answer] {
    guard folder.files > 0 else { return [] }
    let listing = folder.kinds.prefix(3).map {
      "\(NumberFormatting.grouped($0.count)) \($0.kind.rawValue) (\(NumberFormatting.bytes($0.bytes)))"
    }.joined(separator: ", ")
    let evidence = "\(NumberFormatting.grouped(folder.files)) files: \(listing)"
    var found: [Answer] = []
    let structured = folder.kinds.filter { dataAnswer(for: $0.kind) != "files" }
    let dominant = structured.max { $0.count < $1.count }
    if let dominant, dominant.count * 2 > folder.files {
      found.append(inferred("data", dataAnswer(for: dominant.kind), evidence))
      found.append(
        inferred("access", "analytics", "a folder of \(dominant.kind.rawValue) files is scanned, not updated")
      )
    } else {
      found.append(inferred("data", "files", evidence))
      found.append(inferred("access", "objects", "files like these are stored and read whole"))
    }
    if let tier = sizeTier(folder.bytes, in: book) {
      found.append(inferred("size", tier, "\(NumberFormatting.bytes(folder.bytes)) in total"))
    }
    return found
  }

  /// The `size` answer for a number of bytes: the first whose `bytesBelow` lies above them, else the
  /// last; none when the book's `size` question gives no byte bounds.
  public static func sizeTier(_ bytes: Int, in book: RuleBook) -> String? {
    guard let answers = book.question("size")?.answers, answers.contains(where: { $0.bytesBelow != nil })
    else { return nil }
    return answers.first { bytes < ($0.bytesBelow ?? .max) }?.key
  }

  /// The `data` answer for a folder mostly of one kind: structured kinds name their shape, the rest are files.
  private static func dataAnswer(for kind: FileKind) -> String {
    switch kind {
    case .table, .database: return "tabular"
    case .json: return "documents"
    case .log: return "events"
    case .image, .audio, .video, .document, .archive, .other: return "files"
    }
  }

  private static func inferred(_ question: String, _ value: String, _ evidence: String) -> Answer {
    Answer(question: question, value: value, origin: .inferred, evidence: evidence)
  }

  private static func percent(_ ratio: Double) -> String {
    "\(NumberFormatting.decimals(ratio * 100, ratio > 0 && ratio < 0.01 ? 2 : 0))%"
  }
}
