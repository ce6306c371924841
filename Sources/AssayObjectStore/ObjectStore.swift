import AssayCore
import AssayStoreText

/// An object store's API as Assay uses it: a listing a page at a time, an object's size, and a
/// byte range of it. S3 and Google Cloud Storage each answer these; the listing sheets, the loaders
/// and the streaming of tables are the same for both. Calls block their thread.
public protocol ObjectStore: Sendable {
  /// The locator scheme: `s3`, `gs`.
  var scheme: String { get }
  /// A page of the objects under `prefix`, folded at `delimiter` when given, from `token` on.
  func list(bucket: String, prefix: String, delimiter: String?, token: String?) throws -> ListPage
  /// The object's size and last modification; nil when there is no such object.
  func head(bucket: String, key: String) throws -> StoreObject?
  /// The object's bytes in `range` (offsets from 0, both ends included).
  func get(bucket: String, key: String, range: ClosedRange<Int>) throws -> [UInt8]
  /// The locator of `key` in `bucket`: `s3://bucket/key`.
  func locator(bucket: String, key: String) -> String
}

extension ObjectStore {
  /// `scheme://bucket/key`.
  public func locator(bucket: String, key: String) -> String { "\(scheme)://\(bucket)/\(key)" }

  /// The bytes in `range`, all of them: a shorter answer means the object changed while it was read.
  func getWhole(bucket: String, key: String, range: ClosedRange<Int>) throws -> [UInt8] {
    let bytes = try get(bucket: bucket, key: key, range: range)
    guard bytes.count == range.count else {
      throw AssayError(
        message: "\(locator(bucket: bucket, key: key)): the object changed while it was read",
        hint: "open it again")
    }
    return bytes
  }
}
