import AssayCore
import Foundation
import Testing

/// Listing a local folder: kinds, hidden entries, recursion, special files, and the listing as a table.
struct FolderSourceTests {
  /// A temporary folder with a CSV file, a PNG under another name, a hidden file, a subfolder, a
  /// FIFO and a link loop.
  func tree() throws -> String {
    let root = NSTemporaryDirectory() + "assay-folder-\(UUID().uuidString)"
    let files = FileManager.default
    try files.createDirectory(atPath: root + "/sub", withIntermediateDirectories: true)
    try Data("a,b\n1,2\n".utf8).write(to: URL(fileURLWithPath: root + "/t.csv"))
    try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]).write(to: URL(fileURLWithPath: root + "/photo.dat"))
    try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/.hidden.json"))
    try Data("line\n".utf8).write(to: URL(fileURLWithPath: root + "/sub/app.log"))
    #expect(mkfifo(root + "/pipe", 0o644) == 0)
    try files.createSymbolicLink(atPath: root + "/a", withDestinationPath: "b")
    try files.createSymbolicLink(atPath: root + "/b", withDestinationPath: "a")
    return root
  }

  func kinds(_ entries: [CollectionEntry]) -> [String: EntryKind] {
    Dictionary(uniqueKeysWithValues: entries.map { ($0.name, $0.kind) })
  }

  @Test func listsKindsWithoutFollowingOrOpeningSpecialFiles() async throws {
    let root = try tree()
    let folder = try FolderSource(path: root, registry: LoaderRegistry(loaders: [FolderLoader()]))
    let top = try await folder.listAll()
    #expect(
      kinds(top) == [
        "t.csv": .table, "photo.dat": .image, "sub": .folder, "pipe": .fifo, "a": .linkLoop, "b": .linkLoop,
      ])
    let everything = try await folder.listAll(ListScope(recursive: true, hidden: true))
    #expect(kinds(everything)["sub/app.log"] == .log)
    #expect(kinds(everything)[".hidden.json"] == .json)
    let summary = CollectionSummary(everything)
    #expect(summary.all == CollectionSummary.Total(files: 4, bytes: 8 + 6 + 1 + 5))
    #expect(summary.special == [.fifo: 1, .linkLoop: 2])
    #expect(summary.total(of: .structured).files == 2)
  }

  @Test func opensSubfoldersAsCollectionsAndRefusesSpecialEntries() async throws {
    let root = try tree()
    let folder = try FolderSource(path: root, registry: LoaderRegistry(loaders: [FolderLoader()]))
    let entries = try await folder.listAll()
    let sub = try #require(entries.first { $0.name == "sub" })
    guard case .collection(let opened) = try folder.open(sub, options: SourceOptions()) else {
      Issue.record("a subfolder opens as a collection")
      return
    }
    #expect(try await opened.listAll().map(\.name) == ["app.log"])
    let pipe = try #require(entries.first { $0.name == "pipe" })
    let error = #expect(throws: AssayError.self) { try folder.open(pipe, options: SourceOptions()) }
    #expect(error?.message == "\(root)/pipe: a FIFO (named pipe), not opened")
  }

  @Test func aListingIsATable() {
    let entries = [
      CollectionEntry(
        name: "x.csv", locator: "/d/x.csv", kind: .table, size: 12,
        modified: Date(timeIntervalSince1970: 86_461),
        isRegularFile: true),
      CollectionEntry(name: "loop", locator: "/d/loop", kind: .linkLoop, linkTarget: "loop"),
    ]
    let table = Table.listing(entries, name: "ls /d")
    #expect(table.columnNames == ["name", "kind", "size", "modified", "rows", "link", "note"])
    #expect(table.columns[2].type == .int)
    #expect(table.columns[3][0] == .string("1970-01-02T00:01:01Z"))
    #expect(table.columns[1][1] == .string("link-loop"))
    #expect(Table.summary(CollectionSummary(entries), name: "s").rowCount == 1)
  }

  @Test func aMissingFolderIsOneClearError() {
    let error = #expect(throws: AssayError.self) {
      try FolderSource(path: "/no/such/folder", registry: LoaderRegistry(loaders: []))
    }
    #expect(error?.description.hasPrefix("/no/such/folder: cannot list the folder") == true)
  }
}
