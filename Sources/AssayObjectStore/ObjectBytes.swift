import AssayParquet
import Foundation

/// An object's bytes read by ranged GETs, for readers that jump (a Parquet file's footer, then the
/// column chunks a command uses). The object's last 64 KB are fetched once, with the footer in them
/// when it is small, as most are.
final class ObjectBytes: ParquetBytes, @unchecked Sendable {  // `tail` is guarded by `lock`
  /// The object's size.
  let size: Int
  private let store: any ObjectStore
  private let bucket: String
  private let key: String
  private let lock = NSLock()
  private var tail: (offset: Int, bytes: [UInt8])?
  /// Bytes of the object's end fetched with the first read that falls there.
  static let tailBytes = 64 << 10

  /// The bytes of `key` in `bucket`, `size` long.
  init(store: any ObjectStore, bucket: String, key: String, size: Int) {
    self.store = store
    self.bucket = bucket
    self.key = key
    self.size = size
  }

  /// Runs `body` over `count` bytes from `offset`, fetched (or taken from the kept tail).
  func withBytes<T>(offset: Int, count: Int, _ body: (UnsafeRawBufferPointer) throws -> T) throws -> T {
    if count == 0 { return try body(UnsafeRawBufferPointer(start: nil, count: 0)) }
    if offset + count > size - Self.tailBytes {
      let kept = try keptTail()
      if offset >= kept.offset {
        return try kept.bytes.withUnsafeBytes {
          try body(
            UnsafeRawBufferPointer(rebasing: $0[(offset - kept.offset)..<(offset - kept.offset + count)]))
        }
      }
    }
    let bytes = try fetch(offset..<(offset + count))
    return try bytes.withUnsafeBytes(body)
  }

  private func keptTail() throws -> (offset: Int, bytes: [UInt8]) {
    if let tail = lock.withLock({ tail }) { return tail }
    let start = max(0, size - Self.tailBytes)
    let fetched = (offset: start, bytes: try fetch(start..<size))
    lock.withLock { tail = fetched }
    return fetched
  }

  private func fetch(_ range: Range<Int>) throws -> [UInt8] {
    try store.getWhole(bucket: bucket, key: key, range: range.lowerBound...(range.upperBound - 1))
  }
}
