/// A listing's totals: regular files (as `find -type f` counts them) and their bytes, by kind and by
/// group (structured, unstructured, other), and the folders, links and special entries beside them.
public struct CollectionSummary: Sendable, Equatable {
  /// Files and bytes of one kind or group.
  public struct Total: Sendable, Equatable {
    /// Regular files.
    public var files: Int
    /// Their bytes.
    public var bytes: Int

    /// A total; nothing by default.
    public init(files: Int = 0, bytes: Int = 0) {
      self.files = files
      self.bytes = bytes
    }

    /// Counts one more file of `bytes`.
    fileprivate mutating func add(_ bytes: Int) {
      files += 1
      self.bytes = self.bytes.addingSaturated(bytes)
    }

    /// Counts the files of `other` too.
    fileprivate mutating func add(_ other: Total) { self = adding(other) }

    /// Both totals together.
    fileprivate func adding(_ other: Total) -> Total {
      Total(files: files + other.files, bytes: bytes.addingSaturated(other.bytes))
    }
  }

  /// A family of kinds: data with a schema, data without one, and the rest.
  public enum Group: String, Sendable, CaseIterable {
    case structured, unstructured, other

    /// The file kinds in the group (an unreadable file is counted as other).
    public var kinds: [EntryKind] {
      switch self {
      case .structured: return [.table, .json, .database]
      case .unstructured: return [.log, .image, .audio, .video, .document]
      case .other: return [.archive, .other, .unreadable]
      }
    }
  }

  /// Every regular file.
  public private(set) var all = Total()
  /// Regular files by kind; kinds without files are absent.
  public private(set) var kinds: [EntryKind: Total] = [:]
  /// Folders listed (not through links).
  public private(set) var folders = 0
  /// Symbolic links that resolve (they are not counted as files or folders).
  public private(set) var links = 0
  /// Link loops, broken links, unreadable folders, FIFOs, devices and sockets, by kind.
  public private(set) var special: [EntryKind: Int] = [:]
  /// Tables and views that are not files (a database's, a workbook's sheets), with the bytes their
  /// catalog estimates (`files` counts the tables, unknown sizes count as 0).
  public private(set) var tables = Total()
  /// The rows of those tables whose rows are known (the catalog's estimates, a sheet's extent).
  public private(set) var tableRows = 0
  /// How many of those tables have known rows: the others' are not in `tableRows`.
  public private(set) var tablesWithRows = 0

  /// The summary of `entries`.
  public init(_ entries: [CollectionEntry] = []) {
    for entry in entries { add(entry) }
  }

  /// Counts one more entry.
  public mutating func add(_ entry: CollectionEntry) {
    if entry.isRegularFile {
      let bytes = entry.size ?? 0
      all.add(bytes)
      kinds[entry.kind, default: Total()].add(bytes)
    } else if entry.kind.isSpecial {
      special[entry.kind, default: 0] += 1
    } else if entry.linkTarget != nil {
      links += 1
    } else if entry.kind == .folder {
      folders += 1
    } else if entry.kind == .table {
      tables.add(entry.size ?? 0)
      if let rows = entry.rows {
        tableRows = tableRows.addingSaturated(rows)
        tablesWithRows += 1
      }
    }
  }

  /// Counts the entries `other` counted (a folder's, counted where it was listed).
  public mutating func add(_ other: CollectionSummary) {
    all.add(other.all)
    kinds.merge(other.kinds) { mine, theirs in mine.adding(theirs) }
    special.merge(other.special, uniquingKeysWith: +)
    folders += other.folders
    links += other.links
    tables.add(other.tables)
    tableRows = tableRows.addingSaturated(other.tableRows)
    tablesWithRows += other.tablesWithRows
  }

  /// The files and bytes of a group.
  public func total(of group: Group) -> Total {
    group.kinds.compactMap { kinds[$0] }.reduce(Total()) { $0.adding($1) }
  }

  /// The summary for people, a line each: the totals, then each group with its share of the bytes;
  /// for a collection of tables alone (a database, a workbook), one line that counts them as
  /// `style` names them, with their rows where known.
  public func lines(_ style: ListingStyle = .catalog) -> [String] {
    func count(_ n: Int, _ noun: String) -> String { NumberFormatting.counted(n, noun) }
    func amount(_ total: Total) -> String {
      "\(count(total.files, "file")), \(NumberFormatting.bytes(total.bytes)) (\(count(total.bytes, "byte")))"
    }
    if tables.files > 0 && all.files == 0 && folders == 0 {
      return [
        NumberFormatting.counted(tables.files, style.table, plural: style.tables) + "; "
          + tableRowsText(style)
      ]
    }
    var head = amount(all) + "; " + count(folders, "folder")
    if links > 0 { head += "; \(count(links, "link")) not followed" }
    let specials = EntryKind.allCases.compactMap { kind in special[kind].map { "\($0) \(kind.rawValue)" } }
    if !specials.isEmpty { head += "; special: " + specials.joined(separator: ", ") }
    return [head]
      + Group.allCases.map { group in
        let kinds = group.kinds.filter { $0 != .unreadable }.map(\.rawValue).joined(separator: ", ")
        return "\(group.rawValue) (\(kinds)): \(amount(total(of: group)))"
      }
  }

  /// The tables' rows and bytes as `style` says where they come from: `150 rows as the catalog
  /// estimates them`, `… in 2 of them …` when only some are known, and that they are not known when
  /// none is.
  private func tableRowsText(_ style: ListingStyle) -> String {
    guard tablesWithRows > 0 else { return "rows not known (\(style.unknownRows))" }
    let bytes = tables.bytes > 0 ? " and \(NumberFormatting.bytes(tables.bytes))" : ""
    let some = tablesWithRows < tables.files ? " in \(NumberFormatting.grouped(tablesWithRows)) of them" : ""
    return "\(NumberFormatting.counted(tableRows, "row"))\(bytes)\(some) \(style.knownRows)"
  }
}

extension Int {
  /// The sum, or `Int.max` where it would overflow: sparse files can claim sizes near `Int.max`.
  public func addingSaturated(_ other: Int) -> Int {
    let (sum, overflow) = addingReportingOverflow(other)
    return overflow ? (other > 0 ? .max : .min) : sum
  }
}
