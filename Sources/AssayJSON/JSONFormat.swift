/// How JSON text holds a table's rows.
public enum JSONFormat: Sendable, Equatable {
  /// JSON Lines (`.jsonl`, `.ndjson`): one object per line.
  case lines
  /// A JSON document (`.json`): an array of objects, an object of arrays, or one object; a
  /// document whose first object is followed by more is read as lines.
  case document

  /// The format a file name says (`.gz` aside), or nil when it says none.
  public init?(name: String) {
    var lowered = name.lowercased()
    if lowered.hasSuffix(".gz") { lowered.removeLast(3) }
    if lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") {
      self = .lines
    } else if lowered.hasSuffix(".json") {
      self = .document
    } else {
      return nil
    }
  }

  /// The format a `format` option names: `json`, or `jsonl` / `ndjson`; nil for others.
  public init?(option: String) {
    switch option.lowercased() {
    case "json": self = .document
    case "jsonl", "ndjson": self = .lines
    default: return nil
    }
  }
}
