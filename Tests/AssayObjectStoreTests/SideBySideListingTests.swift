import AssayCore
import AssayStoreText
import Foundation
import Testing

@testable import AssayObjectStore

/// A store holding `keys`, answering listings `pageSize` keys a page as S3 does (in byte order,
/// folded at the delimiter), each after `delay` seconds; listing a key under `failing` fails.
final class PagedStore: ObjectStore, @unchecked Sendable {  // `calls` is guarded by `lock`
  let keys: [String]
  let pageSize: Int
  let failing: String?
  let delay: Double
  private let lock = NSLock()
  private var calls = 0

  init(keys: [String], pageSize: Int, failing: String? = nil, delay: Double = 0) {
    self.keys = keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    self.pageSize = pageSize
    self.failing = failing
    self.delay = delay
  }

  /// Listing requests answered so far.
  var requests: Int { lock.withLock { calls } }

  var scheme: String { "s3" }

  func list(bucket: String, prefix: String, delimiter: String?, token: String?) throws -> ListPage {
    lock.withLock { calls += 1 }
    if delay > 0 { Thread.sleep(forTimeInterval: delay) }
    if let failing, prefix.hasPrefix(failing) { throw AssayError(message: "listing \(prefix) failed") }
    var items: [String] = []
    var folders: [String] = []
    for key in keys where key.hasPrefix(prefix) {
      let rest = key.dropFirst(prefix.count)
      if let delimiter, let cut = rest.range(of: delimiter) {
        let folder = prefix + rest[..<cut.upperBound]
        if folders.last != folder { folders.append(folder) }
      } else {
        items.append(key)
      }
    }
    let start = token.flatMap(Int.init) ?? 0
    let end = delimiter == nil ? min(items.count, start + pageSize) : items.count
    var answer: [String: Any] = [
      "items": items[start..<end].map { ["name": $0, "size": "1"] }, "prefixes": folders,
    ]
    if end < items.count { answer["nextPageToken"] = String(end) }
    let text = String(decoding: try JSONSerialization.data(withJSONObject: answer), as: UTF8.self)
    return ListPage(gcsListing: text)
  }

  func head(bucket: String, key: String) throws -> StoreObject? { nil }

  func get(bucket: String, key: String, range: ClosedRange<Int>) throws -> [UInt8] { [] }
}

/// A recursive listing whose first level is a few folders reads them side by side and gives what
/// one listing without the delimiter gives, in the same order, stopping and failing cleanly.
struct SideBySideListingTests {
  /// Keys under `p/`: objects beside the folders where byte order puts them (`a.csv` before `a/`,
  /// `a0.csv` after it), a folder marker, a double slash, a hidden folder, and two folders of
  /// 300 keys each (100 pages of 3, past the pages held ahead of the reader).
  static let keys: [String] =
    [
      "p/a.csv", "p/a/x", "p/a/y", "p/a0.csv", "p/a.b/z", "p/b/", "p/b//c", "p/b/d", "p/.h/x", "p/z.csv",
      "p/0", "other/q",
    ] + (0..<300).map { "p/c/\($0)" } + (0..<300).map { "p/d/\($0)" }

  /// What `listSideBySide` yields, and whether it listed side by side.
  func sideBySide(_ store: PagedStore, hidden: Bool = true, stopped: StopFlag = StopFlag()) throws
    -> (names: [String], sideBySide: Bool)
  {
    var names: [String] = []
    let collection = StoreCollection(store: store, bucket: "b", prefix: "p/")
    let done = try collection.listSideBySide(hidden: hidden, stopped: stopped) { names += $0.map(\.name) }
    return (names, done)
  }

  /// What one listing without the delimiter gives.
  func plain(_ store: PagedStore, hidden: Bool = true) throws -> [String] {
    let collection = StoreCollection(store: store, bucket: "b", prefix: "p/")
    var names: [String] = []
    var token: String?
    repeat {
      let page = try store.list(bucket: "b", prefix: "p/", delimiter: nil, token: token)
      names += collection.entries(objects: page.objects, folders: [], hidden: hidden).map(\.name)
      token = page.nextToken
    } while token != nil
    return names
  }

  @Test func theFoldersSideBySideGiveOneListingsKeysInItsOrder() throws {
    let store = PagedStore(keys: Self.keys, pageSize: 3)
    for hidden in [true, false] {
      let listed = try sideBySide(store, hidden: hidden)
      #expect(listed.sideBySide)
      let expected = try plain(store, hidden: hidden)
      #expect(listed.names == expected)
      #expect(listed.names.count == (hidden ? 610 : 609))
    }
    #expect(try sideBySide(store, hidden: false).names.prefix(5) == ["0", "a.b/z", "a.csv", "a/x", "a/y"])
  }

  @Test func aFirstLevelOfTooManyFoldersOrPagesIsLeftToOneListing() throws {
    let many = PagedStore(keys: (0...StoreCollection.mostFoldersSideBySide).map { "p/f\($0)/x" }, pageSize: 3)
    #expect(try sideBySide(many) == ([], false))
    let flat = PagedStore(keys: (0..<10).map { "p/\($0)" }, pageSize: 3)
    let listed = try sideBySide(flat)
    #expect(listed.sideBySide, "a first level without folders is the whole listing")
    #expect(listed.names == (0..<10).map(String.init))
  }

  @Test func aFolderThatFailsEndsTheListingWithItsError() throws {
    let store = PagedStore(keys: Self.keys, pageSize: 3, failing: "p/d/")
    #expect(throws: AssayError.self) { try sideBySide(store) }
  }

  @Test func aStoppedListingEndsAndItsListersStop() throws {
    let store = PagedStore(keys: Self.keys, pageSize: 3, delay: 0.002)
    let stopped = StopFlag()
    var names: [String] = []
    let collection = StoreCollection(store: store, bucket: "b", prefix: "p/")
    _ = try collection.listSideBySide(hidden: true, stopped: stopped) { entries in
      names += entries.map(\.name)
      if names.count > 20 { stopped.stop() }
    }
    #expect(names.count < 40, "no page is handed on after the stop")
    Thread.sleep(forTimeInterval: 0.3)
    let settled = store.requests
    Thread.sleep(forTimeInterval: 0.3)
    #expect(store.requests == settled, "no lister goes on after the stop")
    #expect(settled < 100, "the listers stopped long before the 204 pages: \(settled)")
  }
}
