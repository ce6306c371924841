import AssayCore
import AssayJSON
import Foundation

/// Profiles a collection of files by its listing: every regular file's kind counted and summed by
/// kind. A local folder is walked with each file's kind told by its first bytes, then its
/// extension; hidden files and folders are skipped, symbolic links not followed, unreadable folders
/// passed over. An object store's prefix gives the same profile from its recursive listing.
public enum FolderProfiler {
  /// The profile of the folder at `path`.
  /// JSON files are sampled to measure how alike their records are (`JSONShapeSampler`).
  public static func profile(path: String) throws -> FolderProfile {
    let folder = try FolderSource(path: path, registry: LoaderRegistry(loaders: []))
    var totals = KindTotals()
    var jsonFiles: [(path: String, bytes: Int)] = []
    try folder.walk(ListScope(recursive: true, sniffAll: true)) { page in
      totals.add(page)
      jsonFiles += page.filter { $0.isRegularFile && KindTotals.kind(of: $0) == .json }.map {
        ($0.locator, $0.size ?? 0)
      }
    }
    var profile = totals.profile(name: path)
    profile.jsonShape = JSONShapeSampler.measure(jsonFiles)
    return profile
  }

  /// The profile of `collection` (an object store's prefix) from its recursive listing. Its JSON
  /// Lines objects up to `JSONShapeSampler.largestFile` are sampled for their shape (a store opens
  /// JSON Lines objects as tables, not `.json` documents).
  public static func profile(listing collection: any CollectionSource) async throws -> FolderProfile {
    var totals = KindTotals()
    var jsonEntries: [CollectionEntry] = []
    for try await page in collection.list(ListScope(recursive: true)) {
      totals.add(page)
      jsonEntries += page.filter { $0.isRegularFile && KindTotals.kind(of: $0) == .json }
    }
    let readable = jsonEntries.filter {
      JSONFormat(name: $0.name) == .lines && ($0.size ?? .max) <= JSONShapeSampler.largestFile
    }
    var tables: [Table] = []
    for entry in JSONShapeSampler.sample(readable, by: \.name) {
      guard case .table(let source)? = try? collection.open(entry, options: SourceOptions()),
        let table = try? await source.loadAll()
      else { continue }
      tables.append(table)
    }
    var profile = totals.profile(name: collection.displayName)
    profile.jsonShape = JSONShapeSampler.measure(tables: tables, files: jsonEntries.count)
    return profile
  }
}

/// Files and bytes per kind, summed over listing pages.
private struct KindTotals {
  private var totals: [FileKind: (count: Int, bytes: Int)] = [:]

  /// Adds a page's regular files.
  mutating func add(_ page: [CollectionEntry]) {
    for entry in page where entry.isRegularFile {
      let kind = Self.kind(of: entry)
      let previous = totals[kind] ?? (0, 0)
      totals[kind] = (previous.count + 1, previous.bytes.addingSaturated(entry.size ?? 0))
    }
  }

  /// An entry's kind: from its first bytes when sniffed, else from its name's extension.
  static func kind(of entry: CollectionEntry) -> FileKind {
    let name = entry.name.split(separator: "/").last.map(String.init) ?? entry.name
    return entry.kind.fileKind ?? FileKind.extensionKind(name) ?? .other
  }

  /// The profile named `name`: kinds by bytes, largest first.
  func profile(name: String) -> FolderProfile {
    let kinds = totals.map { FileKindTotal(kind: $0.key, count: $0.value.count, bytes: $0.value.bytes) }
      .sorted { a, b in a.bytes != b.bytes ? a.bytes > b.bytes : a.kind.rawValue < b.kind.rawValue }
    return FolderProfile(name: name, kinds: kinds)
  }
}
