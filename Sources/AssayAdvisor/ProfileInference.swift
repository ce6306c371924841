import AssayCore

/// Turns a data profile into answers. What the data shows is `inferred`, with the evidence that led to
/// it: a JSON sample's shape (documents or tabular), rows arriving in time order (events or time
/// series), many empty cells (varying shape), the kinds of a folder's files. What it only hints at
/// — today's size, how fast it grows, how it will be used — is `assumed`, for the user to override
/// with `--answer`. The size answer comes from the byte bounds the rule book gives `size`.
public enum ProfileInference {
  /// A null ratio at or above this suggests records whose shape varies.
  public static let varyingShapeNullRatio = 0.3
  /// A time column whose neighbouring rows go forward (or stay) at least this often means rows arrive
  /// in time order, as an append-only log's or a sensor's do; random order gives about half.
  public static let timeOrderShare = 0.99
  /// A JSON sample whose share of varying fields reaches this holds documents of varying shape.
  public static let varyingFieldShare = 0.2
  /// Growth of at least this many bytes a day is fast.
  public static let fastGrowthBytesPerDay = 1_000_000_000

  /// The answers a profile supports under a rule book.
  public static func answers(from profile: DataProfile, book: RuleBook) -> [Answer] {
    switch profile {
    case .table(let table): return answers(from: table, book: book)
    case .folder(let folder): return answers(from: folder, book: book)
    }
  }

  /// Answers from a loaded table: its shape (events or time series only when rows arrive in time
  /// order), its size and growth, and analytics for mostly numeric tables.
  public static func answers(from table: TableProfile, book: RuleBook) -> [Answer] {
    var found = [dataAnswer(table)]
    if let bytes = table.bytes, let tier = sizeTier(bytes, in: book) {
      let measure = table.bytesAsLoaded ? "as loaded (no file to measure)" : "on disk today"
      found.append(assumed("size", tier, "\(NumberFormatting.bytes(bytes)) \(measure)"))
    }
    if ["events", "timeseries"].contains(found[0].value), let bytes = table.bytes,
      let days = table.dateSpanDays, days > 0
    {
      let perDay = bytes / days
      found.append(
        assumed(
          "growth", perDay >= fastGrowthBytesPerDay ? "fast" : "steady",
          "about \(NumberFormatting.bytes(perDay)) a day over \(NumberFormatting.grouped(days)) days of data")
      )
    }
    if found[0].value == "tabular", table.columns > 0, table.numericColumns * 2 > table.columns {
      found.append(
        assumed(
          "access", "analytics",
          "\(table.numericColumns) of \(table.columns) columns are numeric measurements"))
    }
    return found
  }

  /// The `data` answer of a table, with its evidence.
  private static func dataAnswer(_ table: TableProfile) -> Answer {
    let shape = "\(NumberFormatting.grouped(table.rows)) rows × \(table.columns) columns"
    if let column = table.timeColumn, let share = table.timeInOrder, share >= timeOrderShare {
      let order = share == 1 ? "never goes back" : "goes forward in \(shareText(share)) of neighbouring rows"
      let span = table.dateSpanDays.map { " over \(NumberFormatting.grouped($0)) days" } ?? ""
      let grows = table.increasingIDColumn.map { ", \(SafeText.visible($0)) only grows" } ?? ""
      let arrival = "rows arrive in time order: \(SafeText.visible(column)) \(order)\(span)\(grows)"
      let id = table.increasingIDColumn == nil ? 0 : 1
      let times = table.columnTypes.filter(\.type.isTime).reduce(0) { $0 + $1.count }
      let readings = (table.numericColumns - id) * 2 > table.columns - times - id
      return readings
        ? inferred("data", "timeseries", arrival + "; most columns are numeric readings")
        : inferred("data", "events", arrival)
    }
    if let json = table.jsonShape {
      return inferred(
        "data", json.variance >= varyingFieldShare ? "documents" : "tabular",
        "\(NumberFormatting.grouped(json.records)) JSON records: " + varyingText(json))
    }
    if table.nullRatio >= varyingShapeNullRatio {
      return inferred("data", "documents", "\(percent(table.nullRatio)) of cells are empty in \(shape)")
    }
    let types = table.columnTypes.map { "\($0.count) \($0.type.rawValue)" }.joined(separator: ", ")
    var evidence = "\(shape) of consistent types (\(types)), \(percent(table.nullRatio)) null"
    if let column = table.timeColumn, let share = table.timeInOrder {
      evidence +=
        "; \(SafeText.visible(column)) is not in time order (forward in \(shareText(share)) of neighbouring rows),"
        + " so not an append-only log"
    }
    return inferred("data", "tabular", evidence)
  }

  /// Answers from a folder: what its files are (JSON by the shape a sample of them shows), how such
  /// files are usually used, and its size.
  public static func answers(from folder: FolderProfile, book: RuleBook) -> [Answer] {
    guard folder.files > 0 else { return [] }
    let listing = folder.kinds.prefix(3).map {
      "\(NumberFormatting.grouped($0.count)) \($0.kind.rawValue) (\(NumberFormatting.bytes($0.bytes)))"
    }.joined(separator: ", ")
    let evidence = "\(NumberFormatting.grouped(folder.files)) files: \(listing)"
    var found: [Answer] = []
    let structured = folder.kinds.filter { $0.kind.holdsRecords }
    let structuredFiles = structured.reduce(0) { $0 + $1.count }
    if let dominant = structured.max(by: { $0.count < $1.count }), dominant.count * 2 > folder.files {
      found.append(dataAnswer(dominant.kind, jsonShape: folder.jsonShape, listing: evidence))
    } else if structured.count > 1, structuredFiles * 2 > folder.files {
      found.append(inferred("data", "mixed", evidence + " — several data formats side by side"))
    } else {
      found.append(inferred("data", "files", evidence))
    }
    switch found[0].value {
    case "tabular", "events":
      found.append(assumed("access", "analytics", "a folder of data files is usually scanned, not updated"))
    case "files":
      found.append(assumed("access", "objects", "files like these are usually stored and read whole"))
    default: break
    }
    if let tier = sizeTier(folder.bytes, in: book) {
      found.append(assumed("size", tier, "\(NumberFormatting.bytes(folder.bytes)) in total today"))
    }
    return found
  }

  /// The `data` answer of a folder mostly of one structured kind; JSON by the shape its sample shows.
  private static func dataAnswer(_ kind: FileKind, jsonShape: JSONShape?, listing: String) -> Answer {
    switch kind {
    case .json:
      guard let shape = jsonShape else {
        return assumed("data", "documents", listing + "; their shape was not sampled")
      }
      let sample =
        "\(listing); \(NumberFormatting.grouped(shape.records)) records of \(shape.sampledFiles) sampled files: "
        + varyingText(shape)
      return inferred("data", shape.variance >= varyingFieldShare ? "documents" : "tabular", sample)
    case .log: return inferred("data", "events", listing)
    default: return inferred("data", "tabular", listing)
    }
  }

  /// How many of a JSON shape's fields vary, and what varying means.
  private static func varyingText(_ shape: JSONShape) -> String {
    "\(shape.varyingFields) of \(shape.fields) fields vary (missing from over "
      + "\(percent(1 - JSONShapeSampler.commonShare)) of records, or of differing types)"
  }

  /// The `size` answer for a number of bytes: the first whose `bytesBelow` lies above them, else the
  /// last; none when the book's `size` question gives no byte bounds.
  public static func sizeTier(_ bytes: Int, in book: RuleBook) -> String? {
    guard let answers = book.question("size")?.answers, answers.contains(where: { $0.bytesBelow != nil })
    else { return nil }
    return answers.first { bytes < ($0.bytesBelow ?? .max) }?.key
  }

  private static func inferred(_ question: String, _ value: String, _ evidence: String) -> Answer {
    Answer(question: question, value: value, origin: .inferred, evidence: evidence)
  }

  private static func assumed(_ question: String, _ value: String, _ evidence: String) -> Answer {
    Answer(question: question, value: value, origin: .assumed, evidence: evidence)
  }

  /// A share as a percentage with one decimal, so that 99.5% does not read as 100%.
  private static func shareText(_ share: Double) -> String { "\(NumberFormatting.decimals(share * 100, 1))%" }

  private static func percent(_ ratio: Double) -> String {
    "\(NumberFormatting.decimals(ratio * 100, ratio > 0 && ratio < 0.01 ? 2 : 0))%"
  }
}

extension FileKind {
  /// True for kinds whose files hold records (tables, databases, JSON, logs), not media or documents.
  var holdsRecords: Bool {
    switch self {
    case .table, .database, .json, .log: return true
    case .image, .audio, .video, .document, .archive, .other: return false
    }
  }
}
