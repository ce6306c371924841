/// An option a loader declares: its name (`table`) and what it does, for help and errors.
public struct LoaderOption: Sendable, Equatable {
  /// The name, as given in `?name=value` or `-O name=value`.
  public let name: String
  /// What it does, in a few words.
  public let help: String

  /// An option.
  public init(_ name: String, help: String) {
    self.name = name
    self.help = help
  }
}

/// What a loader opens, as the registry matches it: schemes, then signatures, then extensions.
public struct LoaderDescription: Sendable {
  /// The format's name for people: "CSV/TSV", "SQLite", "folders".
  public let name: String
  /// URL schemes it owns, lowercased, without the colon (`sqlite`, `s3`).
  public let schemes: [String]
  /// File signatures (magic bytes) it reads.
  public let signatures: [FileSignature]
  /// Name endings it reads, lowercased with the dot (`.csv`, `.csv.gz`).
  public let extensions: [String]
  /// True when it reads standard input (`-`).
  public let standardInput: Bool
  /// True when it opens local folders.
  public let folders: Bool
  /// True when it takes any regular file that no signature or extension claims (checking the
  /// bytes itself).
  public let anyFile: Bool
  /// The options it takes beyond the common ones.
  public let options: [LoaderOption]
  /// The options of the tables it opens (an object in a store is read as CSV, JSON Lines or
  /// Parquet), taken as well and handed to the table's reader, which checks them in turn.
  public let tableOptions: [LoaderOption]

  /// A description; every part but the name defaults to nothing.
  public init(
    name: String, schemes: [String] = [], signatures: [FileSignature] = [], extensions: [String] = [],
    standardInput: Bool = false, folders: Bool = false, anyFile: Bool = false, options: [LoaderOption] = [],
    tableOptions: [LoaderOption] = []
  ) {
    self.name = name
    self.schemes = schemes
    self.signatures = signatures
    self.extensions = extensions
    self.standardInput = standardInput
    self.folders = folders
    self.anyFile = anyFile
    self.options = options
    self.tableOptions = tableOptions
  }

  /// The name and what it reads: `CSV/TSV (.csv .tsv .csv.gz, -)`, `SQLite (sqlite:, .db)`.
  public var summary: String {
    let reads = [
      schemes.map { $0 + ":" }.joined(separator: " "), extensions.joined(separator: " "),
      standardInput ? "-" : "",
    ]
    .filter { !$0.isEmpty }
    return reads.isEmpty ? name : "\(name) (\(reads.joined(separator: ", ")))"
  }

  /// Checks that every named option in `options` is `format` or one this loader declares (its own
  /// or its tables'); an `AssayError` naming `source` and the first other one otherwise.
  public func checkNames(of options: SourceOptions, for source: String) throws {
    guard !options.named.isEmpty else { return }
    let declared = Set((self.options + tableOptions).map(\.name) + ["format"])
    if let unknown = options.named.keys.sorted().first(where: { !declared.contains($0) }) {
      throw AssayError(
        message: "\(source): unknown option '\(unknown)' for \(name)", hint: "it takes \(optionNames)")
    }
  }

  /// The option names for errors: "delimiter, header", or "no options"; a loader of tables (a
  /// store) adds "and its tables' (tz, delimiter, ...)".
  public var optionNames: String { optionNames(listingTableOptions: true) }

  /// The option names, a store's tables' listed only when `listingTableOptions` (help lists each
  /// reader's own once).
  public func optionNames(listingTableOptions: Bool) -> String {
    let own = options.isEmpty ? "no options" : options.map(\.name).joined(separator: ", ")
    guard !tableOptions.isEmpty else { return own }
    let listed = listingTableOptions ? " (\(tableOptions.map(\.name).joined(separator: ", ")))" : ""
    return own + ", and its tables'" + listed
  }
}
