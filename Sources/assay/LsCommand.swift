import ArgumentParser
import AssayCore

/// `assay ls`: lists a folder (or any collection) with each entry's kind, size and modification
/// time, and sums its files by kind.
struct LsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ls",
    abstract:
      "List a folder (each entry's kind, size and modification time, and a summary by kind) or a database's tables.",
    discussion: """
      Kinds: folder, table, json, log, image, audio, video, document, archive, database, other (by a \
      file's first bytes, then its name), and link-loop, broken-link, unreadable, fifo, device, socket \
      for entries that are listed but never opened or followed. Links are listed with their target's \
      kind and not descended into. The summary counts regular files as find -type f does: files and \
      bytes, and the structured (table, json, database) against the unstructured (log, image, audio, \
      video, document) and the rest (archive, other).

      Formats: text prints the listing as an aligned table and the summary under it; json prints \
      {"summary": {...}, "entries": [...]}; csv, tsv and jsonl print the listing (with --summary, \
      the files and bytes of each kind).

      Examples:
        assay ls sampledata
        assay ls ~/data --recursive --all
        assay ls ~/data --recursive --summary
        assay ls ~/data -r --format json -o listing.json
        assay ls shop.db                       a database's tables and views, rows as its catalog says
        assay ls s3://lake/2024/ --recursive  a bucket's objects by kind (AWS_PROFILE, AWS_ENDPOINT_URL, --endpoint)
      """)

  @Argument(
    help:
      "The folder, database or bucket to list (default: the current folder): a path, sqlite:FILE, a database URL, or s3://BUCKET/PREFIX/."
  )
  var path: String = "."

  @Flag(name: .shortAndLong, help: "List the entries of subfolders too (never through links).")
  var recursive = false

  @Flag(name: .shortAndLong, help: "Include hidden entries (names starting with a dot).")
  var all = false

  @Flag(help: "Tell every file's kind by its first bytes, not by its name (an open and a read per file).")
  var sniff = false

  @Flag(help: "Print only the summary.")
  var summary = false

  @Option(help: "Output format: text (an aligned table and a summary), csv, tsv, json or jsonl.")
  var format: SheetFormat = .text

  @OptionGroup var output: OutputArguments

  @OptionGroup var store: StoreArguments

  /// Runs where it is called: on the main thread from the entry point, with no thread of the
  /// concurrency runtime started for a local folder.
  nonisolated(nonsending) func run() async throws {
    try await reportingFailures {
      var options = SourceOptions()
      store.apply(to: &options)
      guard
        case .collection(let collection) = try LoaderRegistry.standard.open(
          path, options: options, listing: true)
      else {
        throw AssayError(
          message: "\(path): a file, not a folder", hint: "browse it with assay \(path), or list its folder")
      }
      let (entries, totals) = try await listing(collection)
      try emit(entries, totals, name: collection.displayName)
    }
  }

  /// The entries in name order (none with `--summary`) and their totals. A local folder is walked on
  /// this thread, with no hand-over of pages between threads, and for totals alone without its paths.
  nonisolated(nonsending) private func listing(_ collection: any CollectionSource) async throws -> (
    [CollectionEntry], CollectionSummary
  ) {
    let scope = ListScope(recursive: recursive, hidden: all, sniffAll: sniff)
    let folder = collection as? FolderSource
    if let folder, summary { return ([], try folder.summary(scope)) }
    var entries: [CollectionEntry] = []
    var totals = CollectionSummary()
    func gather(_ page: [CollectionEntry]) {
      for entry in page { totals.add(entry) }
      if summary { return }
      if entries.isEmpty { entries = page } else { entries += page }
    }
    if let folder {
      try folder.walk(scope, page: gather)
    } else {
      for try await page in collection.list(scope) { gather(page) }
    }
    // Sorting positions moves integers, not entries (each holds four strings).
    let order = entries.indices.sorted { entries[$0].name.precedesInByteOrder(entries[$1].name) }
    return (order.map { entries[$0] }, totals)
  }

  /// Prints the listing and the summary as `format` and `summary` ask, in one write (atomic with -o).
  private func emit(_ entries: [CollectionEntry], _ totals: CollectionSummary, name: String) throws {
    let listing = Table.listing(entries, name: "ls \(name)")
    let kinds = Table.summary(totals, name: "ls \(name) summary")
    // Names are data: on a terminal, csv and json show their control characters (text tables do always).
    func produce(_ write: (String) throws -> Void) throws {
      switch format {
      case .json:
        try write("{\"summary\": " + ListingJSON.summary(totals))
        if !summary {
          try write(",\n\"entries\": ")
          try TableWriter.write(listing, format: .json, to: write)
        }
        try write("}\n")
      case .text:
        if !summary {
          try output.writeSheet(listing, format: .text, to: write)
          try write("\n")
        }
        try write(totals.lines.joined(separator: "\n") + "\n")
        if kinds.rowCount > 0 {
          try write("\n")
          try output.writeSheet(kinds, format: .text, to: write)
        }
      case .csv, .tsv, .jsonl:
        try output.writeSheet(summary ? kinds : listing, format: format, to: write)
      }
    }
    try format == .text ? output.emit(produce) : output.emitData(produce)
  }
}

extension LsCommand {
  /// The command for `arguments` (those after `ls`) when each is written in its plain form: the
  /// path; `-r`, `--recursive`, `-a`, `--all`, `--sniff`, `--summary` or `--no-color`; `--format`,
  /// `--color`, `-o` or `--output` followed by a value not starting with `-`; each at most once.
  /// Nil for anything else (help, `--name=value`, `-ra`, `--`, an unknown name, a bad value), which
  /// the argument parser handles. Gives what the argument parser gives for the same arguments,
  /// without building its argument sets, whose first protocol-conformance look-ups take longer than
  /// listing a small folder. It sets every property: an option added to `ls` is added here too.
  static func parsePlain(_ arguments: [String]) -> LsCommand? {
    var (path, format, output, color): (String?, SheetFormat?, String?, ColorChoice?)
    var flags: [String] = []
    var remaining = arguments[...]
    while let argument = remaining.popFirst() {
      switch argument {
      case "-r", "--recursive", "-a", "--all", "--sniff", "--summary", "--no-color":
        let flag = argument == "-r" ? "--recursive" : argument == "-a" ? "--all" : argument
        guard !flags.contains(flag) else { return nil }
        flags.append(flag)
      case "--format":
        guard format == nil, let value = remaining.popFirst().flatMap(SheetFormat.init(argument:)) else {
          return nil
        }
        format = value
      case "--color":
        guard color == nil, let value = remaining.popFirst().flatMap(ColorChoice.init(argument:)) else {
          return nil
        }
        color = value
      case "-o", "--output":
        guard output == nil, let value = remaining.popFirst(), !value.hasPrefix("-") else { return nil }
        output = value
      default:
        guard path == nil, !argument.hasPrefix("-") else { return nil }
        path = argument
      }
    }
    var command = LsCommand()
    command.path = path ?? "."
    command.recursive = flags.contains("--recursive")
    command.all = flags.contains("--all")
    command.sniff = flags.contains("--sniff")
    command.summary = flags.contains("--summary")
    command.format = format ?? .text
    command.output = OutputArguments()
    command.output.output = output
    command.output.color = color ?? .auto
    command.output.noColor = flags.contains("--no-color")
    command.store = StoreArguments()
    command.store.endpoint = nil
    command.store.noSignRequest = false
    command.store.tokenFile = nil
    return command
  }
}
