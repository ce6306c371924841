/// Options a person can give about how to read a source.
public struct SourceOptions: Sendable, Equatable {
  /// Force (true) or forbid (false) a header row; nil sniffs.
  public var header: Bool?
  /// Force a field delimiter; nil sniffs.
  public var delimiter: UInt8?
  /// The only columns to load, by name; nil loads every column. The table holds them in the
  /// source's order (not the order given), each once; a name the source lacks is an error that
  /// lists the names it has.
  public var columns: [String]?
  /// A filter (`x > 50 and category == "books"`) whose rows alone are wanted: the rows are filtered
  /// once loaded, and a loader may skip blocks of rows that its statistics show cannot match (a
  /// Parquet file's row groups). Nil: every row.
  public var filter: String?
  /// Options a loader declares for itself (`table`, `query`, `region`, ...), by name, as given in a
  /// locator's query (`sqlite:x.db?table=t`) or on the command line (`-O table=t`). The registry
  /// refuses names the chosen loader does not declare.
  public var named: [String: String]

  /// Options; nil means "detect" (and, for `columns`, "all").
  public init(
    header: Bool? = nil, delimiter: UInt8? = nil, columns: [String]? = nil, named: [String: String] = [:]
  ) {
    self.header = header
    self.delimiter = delimiter
    self.columns = columns
    self.named = named
  }

  /// The delimiter byte that `text` names: one ASCII character, or `tab` (also `\t`); nil otherwise.
  public static func delimiter(named text: String) -> UInt8? {
    switch text {
    case "tab", "\\t", "\t": return 0x09
    default: return text.utf8.count == 1 ? text.utf8.first : nil
    }
  }
}

extension SourceOptions {
  /// The options with a `delimiter` and a `header` given by name (`-O delimiter=;`, `-O header=no`)
  /// set as `delimiter` and `header`; an `AssayError` naming `source` when either is not a value
  /// they take.
  public func resolvingDelimiterAndHeader(for source: String) throws -> SourceOptions {
    var options = self
    if let text = named["delimiter"] {
      guard let byte = Self.delimiter(named: text) else {
        throw AssayError(
          message: "\(source): delimiter=\(text) is not one character or tab", hint: "e.g. -O delimiter=';'")
      }
      options.delimiter = byte
    }
    if let text = named["header"] {
      switch text.lowercased() {
      case "yes", "true", "1": options.header = true
      case "no", "false", "0": options.header = false
      default:
        throw AssayError(message: "\(source): header=\(text) is not yes or no", hint: "e.g. -O header=no")
      }
    }
    return options
  }
}
