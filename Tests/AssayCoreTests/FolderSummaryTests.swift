import AssayCore
import Foundation
import Testing

/// A folder's totals walked without keeping its entries match the totals of its full listing.
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
    let folder = try FolderSource(path: root, registry: LoaderRegistry(loaders: [FolderLoader()]))
    for scope in [
      ListScope(), ListScope(recursive: true), ListScope(recursive: true, hidden: true, sniffAll: true),
    ] {
      let listed = CollectionSummary(try await folder.listAll(scope))
      #expect(try folder.summary(scope) == listed)
    }
    #expect(
      try folder.summary(ListScope(recursive: true)).all == CollectionSummary.Total(files: 3, bytes: 11))
  }
}
