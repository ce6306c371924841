import AssayCore

/// What `assay ls` is asked to do, as a plain value: `LsCommand` makes it from parsed arguments, and
/// `parsePlain` from arguments written plainly, without the argument parser's property wrappers
/// (whose names and sets look up protocol conformances as they are made, about half a millisecond
/// of every start).
struct LsRequest {
  /// The folder, database or bucket to list.
  var path = "."
  /// Recursive, hidden entries, every file sniffed.
  var scope = ListScope()
  /// Only the summary.
  var summary = false
  /// The output format.
  var format = SheetFormat.text
  /// Where output goes and whether it is coloured.
  var output = PlainOutput()
  /// The object store's options given as flags.
  var options = SourceOptions()

  /// Runs where it is called: on the main thread from the entry point, with no thread of the
  /// concurrency runtime started for a local folder.
  nonisolated(nonsending) func run() async throws {
    try await reportingFailures {
      guard
        case .collection(let collection) = try LoaderRegistry.standard.open(
          path, options: options, listing: true)
      else {
        throw AssayError(
          message: "\(path): a file, not a folder", hint: "browse it with assay \(path), or list its folder")
      }
      let (entries, totals) = try await listing(collection)
      try emit(entries, totals, name: collection.displayName, style: collection.listingStyle)
    }
  }

  /// The entries in name order, or the collection's own where it keeps one (a workbook's tabs),
  /// none with `--summary`, and their totals. A local folder is walked on
  /// this thread, with no hand-over of pages between threads, and for totals alone without its paths.
  nonisolated(nonsending) private func listing(_ collection: any CollectionSource) async throws -> (
    [CollectionEntry], CollectionSummary
  ) {
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
    if collection.listingStyle.keepsOrder { return (entries, totals) }
    // Sorting positions moves integers, not entries (each holds four strings).
    let order = entries.indices.sorted { entries[$0].name.precedesInByteOrder(entries[$1].name) }
    return (order.map { entries[$0] }, totals)
  }

  /// Prints the listing and the summary as `format` and `summary` ask, in one write (atomic with -o).
  private func emit(
    _ entries: [CollectionEntry], _ totals: CollectionSummary, name: String, style: ListingStyle
  )
    throws
  {
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
        try write(totals.lines(style).joined(separator: "\n") + "\n")
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

extension LsRequest {
  /// The request for `arguments` (those after `ls`) when each is written in its plain form: the
  /// path; `-r`, `--recursive`, `-a`, `--all`, `--sniff`, `--summary` or `--no-color`; `--format`,
  /// `--color`, `-o` or `--output` followed by a value not starting with `-`; each at most once.
  /// Nil for anything else (help, `--name=value`, `-ra`, `--`, an unknown name, a bad value), which
  /// the argument parser handles. Gives what the argument parser gives for the same arguments,
  /// without building its argument sets, whose first protocol-conformance look-ups take longer than
  /// listing a small folder. It sets every property but the object store's `options`, whose flags
  /// are left to the argument parser: an option added to `ls` is added here too.
  static func parsePlain(_ arguments: [String]) -> LsRequest? {
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
    var request = LsRequest()
    request.path = path ?? "."
    request.scope = ListScope(
      recursive: flags.contains("--recursive"), hidden: flags.contains("--all"),
      sniffAll: flags.contains("--sniff"))
    request.summary = flags.contains("--summary")
    request.format = format ?? .text
    request.output = PlainOutput(output: output, color: color ?? .auto, noColor: flags.contains("--no-color"))
    return request
  }
}
