import AssayCore
import AssayStoreText

/// What every object store's loader does with a locator: `scheme://bucket/prefix/` opens as a
/// collection of its objects, `scheme://bucket/key` as the table the object holds, and a key that
/// names no object but is a prefix (`s3://bucket/2024`) as that prefix.
enum StoreOpening {
  /// Opens `path` (`//bucket/key`: what follows `scheme:` in the locator, or for Azure what follows
  /// the account) in `store`; `name` is the locator for people.
  static func open(_ store: any ObjectStore, path: String, name: String, options: SourceOptions) throws
    -> OpenedSource
  {
    var rest = Substring(path)
    while rest.hasPrefix("/") { rest = rest.dropFirst() }
    let bucket = String(rest.prefix { $0 != "/" })
    guard !bucket.isEmpty else {
      throw AssayError(
        message: "\(name): no bucket named", hint: "write \(store.locator(bucket: "BUCKET", key: "PREFIX/"))")
    }
    let key = String(rest.dropFirst(bucket.count + 1))
    if key.isEmpty || key.hasSuffix("/") {
      return .collection(StoreCollection(store: store, bucket: bucket, prefix: key))
    }
    if let object = try store.head(bucket: bucket, key: key) {
      return .table(try StoreCollection.table(store: store, bucket: bucket, object: object, options: options))
    }
    guard try !store.list(bucket: bucket, prefix: key + "/", delimiter: "/", token: nil).isEmpty else {
      throw AssayError(
        message: "\(store.locator(bucket: bucket, key: key)): no such object or prefix",
        hint: "assay ls \(store.locator(bucket: bucket, key: "")) lists the bucket")
    }
    return .collection(StoreCollection(store: store, bucket: bucket, prefix: key + "/"))
  }
}

extension ListPage {
  /// True when the page holds nothing.
  var isEmpty: Bool { objects.isEmpty && prefixes.isEmpty }
}
