import AssayCore
import Foundation
import Testing

/// A folder's totals walked without keeping its entries match the totals of its full listing, and
/// totals counted in parts add up to those of the whole.
struct FolderSummaryTests {
  @Test func totalsWithoutEntriesMatchTheListing() async throws {
    let root = NSTemporaryDirectory() + "assay-summary-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: root) }
    let files = FileManager.default
    try files.createDirectory(atPath: root + "/a/b", withIntermediateDirectories: true)
    for (path, text) in [
      ("t.csv", "a\n1\n"), ("a/x.JSON", "{}"), ("a/b/notes", "plain"), ("a/b/.hidden.log", "x"),
    ] {
      try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + path))
    }
    try files.createSymbolicLink(atPath: root + "/link", withDestinationPath: "t.csv")
    // Special entries, counted on the threads that list their folders.
    #expect(mkfifo(root + "/a/pipe", 0o644) == 0)
    try files.createSymbolicLink(atPath: root + "/a/b/gone", withDestinationPath: "missing")
    try files.createSymbolicLink(atPath: root + "/a/b/x", withDestinationPath: "y")
    try files.createSymbolicLink(atPath: root + "/a/b/y", withDestinationPath: "x")
    let folder = try FolderSource(path: root, registry: LoaderRegistry(loaders: [FolderLoader()]))
    for scope in [
      ListScope(), ListScope(recursive: true), ListScope(recursive: true, hidden: true, sniffAll: true),
    ] {
      let listed = CollectionSummary(try await folder.listAll(scope))
      #expect(try folder.summary(scope) == listed)
    }
    let summary = try folder.summary(ListScope(recursive: true))
    #expect(summary.all == CollectionSummary.Total(files: 3, bytes: 11))
    #expect(summary.special == [.fifo: 1, .brokenLink: 1, .linkLoop: 2])
    #expect(summary.links == 1 && summary.folders == 2)
  }

  @Test func summariesOfPartsAddUpToTheSummaryOfTheWhole() {
    let first = [
      CollectionEntry(name: "a.csv", locator: "a.csv", kind: .table, size: 10, isRegularFile: true),
      CollectionEntry(name: "b.log", locator: "b.log", kind: .log, size: .max - 5, isRegularFile: true),
      CollectionEntry(name: "d", locator: "d", kind: .folder),
      CollectionEntry(name: "p", locator: "p", kind: .fifo),
      CollectionEntry(name: "l", locator: "l", kind: .table, linkTarget: "a.csv"),
      CollectionEntry(name: "orders", locator: "orders", kind: .table, size: 4096, rows: 7),
    ]
    let second = [
      CollectionEntry(name: "c.csv", locator: "c.csv", kind: .table, size: 5, isRegularFile: true),
      CollectionEntry(name: "e.log", locator: "e.log", kind: .log, size: 9, isRegularFile: true),
      CollectionEntry(name: "n", locator: "n", kind: .unreadable, note: "permission denied"),
      CollectionEntry(name: "p2", locator: "p2", kind: .fifo),
      CollectionEntry(name: "items", locator: "items", kind: .table, rows: 3),
    ]
    var added = CollectionSummary(first)
    added.add(CollectionSummary(second))
    #expect(added == CollectionSummary(first + second))
    #expect(added.kinds[.log] == CollectionSummary.Total(files: 2, bytes: .max))
    #expect(added.special == [.fifo: 2, .unreadable: 1])
    #expect(added.tables == CollectionSummary.Total(files: 2, bytes: 4096) && added.tableRows == 10)
  }

  /// Tables whose rows are unknown (a view, a sheet that records no extent) are not counted as
  /// holding none: the line says how many the rows cover, or that none is known.
  @Test func tablesWithoutRowsAreNotCountedAsEmpty() {
    let sheets = [
      CollectionEntry(name: "a", locator: "a", kind: .table, rows: 5),
      CollectionEntry(name: "b", locator: "b", kind: .table),
    ]
    let style = ListingStyle(
      keepsOrder: true, table: "sheet", tables: "sheets", knownRows: "as recorded",
      unknownRows: "none recorded")
    #expect(CollectionSummary(sheets).lines(style) == ["2 sheets; 5 rows in 1 of them as recorded"])
    #expect(CollectionSummary([sheets[1]]).lines(style) == ["1 sheet; rows not known (none recorded)"])
    #expect(
      CollectionSummary([sheets[0]]).lines() == ["1 table or view; 5 rows as the catalog estimates them"])
    #expect(CollectionSummary(sheets).tablesWithRows == 1)
  }
}
