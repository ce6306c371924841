import AssayCore
import Foundation
import Testing

/// A recursive walk holds subfolders open between finding and listing them, up to a budget: a tree
/// wider than the budget is still walked whole, and no descriptor outlives the walk, finished or
/// stopped early.
struct FolderDescriptorTests {
  /// Descriptors this process has open on paths under `root` (other tests run beside this one).
  func descriptors(under root: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").compactMap {
      try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + $0)
    }.filter { $0.hasPrefix(root) }
  }

  @Test func aTreeWiderThanTheBudgetIsWalkedWholeAndClosesEveryFolder() async throws {
    let root = NSTemporaryDirectory() + "assay-wide-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: root) }
    for index in 0..<300 {
      let folder = root + String(format: "/f%03d/inner", index)
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      try Data("a\n1\n".utf8).write(to: URL(fileURLWithPath: folder + "/t.csv"))
    }
    // More entries than a page at the top, so a walk stopped at its first page leaves folders unlisted.
    for index in 0..<2100 {
      try Data().write(to: URL(fileURLWithPath: root + String(format: "/z%04d.log", index)))
    }
    let folder = try FolderSource(path: root, registry: LoaderRegistry(loaders: [FolderLoader()]))
    let entries = try await folder.listAll(ListScope(recursive: true))
    #expect(entries.count == 3000)
    #expect(entries.filter { $0.kind == .folder }.count == 600)
    #expect(entries.first?.name == "f000" && entries.last?.name == "f299/inner/t.csv")
    #expect(try folder.summary(ListScope(recursive: true)).all.files == 2400)
    #expect(try descriptors(under: root) == [])

    let monitor = WorkMonitor()
    var pages = 0
    try? folder.walk(ListScope(recursive: true), monitor: monitor) { _ in
      pages += 1
      monitor.stop()
    }
    #expect(pages == 1)
    #expect(try descriptors(under: root) == [])

    // Totals stopped at their first folder leave none open either.
    let stopping = WorkMonitor { $0.stop() }
    #expect(throws: CancellationError.self) {
      try folder.summary(ListScope(recursive: true), monitor: stopping)
    }
    #expect(try descriptors(under: root) == [])
  }
}
